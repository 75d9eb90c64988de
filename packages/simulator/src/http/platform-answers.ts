/**
 * The bodies ZATCA's platform answers with outside the invoice results (`shared/docs/fatoora-api.md`
 * §5): the Spring-style 401 (SPRING-401), the plain-text 406 (TEXT-406), the two 500 bodies
 * (E500-REQ on #1–#3, E500-HTTP on #4–#6), the CSID code errors in their two shapes (ERR-FLAT,
 * ERR-LIST) with ZATCA's texts, the `NOT_COMPLIANT` body of a CA refusal, and the `{message}` of a
 * 303 (INFO-303). Each text is ZATCA's, verbatim, where the doc gives it.
 */
import type { FatooraAction } from '@fatoora/core/api';
import type { ApiAnswer } from './answer.ts';

/**
 * The 401 of every authenticated call: Spring Security's body, with the time of the answer.
 *
 * @example
 * ```ts
 * unauthorized(new Date(1654514661409));
 * // { status: 401, body: { timestamp: 1654514661409, status: 401, error: 'Unauthorized', message: '' } }
 * ```
 */
export function unauthorized(now: Date): ApiAnswer {
  return { status: 401, body: { timestamp: now.getTime(), status: 401, error: 'Unauthorized', message: '' } };
}

/**
 * The 406 of a call without `Accept-Version: V2`: plain text.
 *
 * @example
 * ```ts
 * versionNotSupported().text; // 'This Version is not supported or not provided in the header.'
 * ```
 */
export function versionNotSupported(): ApiAnswer {
  return { status: 406, text: 'This Version is not supported or not provided in the header.' };
}

/** The calls whose 500 is E500-REQ; the other three answer E500-HTTP. */
const REQUEST_ERROR_ACTIONS: ReadonlySet<FatooraAction> = new Set([
  'compliance-csid',
  'compliance-check',
  'production-csid',
]);

/**
 * The platform's answer when it fails to process a call: E500-REQ on #1–#3, E500-HTTP on #4–#6.
 * Other 5xx statuses (an injected 502, 503 or 504) carry the same body — ZATCA's is unknown — with
 * E500-HTTP's `code` naming the status.
 *
 * @example
 * ```ts
 * platformFailure('reporting'); // 500 {category: 'HTTP-Errors', code: '500', message: 'Something went wrong…'}
 * platformFailure('compliance-csid', 503); // 503 {code: 'Invalid-Request', message: 'System failed to process your request'}
 * ```
 */
export function platformFailure(
  action: FatooraAction,
  status = 500,
  headers?: Record<string, string>,
): ApiAnswer {
  const body = REQUEST_ERROR_ACTIONS.has(action)
    ? { code: 'Invalid-Request', message: 'System failed to process your request' }
    : {
        category: 'HTTP-Errors',
        code: String(status),
        message: 'Something went wrong and caused an Internal Server Error.',
      };
  return { status, body, ...(headers ? { headers } : {}) };
}

/**
 * ZATCA's texts for the code errors of the CSID calls ([OAS] for the first four, [LIVE] for
 * `Invalid-CurrentCCSID`); the renewal's `Invalid-currentCSID` [OAS] and the codes only reported
 * [RPT] have no known text, and get one here in ZATCA's style.
 */
export const CSID_ERROR_MESSAGES = {
  'Missing-OTP': 'OTP is required field',
  'Invalid-OTP': 'The provided OTP is invalid',
  'Missing-CSR': 'CSR is required field',
  'Invalid-CSR': 'The provided CSR is invalid',
  'Invalid-CurrentCCSID': 'The provided CurrentCCSID is invalid',
  'Invalid-currentCSID': 'The provided currentCSID is invalid',
  'Missing-compliance_request_id': 'compliance_request_id is required field',
  'Invalid-ComplianceRequestId': 'The provided compliance_request_id is invalid',
} as const;

/** A CSID error code with a known text. */
export type CsidErrorCode = keyof typeof CSID_ERROR_MESSAGES;

/** The shape of a CSID code error: ERR-FLAT or ERR-LIST. */
export type CsidErrorShape = 'flat' | 'list';

/**
 * A 400 code error of a CSID call, flat (`{code, message}`) or listed (`{errors: [{code, message}]}`).
 *
 * @example
 * ```ts
 * csidError('flat', 'Missing-OTP'); // 400 {code: 'Missing-OTP', message: 'OTP is required field'}
 * csidError('list', 'Invalid-OTP', 'The provided OTP is expired'); // 400 {errors: [{…}]}
 * ```
 */
export function csidError(shape: CsidErrorShape, code: string, message?: string): ApiAnswer {
  const entry = {
    code,
    message: message ?? CSID_ERROR_MESSAGES[code as CsidErrorCode] ?? code,
  };
  return { status: 400, body: shape === 'flat' ? entry : { errors: [entry] } };
}

/**
 * The body of a refusal by ZATCA's CA, or of a request not granted: `NOT_COMPLIANT`.
 *
 * @example
 * ```ts
 * notCompliant(400, { requestID: -2, binarySecurityToken: null, errors: ['unable to submit and sign the csr…'] });
 * ```
 */
export function notCompliant(
  status: number,
  fields: {
    readonly requestID: number;
    readonly binarySecurityToken?: string | null;
    readonly secret?: string;
    readonly errors?: readonly string[] | null;
  },
): ApiAnswer {
  return {
    status,
    body: {
      requestID: fields.requestID,
      tokenType: null,
      dispositionMessage: 'NOT_COMPLIANT',
      ...('binarySecurityToken' in fields ? { binarySecurityToken: fields.binarySecurityToken } : {}),
      ...(fields.secret !== undefined ? { secret: fields.secret } : {}),
      ...('errors' in fields ? { errors: fields.errors } : {}),
    },
  };
}

/**
 * A 303 with the platform's informational `{message}` (INFO-303). No `Location`, so that `fetch`
 * hands the answer to the caller instead of following it.
 *
 * @example
 * ```ts
 * seeOther('Clearance is deactiviated. Please use the /invoices/reporting/single endpoint instead.');
 * ```
 */
export function seeOther(message: string): ApiAnswer {
  return { status: 303, body: { message } };
}

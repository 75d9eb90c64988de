/**
 * The CSR of a CSID request, read and checked as ZATCA's CA does before it issues a CSID (#1 and
 * #4 read it from the body's `csr` field, base64 of the PEM text; #3 from the compliance request
 * it names), and refused as the platform refuses it: no `csr` is 400 `Missing-CSR`; one that is
 * not a well-formed ZATCA CSR is 400 `Invalid-CSR`; an attribute over 64 bytes is the CA's bare
 * 400 `NOT_COMPLIANT`; a certificate template name the environment does not take (the
 * `template-names` behaviour) is the CA's refusal, 400 `NOT_COMPLIANT` with `requestID` -2 and the
 * "Denied by Policy Module" text naming the template (LIVE ERPGulf/zatca_erpgulf#74).
 */
import { ENVIRONMENTS, type FatooraEnvironment } from '@fatoora/core/model';
import { type CheckedCsr, decodeCsrField, readCsr } from '../ca/read-csr.ts';
import type { SimulatorContext } from '../context.ts';
import type { ApiAnswer } from '../http/answer.ts';
import { type ApiRequest, bodyField } from '../http/api-request.ts';
import { notCompliant } from '../http/platform-answers.ts';
import { csidCodeError } from './csid-answers.ts';

/** The checked CSR, or the answer that refuses it. */
export type CsrCheck =
  | { readonly ok: true; readonly csr: CheckedCsr }
  | { readonly ok: false; readonly answer: ApiAnswer };

/**
 * Reads and checks the `csr` field of the request's body, for the request's environment.
 *
 * @example
 * ```ts
 * const check = readRequestCsr(request, context);
 * if (!check.ok) return check.answer; // 400 Missing-CSR, Invalid-CSR or NOT_COMPLIANT
 * check.csr.fields.vatNumber; // '399999999900003'
 * ```
 */
export function readRequestCsr(request: ApiRequest, context: SimulatorContext): CsrCheck {
  const field = bodyField(request, 'csr');
  if (field === undefined || field === null || field === '') {
    return { ok: false, answer: csidCodeError(context, 'Missing-CSR') };
  }
  const der = decodeCsrField(field);
  if (!der) return { ok: false, answer: csidCodeError(context, 'Invalid-CSR') };
  return checkCsr(der, request.environment, context);
}

/**
 * Checks a CSR (DER) for `environment`.
 *
 * @example
 * ```ts
 * const check = checkCsr(base64.decode(record.csr), 'simulation', context);
 * if (!check.ok) return check.answer;
 * ```
 */
export function checkCsr(
  der: Uint8Array,
  environment: FatooraEnvironment,
  context: SimulatorContext,
): CsrCheck {
  const reading = readCsr(
    der,
    context.behaviours.settings['long-csr-attribute'] === 'count-characters' ? 'characters' : 'utf8-bytes',
  );
  if (!reading.ok) {
    return {
      ok: false,
      answer:
        reading.refusal === 'attribute-too-long'
          ? notCompliant(400, { requestID: -1 })
          : csidCodeError(context, 'Invalid-CSR'),
    };
  }
  const { templateName } = reading.csr;
  if (!templateAccepted(environment, templateName, context.behaviours.settings['template-names'])) {
    return {
      ok: false,
      answer: notCompliant(400, {
        requestID: -2,
        binarySecurityToken: null,
        errors: [
          `unable to submit and sign the csr in zatca side, caused : Denied by Policy Module 0x80094800, The request was for a certificate template that is not supported by the Active Directory Certificate Services policy: ${templateName}.\r\n`,
        ],
      }),
    };
  }
  return { ok: true, csr: reading.csr };
}

/** The developer portal takes any name unless strict; the other environments only their own. */
function templateAccepted(
  environment: FatooraEnvironment,
  templateName: string,
  policy: 'per-environment' | 'strict',
): boolean {
  if (environment === 'developer-portal' && policy === 'per-environment') return templateName !== '';
  return templateName === ENVIRONMENTS[environment].csrTemplateName;
}

/**
 * Turns a Fatoora answer that is not a success into the matching typed error: 303 on clearance →
 * `ClearanceDisabledError`; 400 → `RejectedError` with the validation results or the CSID error
 * body; 401 → `AuthenticationError`; 406 → `ApiVersionError`; 409 → `AlreadySubmittedError`
 * (with the stamped XML when a 409 on clearance carries it); 429 → `RateLimitedError`; 5xx →
 * `ServerError`; a 428 on a CSID call that does not answer with one (the production CSID request:
 * reported, body unknown, fatoora-api.md §5 status matrix) → `RejectedError`, as the platform wants
 * something done first; anything else → `ApiError` (`api-unexpected-status`). A CSID answer's
 * `dispositionMessage` (`NOT_COMPLIANT` on a CA refusal) is kept in `details`. Only parsed, known
 * fields go into an error; a short excerpt of the body is kept only for answers that are not JSON.
 */
import { decodeBase64 } from '../encoding/base64.ts';
import { utf8Decode } from '../encoding/utf8.ts';
import { AlreadySubmittedError } from '../errors/already-submitted-error.ts';
import { ApiError, type ApiErrorInit } from '../errors/api-error.ts';
import { ApiVersionError } from '../errors/api-version-error.ts';
import { AuthenticationError } from '../errors/authentication-error.ts';
import { ClearanceDisabledError } from '../errors/clearance-disabled-error.ts';
import { endSentence } from '../errors/end-sentence.ts';
import { RateLimitedError } from '../errors/rate-limited-error.ts';
import { RejectedError } from '../errors/rejected-error.ts';
import { ServerError } from '../errors/server-error.ts';
import { FATOORA_ACTIONS, type FatooraAction } from './actions.ts';
import { dispositionOfBody, NOT_COMPLIANT } from './csid-body.ts';
import { readErrorMessages } from './error-messages.ts';
import { readValidationResults, stringField } from './validation-results.ts';

/** What the transport knows about a failed answer. */
export interface FailedAnswer {
  readonly action: FatooraAction;
  /** The HTTP status; 0 for a browser's opaque redirect (a 303 read with `redirect: 'manual'`). */
  readonly status: number;
  /** The body, parsed as JSON when it was JSON, else its text. */
  readonly body: unknown;
  readonly retryAfterMs: number | undefined;
  /** How many times the call was sent. */
  readonly attempts: number;
  /** Where it was sent (never holds credentials: base URLs with user info are refused). */
  readonly url: string;
}

/**
 * The typed error for a failed answer.
 *
 * @example
 * ```ts
 * errorFromAnswer({ action: 'reporting', status: 409, body: '', retryAfterMs: undefined, attempts: 2, url });
 * // AlreadySubmittedError with afterRetry true
 * ```
 */
export function errorFromAnswer(answer: FailedAnswer): ApiError {
  const { action, status, body } = answer;
  const validationResults = readValidationResults(body);
  const errors = readErrorMessages(body, validationResults);
  const init: ApiErrorInit = { status, errors, ...(validationResults ? { validationResults } : {}) };
  const what = FATOORA_ACTIONS[action].en;
  const summary = summarize(init);
  const disposition = dispositionOfBody(body);
  const options = {
    details: {
      action,
      method: FATOORA_ACTIONS[action].method,
      url: answer.url,
      attempts: answer.attempts,
      ...(disposition !== undefined ? { dispositionMessage: disposition } : {}),
      ...(typeof body === 'string' && body.trim() !== '' ? { body: excerpt(body) } : {}),
    },
  };

  if ((status === 303 || status === 0) && action === 'clearance') {
    return new ClearanceDisabledError(
      'ZATCA has switched clearance off (303): report this standard invoice with reportInvoice instead.',
      init,
      options,
    );
  }
  switch (status) {
    case 400:
      return new RejectedError(
        disposition === NOT_COMPLIANT && errors.length === 0
          ? // A CA refusal without a word (fatoora-api.md §5 NOT-COMPLIANT, §11): say what is known to cause it.
            `ZATCA's certificate authority refused the CSR of the ${what} (400 ${NOT_COMPLIANT}) without giving a reason; one known cause is a CSR field over 64 bytes in UTF-8 (an Arabic name of 33 letters or more).`
          : `ZATCA rejected the ${what} (400)${summary}`,
        init,
        options,
      );
    case 401:
      return new AuthenticationError(
        `ZATCA refused the ${what} (401): ${authenticationHint(action)}${summary}`,
        init,
        options,
      );
    case 406:
      return new ApiVersionError(
        `ZATCA did not accept API version V2 for the ${what} (406)${summary}`,
        init,
        options,
      );
    case 409:
      return new AlreadySubmittedError(
        answer.attempts > 1
          ? `ZATCA already has this invoice (409) after ${answer.attempts} attempts: an earlier attempt most likely went through${summary}`
          : `ZATCA already has an invoice with this UUID (409)${summary}`,
        { ...init, afterRetry: answer.attempts > 1, clearedInvoice: clearedInvoiceOf(action, body) },
        options,
      );
    case 428:
      return new RejectedError(
        `ZATCA wants a precondition met before the ${what} (428)${disposition !== undefined ? `, ${disposition}` : ''}: for a production CSID, every compliance check the CSR's invoice types need must have passed${summary}`,
        init,
        options,
      );
    case 429:
      return new RateLimitedError(
        `ZATCA is throttling requests (429) for the ${what}${answer.retryAfterMs !== undefined ? `; retry after ${Math.ceil(answer.retryAfterMs / 1000)} s` : ''}${summary}`,
        { ...init, retryAfterMs: answer.retryAfterMs },
        options,
      );
  }
  if (status >= 500 && status <= 599) {
    return new ServerError(
      `The Fatoora platform failed on the ${what} (${status}) after ${answer.attempts} attempt${answer.attempts === 1 ? '' : 's'}: try again later with the same document${summary}`,
      { ...init, retryAfterMs: answer.retryAfterMs },
      options,
    );
  }
  return new ApiError(
    'api-unexpected-status',
    `Unexpected answer ${status} to the ${what}${summary}`,
    init,
    options,
  );
}

/**
 * The stamped XML a 409 on clearance may carry again (`clearedInvoice`, base64 of UTF-8 XML);
 * `undefined` when absent or unreadable — the 409 itself still says the invoice is there.
 */
function clearedInvoiceOf(action: FatooraAction, body: unknown): string | undefined {
  const cleared = action === 'clearance' ? stringField(body, 'clearedInvoice') : undefined;
  if (cleared === undefined || cleared === '') return undefined;
  try {
    return utf8Decode(decodeBase64(cleared));
  } catch {
    return undefined;
  }
}

/** What to check after a 401. */
function authenticationHint(action: FatooraAction): string {
  const auth = FATOORA_ACTIONS[action].auth;
  if (auth === 'none') return 'check the OTP and that the call goes to the right environment';
  const csid = auth === 'compliance-csid' ? 'compliance' : 'production';
  return `check that the credentials are the ${csid} CSID's binarySecurityToken and secret, for this environment`;
}

/**
 * `: code: message (and N more).` for the first error, or `.` when there is none — one final
 * period, whether ZATCA's message ends with one or not.
 */
function summarize(init: ApiErrorInit): string {
  const first = init.errors?.[0];
  if (!first) return '.';
  const more = (init.errors?.length ?? 0) - 1;
  const text = [first.code, first.message].filter((part) => part !== undefined && part !== '').join(': ');
  return `: ${endSentence(`${text}${more > 0 ? ` (and ${more} more)` : ''}`)}`;
}

function excerpt(text: string): string {
  const compact = text.trim();
  return compact.length > 500 ? `${compact.slice(0, 500)}…` : compact;
}

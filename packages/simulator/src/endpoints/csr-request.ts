/**
 * The CSR of a CSID request, read and checked as ZATCA's CA does before it issues a CSID (#1 and
 * #4 read it from the body's `csr` field, base64 of the PEM text; #3 from the compliance request
 * it names). A CSR that fails is answered 400 `Invalid-CSR` with every problem `readCsr` found.
 */
import type { FatooraEnvironment } from '@fatoora/core/model';
import { type CheckedCsr, decodeCsrField, readCsr } from '../ca/read-csr.ts';
import { type ApiAnswer, problem } from '../http/answer.ts';
import { type ApiRequest, bodyField } from '../http/api-request.ts';

/** The checked CSR, or the answer that refuses it. */
export type CsrCheck =
  | { readonly ok: true; readonly csr: CheckedCsr }
  | { readonly ok: false; readonly answer: ApiAnswer };

/**
 * Reads and checks the `csr` field of the request's body, for the request's environment.
 *
 * @example
 * ```ts
 * const check = readRequestCsr(request);
 * if (!check.ok) return check.answer; // 400 Invalid-CSR
 * check.csr.fields.vatNumber; // '399999999900003'
 * ```
 */
export function readRequestCsr(request: ApiRequest): CsrCheck {
  const der = decodeCsrField(bodyField(request, 'csr'));
  if (!der) {
    return {
      ok: false,
      answer: problem(400, 'Invalid-CSR', 'The "csr" field must be base64 of the CSR in PEM form.'),
    };
  }
  return checkCsr(der, request.environment);
}

/**
 * Checks a CSR (DER) for `environment`.
 *
 * @example
 * ```ts
 * const check = checkCsr(base64.decode(record.csr), 'simulation');
 * if (!check.ok) return check.answer; // 400 Invalid-CSR, the problems joined
 * ```
 */
export function checkCsr(der: Uint8Array, environment: FatooraEnvironment): CsrCheck {
  const reading = readCsr(der, environment);
  return reading.ok
    ? { ok: true, csr: reading.csr }
    : { ok: false, answer: problem(400, 'Invalid-CSR', reading.problems.join(' ')) };
}

/**
 * The code errors of the three CSID calls (#1 `POST /compliance`, #3 `POST /production/csids`,
 * #4 `PATCH /production/csids`), in the shape the `csid-error-shape` behaviour names: ERR-FLAT by
 * default, ERR-LIST when selected (fatoora-api.md §11).
 */
import type { SimulatorContext } from '../context.ts';
import type { ApiAnswer } from '../http/answer.ts';
import { type CsidErrorCode, csidError } from '../http/platform-answers.ts';

/**
 * A 400 code error of a CSID call, with ZATCA's text unless `message` is given.
 *
 * @example
 * ```ts
 * return csidCodeError(context, 'Invalid-CSR'); // 400 {code: 'Invalid-CSR', message: 'The provided CSR is invalid'}
 * ```
 */
export function csidCodeError(
  context: SimulatorContext,
  code: CsidErrorCode | (string & {}),
  message?: string,
): ApiAnswer {
  return csidError(context.behaviours.settings['csid-error-shape'], code, message);
}

/**
 * Raised when a caller-supplied value (a CSR field, a QR value, an option) breaks a rule. The
 * `field` names the offending input and `rule` the requirement it broke, so that a form can show
 * the message next to the right field.
 */
import { FatooraError, type FatooraErrorOptions } from './fatoora-error.ts';

/**
 * A caller-supplied value is invalid.
 *
 * @example
 * ```ts
 * try { encodeQr({ sellerName: 'x'.repeat(300), ... }); }
 * catch (e) { if (e instanceof InputError) console.log(e.field, e.rule); }
 * ```
 */
export class InputError extends FatooraError {
  /** The name of the offending field, e.g. `organizationIdentifier` or `qr.sellerName`. */
  readonly field: string;
  /** The rule it broke: a ZATCA rule id where one applies, otherwise a short rule name. */
  readonly rule: string;

  /**
   * `field` names the offending input and `rule` the requirement it broke (both are also put in
   * `details`); the code is `invalid-input`.
   */
  constructor(field: string, rule: string, message: string, options: FatooraErrorOptions = {}) {
    super('invalid-input', message, { ...options, details: { field, rule, ...options.details } });
    this.field = field;
    this.rule = rule;
  }
}

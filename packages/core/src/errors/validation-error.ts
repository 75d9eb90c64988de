/**
 * Raised when a value breaks one or more of ZATCA's rules. It carries every fault found, each
 * with the rule id (BR-KSA-06, BR-CO-15, …), the path of the offending field and a message, so a
 * form can show each fault next to its field.
 */
import { FatooraError, type FatooraErrorOptions } from './fatoora-error.ts';

/** One broken rule. */
export interface Fault {
  /** ZATCA's rule id where one applies (`BR-KSA-06`), else a short rule name. */
  readonly rule: string;
  /** `error` fails a document; `warning` is reported but never fails it. */
  readonly severity: 'error' | 'warning';
  /** Where: a model path such as `lines[2].quantity` or an XML path. */
  readonly path: string;
  /** What is wrong and what the rule asks for, in English. */
  readonly message: string;
}

/**
 * Every fault of a value that breaks ZATCA's rules.
 *
 * @example
 * ```ts
 * try { parseTransactionCode('0300000'); }
 * catch (e) { if (e instanceof ValidationError) for (const f of e.faults) console.log(f.rule, f.path); }
 * ```
 */
export class ValidationError extends FatooraError {
  /** Every fault found, not only the first: a form shows each next to its field (by `path`). */
  readonly faults: readonly Fault[];

  /**
   * Takes every fault found; the message names the first one (and how many more there are), and
   * `details.faults` holds them all. The code is `validation-failed`.
   */
  constructor(faults: readonly Fault[], options: FatooraErrorOptions = {}) {
    const first = faults[0];
    super(
      'validation-failed',
      first
        ? `${first.rule} at ${first.path}: ${first.message}${faults.length > 1 ? ` (and ${faults.length - 1} more)` : ''}`
        : 'Validation failed.',
      { ...options, details: { faults, ...options.details } },
    );
    this.faults = faults;
  }
}

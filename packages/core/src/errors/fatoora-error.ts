/**
 * The root of every error `@fatoora/core` throws on purpose. Callers can catch `FatooraError` to
 * tell our typed failures (bad input, bad documents, bad keys) from programming errors, and read
 * the machine-usable `code` and `details` instead of parsing messages.
 */

/** Options shared by every {@link FatooraError} subclass. */
export interface FatooraErrorOptions {
  /** What caused this error, when it wraps another one. */
  readonly cause?: unknown;
  /** Structured facts about the failure (field names, offsets, rule ids). */
  readonly details?: Readonly<Record<string, unknown>>;
}

/**
 * Base class of all typed errors in fatoora.
 *
 * @example
 * ```ts
 * try {
 *   hashInvoice(xml);
 * } catch (error) {
 *   if (error instanceof FatooraError) console.error(error.code, error.message);
 *   else throw error;
 * }
 * ```
 */
export class FatooraError extends Error {
  /** A stable, machine-readable identifier of the failure, e.g. `xml-doctype-forbidden`. */
  readonly code: string;
  /** Structured facts about the failure. */
  readonly details: Readonly<Record<string, unknown>>;

  /**
   * `code` is the stable, machine-readable id; `options.cause` the error this one wraps, and
   * `options.details` the structured facts (a plain object, empty when not given).
   */
  constructor(code: string, message: string, options: FatooraErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.details = options.details ?? {};
  }
}

/**
 * Marks every fatoora error, so that `isFatooraError` recognises one from another copy of the
 * package (two bundles, a worker's own module graph), where `instanceof` cannot.
 */
export const FATOORA_ERROR_BRAND: unique symbol = Symbol.for('@fatoora/core/error') as never;
Object.defineProperty(FatooraError.prototype, FATOORA_ERROR_BRAND, { value: true });

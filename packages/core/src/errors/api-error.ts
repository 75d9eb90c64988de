/**
 * Raised when the Fatoora API answers a call with something other than success: the platform's
 * HTTP status, the error codes and messages it gave (both body shapes ZATCA is known to use) and,
 * for invoice calls, its full validation results. Each answer with a meaning of its own has a
 * subclass (`RejectedError`, `AuthenticationError`, `RateLimitedError`, …); a plain `ApiError` is
 * an answer the contract does not describe (an unexpected status, a malformed body). Details never
 * hold credentials: no secret, no `Authorization` header, no raw CSID answer.
 */
import { FatooraError, type FatooraErrorOptions } from './fatoora-error.ts';

/** One entry of ZATCA's `validationResults` lists. */
export interface ZatcaValidationMessage {
  /** `INFO`, `WARNING` or `ERROR`. */
  readonly type: string;
  /** A rule id (`BR-KSA-98`), `XSD_ZATCA_VALID`, `invalid-invoice-hash`, … */
  readonly code: string;
  /** `XSD validation`, `KSA`, `INVOICE_HASHING_ERRORS`, … */
  readonly category: string;
  /** What the platform found, in its words (English). */
  readonly message: string;
  /** `PASS`, `WARNING` or `ERROR`. */
  readonly status: string;
}

/** ZATCA's verdict on a submitted invoice (`validationResults` in the answer). */
export interface ZatcaValidationResults {
  /** The checks that passed or only inform (type `INFO`). */
  readonly infoMessages: readonly ZatcaValidationMessage[];
  /** Rules the document broke without failing (type `WARNING`): it is still accepted. */
  readonly warningMessages: readonly ZatcaValidationMessage[];
  /** Rules the document broke that fail it (type `ERROR`): any one means it was rejected. */
  readonly errorMessages: readonly ZatcaValidationMessage[];
  /**
   * The overall verdict. When the platform omits it (or sends a value outside these three), it is
   * derived from the lists: any error → `ERROR`, else any warning → `WARNING`, else `PASS`.
   */
  readonly status: 'PASS' | 'WARNING' | 'ERROR';
}

/** One error the platform gave, normalized from any of its body shapes. */
export interface ZatcaErrorMessage {
  /** ZATCA's code (`Invalid-OTP`, `Missing-ComplianceSteps`, `invalid-invoice-hash`), if it gave one. */
  readonly code?: string;
  /** The error in the platform's words. */
  readonly message: string;
  /** The validation category, for invoice errors. */
  readonly category?: string;
}

/** What an {@link ApiError} records about the answer. */
export interface ApiErrorInit {
  /** The HTTP status (0 for a browser's opaque redirect). */
  readonly status: number;
  /** The errors the platform gave, normalized; none when the body had none. */
  readonly errors?: readonly ZatcaErrorMessage[];
  /** The platform's validation results, for an invoice call whose answer carried them. */
  readonly validationResults?: ZatcaValidationResults;
}

/**
 * The Fatoora API answered, but not with success.
 *
 * @example
 * ```ts
 * try { await client.reportInvoice({ invoice: signed.xml, invoiceHash: signed.invoiceHash }); }
 * catch (e) { if (e instanceof ApiError) console.log(e.status, e.errors.map((x) => x.code)); }
 * ```
 */
export class ApiError extends FatooraError {
  /** The HTTP status of the answer. */
  readonly status: number;
  /** Every error the platform gave (for invoices, the `errorMessages`). */
  readonly errors: readonly ZatcaErrorMessage[];
  /** ZATCA's validation results, for invoice calls that got that far. */
  readonly validationResults: ZatcaValidationResults | undefined;

  /**
   * Records an answer the platform gave: `code` is the stable failure id (`api-…`), `init` the HTTP
   * status, the platform's errors and, for invoice calls, its validation results (all copied into
   * `details`).
   */
  constructor(code: string, message: string, init: ApiErrorInit, options: FatooraErrorOptions = {}) {
    const errors = init.errors ?? [];
    super(code, message, {
      ...options,
      details: {
        status: init.status,
        errors,
        ...(init.validationResults ? { validationResults: init.validationResults } : {}),
        ...options.details,
      },
    });
    this.status = init.status;
    this.errors = errors;
    this.validationResults = init.validationResults;
  }
}

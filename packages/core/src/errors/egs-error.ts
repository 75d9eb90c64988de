/**
 * Raised by an EGS unit (`Egs` of `@fatoora/core/egs`) when its lifecycle forbids what was asked:
 * issuing or renewing before onboarding finished (`not-onboarded`), working without the unit's
 * private key (`private-key-missing`) or with one that does not fit its certificate
 * (`key-mismatch`), a production CSID the platform issued for another key than the unit's, outside
 * the developer portal's canned certificate (`csid-key-mismatch`), resuming onboarding with another
 * CSR configuration (`csr-config-mismatch`),
 * an onboarding step or a renewal the platform refused or never answered (`onboarding-failed`,
 * `renewal-failed`, with the API error as `cause`), and renewing while signed documents still wait
 * to be sent with the old certificate (`outbox-not-empty`).
 */
import { FatooraError, type FatooraErrorOptions } from './fatoora-error.ts';

/** The codes an {@link EgsError} carries. */
export type EgsErrorCode =
  | 'not-onboarded'
  | 'private-key-missing'
  | 'key-mismatch'
  | 'csid-key-mismatch'
  | 'csr-config-mismatch'
  | 'onboarding-failed'
  | 'renewal-failed'
  | 'outbox-not-empty';

/**
 * An EGS unit could not do what was asked.
 *
 * @example
 * ```ts
 * try { await egs.issue(draft); }
 * catch (e) { if (e instanceof EgsError && e.code === 'not-onboarded') await egs.onboard({ otp, csrConfig, environment }); }
 * ```
 */
export class EgsError extends FatooraError {
  declare readonly code: EgsErrorCode;

  /**
   * `code` says which lifecycle rule stopped the unit; `options.cause` carries the API error behind
   * `onboarding-failed` and `renewal-failed`.
   */
  constructor(code: EgsErrorCode, message: string, options: FatooraErrorOptions = {}) {
    super(code, message, options);
  }
}

/**
 * What a submission came to, in the terms `SubmissionStatus` shows: its progress
 * ({@link SubmissionProgress}: `idle`, `submitting`, then the document's state with the platform —
 * core's `SubmissionState`: `cleared`, `reported`, `pending` in the outbox, `rejected` — or a
 * failure before anything was stored, `failed`), and the messages behind it — ZATCA's validation
 * messages (warnings on accepted documents, errors on rejected ones), the local validator's
 * faults, or the error of a call that went wrong. `useSubmission` holds these outcomes in React
 * state.
 */
import type { ZatcaValidationMessage } from '@fatoora/core/api';
import { ApiError } from '@fatoora/core/api';
import type { IssuedInvoice, SubmissionState } from '@fatoora/core/egs';
import { FatooraError, type Fault, ValidationError } from '@fatoora/core/errors';

/**
 * How far a submission has come in the UI: nothing sent yet (`idle`), under way (`submitting`),
 * the issued document's state with the platform (core's `SubmissionState`: `cleared`, `reported`,
 * `pending`, `rejected`), or `failed` before anything was stored.
 */
export type SubmissionProgress = 'idle' | 'submitting' | SubmissionState | 'failed';

/** One message to show, from ZATCA or from the local validator. */
export interface SubmissionMessage {
  /** `error` fails the document, `warning` is accepted with it, `info` only tells (ZATCA's passes). */
  readonly severity: 'error' | 'warning' | 'info';
  /** ZATCA's code (`BR-KSA-98`, `invalid-invoice-hash`) or our rule id. */
  readonly code: string;
  /** The message in words, as ZATCA or the validator gave it. */
  readonly message: string;
  /** ZATCA's category (`KSA`, `XSD validation`) or the model path of a local fault. */
  readonly category?: string;
}

/** A submission's outcome. */
export interface SubmissionOutcome {
  /** How far it has come: `idle`, `submitting`, the document's state with the platform, or `failed`. */
  readonly state: SubmissionProgress;
  /** The issued document, once stored. */
  readonly issued?: IssuedInvoice;
  /** What to show beside the state: ZATCA's messages, the validator's faults or the call's error. */
  readonly messages: readonly SubmissionMessage[];
  /** The error of a failed submission. */
  readonly error?: unknown;
}

/** The outcome before any submission (and after a reset). */
export const IDLE_OUTCOME: SubmissionOutcome = Object.freeze({ state: 'idle', messages: [] });

/** The outcome while a submission is under way. */
export const SUBMITTING_OUTCOME: SubmissionOutcome = Object.freeze({ state: 'submitting', messages: [] });

/**
 * A ZATCA validation message in our terms.
 *
 * @example
 * ```ts
 * fromZatcaMessage({ type: 'WARNING', code: 'BR-KSA-98', category: 'KSA', message: '…', status: 'WARNING' }).severity; // 'warning'
 * ```
 */
export function fromZatcaMessage(message: ZatcaValidationMessage): SubmissionMessage {
  const type = message.type.toUpperCase();
  return {
    severity: type === 'ERROR' ? 'error' : type === 'WARNING' ? 'warning' : 'info',
    code: message.code,
    message: message.message,
    category: message.category,
  };
}

/**
 * A local validation fault in our terms.
 *
 * @example
 * ```ts
 * fromFault({ rule: 'BR-KSA-40', severity: 'error', path: 'seller.vatNumber', message: '…' }).code; // 'BR-KSA-40'
 * ```
 */
export function fromFault(fault: Fault): SubmissionMessage {
  return { severity: fault.severity, code: fault.rule, message: fault.message, category: fault.path };
}

/**
 * The outcome of an issued document.
 *
 * @example
 * ```ts
 * outcomeOfIssued(await egs.issue(draft)).state; // 'cleared'
 * ```
 */
export function outcomeOfIssued(issued: IssuedInvoice): SubmissionOutcome {
  return { state: issued.state, issued, messages: issued.messages.map(fromZatcaMessage) };
}

/**
 * The outcome of a submission that threw: the validator's faults, ZATCA's messages or errors, or
 * the error's own message.
 *
 * @example
 * ```ts
 * outcomeOfError(new ValidationError([fault])).messages[0].code; // fault.rule
 * ```
 */
export function outcomeOfError(error: unknown): SubmissionOutcome {
  const messages: SubmissionMessage[] = [];
  if (error instanceof ValidationError) messages.push(...error.faults.map(fromFault));
  else if (error instanceof ApiError) {
    const results = error.validationResults;
    if (results)
      messages.push(...[...results.errorMessages, ...results.warningMessages].map(fromZatcaMessage));
    else {
      messages.push(
        ...error.errors.map((entry) => ({
          severity: 'error' as const,
          code: entry.code ?? error.code,
          message: entry.message,
          ...(entry.category !== undefined ? { category: entry.category } : {}),
        })),
      );
    }
  }
  if (messages.length === 0) {
    const code = error instanceof FatooraError ? error.code : 'error';
    const message = error instanceof Error ? error.message : String(error);
    messages.push({ severity: 'error', code, message });
  }
  return { state: 'failed', messages, error };
}

/**
 * Live faults of a draft from core's validator (`validateInvoice`), grouped by model path so that
 * each form field finds its own (`seller.vatNumber`, `lines[2].taxRate`), with counts of errors
 * and warnings. Messages are ZATCA's rule ids with English and Arabic texts (`RULES`).
 */
import type { InvoiceDraft } from '@fatoora/core/egs';
import { type Fault, ValidationError } from '@fatoora/core/errors';
import type { Invoice } from '@fatoora/core/model';
import { type ValidateInvoiceOptions, validateInvoice } from '@fatoora/core/rules';
import { useMemo } from 'react';
import { validatableDraft } from './validatable-draft.ts';

/** Options of {@link useInvoiceValidation}. */
export interface UseInvoiceValidationOptions {
  /** The clock for date rules (BR-KSA-04, BR-KSA-98) and the stand-in issue date. Default: now. */
  readonly now?: Date;
  /** ZATCA's rule set. Default `238-R3.4.8`. */
  readonly ruleSet?: ValidateInvoiceOptions['ruleSet'];
}

/** Faults of a draft. */
export interface InvoiceValidationState {
  /** Every fault, in the validator's order. */
  readonly faults: readonly Fault[];
  /** The faults of each model path. */
  readonly byPath: ReadonlyMap<string, readonly Fault[]>;
  readonly errorCount: number;
  readonly warningCount: number;
  /** No error (warnings never fail a document). */
  readonly valid: boolean;
}

/**
 * Groups faults by path, keeping their order.
 *
 * @example
 * ```ts
 * groupFaultsByPath(faults).get('seller.vatNumber'); // [{ rule: 'BR-KSA-40', … }]
 * ```
 */
export function groupFaultsByPath(faults: readonly Fault[]): ReadonlyMap<string, readonly Fault[]> {
  const groups = new Map<string, Fault[]>();
  for (const fault of faults) {
    const group = groups.get(fault.path);
    if (group) group.push(fault);
    else groups.set(fault.path, [fault]);
  }
  return groups;
}

/**
 * Validates a draft (pure; see {@link useInvoiceValidation}).
 *
 * @example
 * ```ts
 * invoiceValidation(draft, { now: new Date() }).valid;
 * ```
 */
export function invoiceValidation(
  draft: InvoiceDraft | Invoice,
  options: UseInvoiceValidationOptions = {},
): InvoiceValidationState {
  const now = options.now ?? new Date();
  let faults: readonly Fault[];
  try {
    faults = validateInvoice(validatableDraft(draft, now), {
      now,
      ...(options.ruleSet ? { ruleSet: options.ruleSet } : {}),
    });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    faults = error.faults;
  }
  const errorCount = faults.filter((fault) => fault.severity === 'error').length;
  return {
    faults,
    byPath: groupFaultsByPath(faults),
    errorCount,
    warningCount: faults.length - errorCount,
    valid: errorCount === 0,
  };
}

/**
 * The faults of a draft, revalidated when it changes.
 *
 * @throws {XmlError} never for a model; only `validateInvoice`'s own programming errors escape.
 * @example
 * ```tsx
 * const { byPath, valid } = useInvoiceValidation(draft);
 * byPath.get('seller.vatNumber')?.map((fault) => fault.rule); // ['BR-KSA-40']
 * ```
 */
export function useInvoiceValidation(
  draft: InvoiceDraft | Invoice,
  options: UseInvoiceValidationOptions = {},
): InvoiceValidationState {
  const { now, ruleSet } = options;
  const time = now?.getTime();
  return useMemo(
    () =>
      invoiceValidation(draft, {
        ...(time !== undefined ? { now: new Date(time) } : {}),
        ...(ruleSet ? { ruleSet } : {}),
      }),
    [draft, time, ruleSet],
  );
}

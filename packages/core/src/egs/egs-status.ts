/**
 * An EGS unit's status at a glance, read from its store: how far onboarding went, when the
 * production CSID expires (its certificate's notAfter), where the ICV/PIH chain stands, and the
 * outbox — how many documents wait, how many are past their 24-hour deadline (BR-KSA-98) and the
 * earliest deadline — plus how many documents the platform rejected.
 */

import { listOutbox } from './issuing/outbox.ts';
import { type PlannedStep, planOnboarding } from './onboarding/onboarding-plan.ts';
import type { ChainHead, EgsStore } from './store/store.ts';

/** An EGS unit's status. */
export interface EgsStatus {
  /** The unit's id in its store. */
  readonly unitId: string;
  /** Whether the unit holds a production CSID. */
  readonly onboarded: boolean;
  /** The onboarding steps and which are done; empty before the first onboarding. */
  readonly onboarding: readonly PlannedStep[];
  /** The production CSID's expiry, once onboarded. */
  readonly csidExpiresAt?: Date;
  /** Whether the production CSID has expired (renew before that). */
  readonly csidExpired: boolean;
  /** The last issued document's ICV and hash. */
  readonly chainHead: ChainHead;
  /** The reporting outbox (and pending clearances) at a glance. */
  readonly outbox: {
    /** Documents still pending with the platform. */
    readonly pending: number;
    /** Of those, how many are past their deadline. */
    readonly overdue: number;
    /** The earliest deadline among them (ISO 8601). */
    readonly nextDeadline?: string;
  };
  /** Documents the platform rejected (each keeps its ICV; corrected ones are issued anew). */
  readonly rejected: number;
}

/**
 * Reads a unit's status.
 *
 * @throws {StoreError} when the store fails.
 * @example
 * ```ts
 * const status = await readStatus(store, 'till-1', new Date());
 * if (status.outbox.overdue > 0) alert('Reporting is late');
 * ```
 */
export async function readStatus(store: EgsStore, unitId: string, now: Date): Promise<EgsStatus> {
  const [record, chainHead, outbox, rejected] = await Promise.all([
    store.loadUnit(unitId),
    store.chainHead(unitId),
    listOutbox(store, unitId, now),
    store.listDocuments(unitId, { state: 'rejected' }),
  ]);
  const invoiceType = record?.csrConfig.invoiceType;
  const expiresAt = record?.productionCsid ? new Date(record.productionCsid.expiresAt) : undefined;
  const nextDeadline = outbox.map((item) => item.deadline).sort()[0];
  return {
    unitId,
    onboarded: record?.productionCsid !== undefined,
    onboarding: record && typeof invoiceType === 'string' ? planOnboarding(record, invoiceType) : [],
    ...(expiresAt !== undefined ? { csidExpiresAt: expiresAt } : {}),
    csidExpired: expiresAt !== undefined && expiresAt.getTime() <= now.getTime(),
    chainHead,
    outbox: {
      pending: outbox.length,
      overdue: outbox.filter((item) => item.overdue).length,
      ...(nextDeadline !== undefined ? { nextDeadline } : {}),
    },
    rejected: rejected.length,
  };
}

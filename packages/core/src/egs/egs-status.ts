/**
 * An EGS unit's status at a glance, read from its store: its environment, how far onboarding went,
 * who signs its documents and as which seller (on the developer portal: the SDK's test key and VAT
 * 399999999900003, fatoora-api.md §10), when the production CSID expires (its certificate's
 * notAfter), a renewal under way, where the ICV/PIH chain stands, and the outbox — how many
 * documents wait, how many are past their 24-hour deadline (BR-KSA-98), the earliest deadline, and
 * the stuck ones with their last answer — plus how many documents the platform rejected.
 */

import type { ComplianceDocumentKind } from '../model/document-kinds.ts';
import { enabledDocumentKinds } from '../model/document-kinds.ts';
import type { FatooraEnvironment } from '../model/environments.ts';
import { listOutbox, type OutboxItem } from './issuing/outbox.ts';
import { type PlannedStep, planOnboarding } from './onboarding/onboarding-plan.ts';
import { type ProductionIdentity, productionIdentity } from './onboarding/production-identity.ts';
import type { ChainHead, EgsStore } from './store/store.ts';

/** An EGS unit's status. */
export interface EgsStatus {
  /** The unit's id in its store. */
  readonly unitId: string;
  /** The Fatoora environment it was onboarded for (its record's, else its client's), when known. */
  readonly environment?: FatooraEnvironment;
  /** Whether the unit holds a production CSID. */
  readonly onboarded: boolean;
  /** The onboarding steps and which are done; empty before the first onboarding. */
  readonly onboarding: readonly PlannedStep[];
  /**
   * Once onboarded: whose key signs the documents and the seller VAT number they carry. On the
   * developer portal's canned production CSID that is the SDK's test key and VAT 399999999900003,
   * whatever the CSR said: the unit writes that VAT into the documents it issues.
   */
  readonly issuing?: ProductionIdentity;
  /** The production CSID's expiry, once onboarded. */
  readonly csidExpiresAt?: Date;
  /** Whether the production CSID has expired (renew before that). */
  readonly csidExpired: boolean;
  /**
   * A renewal waiting on its compliance checks (the platform answered it with a compliance CSID):
   * `renew` resumes it. The current production CSID stays in use meanwhile.
   */
  readonly renewal?: {
    /** When the platform answered with the compliance CSID (ISO 8601). */
    readonly startedAt: string;
    /** The compliance checks the new CSR has passed. */
    readonly passedComplianceChecks: readonly ComplianceDocumentKind[];
    /** The compliance checks still to pass before the production CSID is asked for. */
    readonly remainingComplianceChecks: readonly ComplianceDocumentKind[];
  };
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
    /**
     * The pending documents already sent without an answer that settled them, earliest deadline
     * first, each with its last answer (`lastError`), deadline and any follow-up: later documents
     * go on without them.
     */
    readonly stuck: readonly OutboxItem[];
  };
  /** Documents the platform rejected (each keeps its ICV; corrected ones are issued anew). */
  readonly rejected: number;
}

/**
 * Reads a unit's status; `environment` stands in for a record that does not name its own.
 *
 * @throws {StoreError} when the store fails.
 * @example
 * ```ts
 * const status = await readStatus(store, 'till-1', new Date());
 * if (status.outbox.overdue > 0) alert('Reporting is late');
 * ```
 */
export async function readStatus(
  store: EgsStore,
  unitId: string,
  now: Date,
  environment?: FatooraEnvironment,
): Promise<EgsStatus> {
  const [record, chainHead, outbox, rejected] = await Promise.all([
    store.loadUnit(unitId),
    store.chainHead(unitId),
    listOutbox(store, unitId, now),
    store.listDocuments(unitId, { state: 'rejected' }),
  ]);
  const invoiceType = record?.csrConfig.invoiceType;
  const unitEnvironment = record?.environment ?? (record ? environment : undefined);
  const production = record?.productionCsid;
  const expiresAt = production ? new Date(production.expiresAt) : undefined;
  const nextDeadline = outbox.map((item) => item.deadline).sort()[0];
  const renewal = record?.renewal;
  return {
    unitId,
    ...(unitEnvironment !== undefined ? { environment: unitEnvironment } : {}),
    onboarded: production !== undefined,
    onboarding: record && typeof invoiceType === 'string' ? planOnboarding(record, invoiceType) : [],
    ...(record && production ? { issuing: productionIdentity(production, record, unitEnvironment) } : {}),
    ...(expiresAt !== undefined ? { csidExpiresAt: expiresAt } : {}),
    csidExpired: expiresAt !== undefined && expiresAt.getTime() <= now.getTime(),
    ...(renewal !== undefined
      ? {
          renewal: {
            startedAt: renewal.startedAt,
            passedComplianceChecks: renewal.passedComplianceChecks,
            remainingComplianceChecks: enabledDocumentKinds(
              typeof invoiceType === 'string' ? invoiceType : '',
            ).filter((kind) => !renewal.passedComplianceChecks.includes(kind)),
          },
        }
      : {}),
    chainHead,
    outbox: {
      pending: outbox.length,
      overdue: outbox.filter((item) => item.overdue).length,
      ...(nextDeadline !== undefined ? { nextDeadline } : {}),
      stuck: outbox.filter((item) => item.stuck),
    },
    rejected: rejected.length,
  };
}

/**
 * Renewing an onboarded unit's production CSID before it expires (fatoora-api.md §4 #4, §5 #4): a
 * new CSR from the unit's stored configuration — and its current key, or a new key the caller
 * gives — sent with a portal OTP and the current production CSID (`PATCH /production/csids`).
 * The platform answers in one of two ways:
 * - 200 `ISSUED`: the new production CSID replaces the old one at once;
 * - 428 `NOT_COMPLIANT` with a compliance CSID for the new CSR: the renewal is not granted yet. The
 *   unit keeps issuing with its current production CSID, stores the compliance CSID (and the new
 *   key, when the unit stores its key) as a pending renewal, passes the compliance checks for the
 *   CSR's `title` with it, then asks for the production CSID with its `requestId`
 *   (`POST /production/csids`) and switches to it and to the new CSR's key.
 *
 * Each step is saved before the next one starts, so a renewal stopped part-way (a failed check, a
 * crash) resumes where it stopped when `renew` is called again, without a new OTP. Before the
 * switch the outbox must be empty: a pending document is signed with the old certificate, and the
 * platform checks a document's signature against the certificate of the CSID it is sent with, so
 * it could only be sent with the old CSID — which the record no longer holds after the switch.
 */
import type { FatooraClient } from '../../api/client.ts';
import type { CsidResult } from '../../api/csid-result.ts';
import { parseCertificate } from '../../crypto/certificate.ts';
import { exportPrivateKey, importPrivateKey } from '../../crypto/keys.ts';
import type { PrivateKey } from '../../crypto/private-key.ts';
import { createCsr } from '../../csr/create-csr.ts';
import { EgsError } from '../../errors/egs-error.ts';
import { FatooraError } from '../../errors/fatoora-error.ts';
import { InputError } from '../../errors/input-error.ts';
import { type ComplianceDocumentKind, enabledDocumentKinds } from '../../model/document-kinds.ts';
import type { FatooraEnvironment } from '../../model/environments.ts';
import { runComplianceCheck } from '../onboarding/compliance-check.ts';
import { assertProductionCsidFits } from '../onboarding/production-identity.ts';
import { readCsrConfig } from '../onboarding/unit-csr-config.ts';
import type { EgsStore, EgsUnitRecord, PendingRenewal, StoredCsid } from '../store/store.ts';
import { credentialsOf, toStoredCsid } from '../store/stored-csid.ts';

/** Parameters of `Egs.renew`. */
export interface RenewParameters {
  /**
   * A fresh OTP from the Fatoora portal. Not needed to resume a renewal whose compliance CSID is
   * already stored (the OTP was spent on it).
   */
  readonly otp?: string;
  /** The environment of the new CSR; default: the unit's (or its client's) environment. */
  readonly environment?: FatooraEnvironment;
  /**
   * The key of the new CSR (a key or PEM text); default: the unit's current key. After the switch
   * the unit signs with it: keep it (`exportPrivateKey(egs.privateKey)`) unless the unit stores its
   * key. To resume a renewal made with a key the unit did not store, give the same key again.
   */
  readonly privateKey?: PrivateKey | string;
}

/** The result of a renewal. */
export interface RenewalResult {
  /** The replaced production CSID's expiry. */
  readonly previousExpiresAt: Date;
  /** The new production CSID's expiry. */
  readonly csidExpiresAt: Date;
  /**
   * Whether the platform asked for compliance checks before issuing the new production CSID (its
   * 428), in this run or in the one this run resumed.
   */
  readonly complianceRequired: boolean;
  /** The compliance checks this run passed, in order (none when the CSID was issued at once). */
  readonly complianceChecks: readonly ComplianceDocumentKind[];
  /** Whether the unit now signs with another key than before (the `privateKey` given). */
  readonly keyChanged: boolean;
}

/** What renewal works with. */
export interface RenewalContext {
  readonly store: EgsStore;
  /** A client without credentials: each call adds the CSID it needs. */
  readonly client: FatooraClient;
  /** The unit's record; it must hold a production CSID. */
  readonly record: EgsUnitRecord & { readonly productionCsid: StoredCsid };
  /** The unit's current key. */
  readonly privateKey: PrivateKey;
  /** The unit's environment (its record's, else its client's). */
  readonly environment: FatooraEnvironment | undefined;
  /** Whether the unit keeps its key in its record (`storePrivateKey`). */
  readonly storePrivateKey: boolean;
  readonly now: () => Date;
  /** A fresh UUID (KSA-1) per compliance sample. */
  readonly uuid: () => string;
  /** Sends the outbox (documents signed with the current certificate) before the switch. */
  readonly drainOutbox: () => Promise<unknown>;
}

/**
 * Renews the production CSID (or resumes a renewal) and saves it.
 *
 * @throws {InputError} field `environment` when a CSR is to be made and nothing names the
 * environment, `otp` for a missing or malformed OTP, `csrConfig.<field>` when the stored
 * configuration is broken.
 * @throws {KeyError} when `privateKey` is not a private key.
 * @throws {EgsError} `outbox-not-empty` while documents are pending; `private-key-missing` or
 * `key-mismatch` when resuming without the new CSR's key; `csid-key-mismatch` for a CSID issued
 * for another key; `renewal-failed` naming the step (`details.step`: `renewal-request`,
 * `compliance-check` with `details.kind`, `production-csid`) with the API error (`RejectedError`
 * for a refused OTP or CSR, `AuthenticationError`, `ServerError`, …) as `cause`.
 * @throws {StoreError} when the store fails.
 * @example
 * ```ts
 * const { record, result } = await runRenewal(context, { otp: '123456' });
 * result.csidExpiresAt;
 * ```
 */
export async function runRenewal(
  context: RenewalContext,
  parameters: RenewParameters,
): Promise<{ record: EgsUnitRecord; privateKey: PrivateKey; result: RenewalResult }> {
  const { store, client } = context;
  let record: EgsUnitRecord & { readonly productionCsid: StoredCsid } = context.record;
  const unitId = record.id;
  const config = readCsrConfig(record.csrConfig);
  const given =
    typeof parameters.privateKey === 'string'
      ? importPrivateKey(parameters.privateKey)
      : parameters.privateKey;
  const save = async (next: EgsUnitRecord) => {
    const saved = { ...next, updatedAt: context.now().toISOString() } as typeof record;
    await store.saveUnit(saved);
    record = saved;
  };
  const step = <T>(name: string, run: () => Promise<T>, kind?: ComplianceDocumentKind): Promise<T> =>
    run().catch((error: unknown) => {
      if (!(error instanceof FatooraError) || error instanceof InputError || error instanceof EgsError)
        throw error;
      throw new EgsError(
        'renewal-failed',
        `The production CSID renewal failed at its ${describeRenewalStep(name, kind)}: ${error.message}`,
        {
          cause: error,
          details: { unitId, step: name, ...(kind !== undefined ? { kind } : {}) },
        },
      );
    });

  let pending = record.renewal;
  let key: PrivateKey;
  const complianceChecks: ComplianceDocumentKind[] = [];
  if (pending === undefined) {
    key = given ?? context.privateKey;
    const environment = parameters.environment ?? context.environment;
    if (environment === undefined) {
      throw new InputError(
        'environment',
        'environment-required',
        'Name the environment of the new CSR: the unit does not record one and its client was created with a base URL only.',
      );
    }
    await assertOutboxEmpty(store, unitId);
    const csr = createCsr(config, key, { environment });
    const answer = await step('renewal-request', () =>
      client
        .withCredentials(credentialsOf(record.productionCsid))
        .renewProductionCsid({ csr, otp: parameters.otp as string }),
    );
    if (answer.status === 'issued') {
      return switchTo(context, record, key, answer.productionCsid, undefined, {
        complianceChecks,
        complianceRequired: false,
      });
    }
    const complianceCsid = toStoredCsid(answer.complianceCsid);
    assertCsidCarriesKey(complianceCsid, key, unitId);
    pending = {
      complianceCsid,
      passedComplianceChecks: [],
      ...(storesKey(context, record) && !sameKey(key, context.privateKey)
        ? { privateKeyPem: exportPrivateKey(key, { format: 'pkcs8' }) }
        : {}),
      startedAt: context.now().toISOString(),
    };
    await save({ ...record, renewal: pending });
  } else {
    key = renewalKey(pending, given, context.privateKey, unitId);
  }

  for (const kind of enabledDocumentKinds(config.invoiceType)) {
    if (pending.passedComplianceChecks.includes(kind)) continue;
    const complianceCsid = pending.complianceCsid;
    await step(
      'compliance-check',
      () =>
        runComplianceCheck(kind, {
          client,
          config,
          key,
          complianceCsid,
          now: context.now,
          uuid: context.uuid,
        }),
      kind,
    );
    complianceChecks.push(kind);
    pending = { ...pending, passedComplianceChecks: [...pending.passedComplianceChecks, kind] };
    await save({ ...record, renewal: pending });
  }

  // Documents signed with the current certificate go before the switch, or the renewal waits.
  await context.drainOutbox();
  await assertOutboxEmpty(store, unitId);
  const compliance = pending.complianceCsid;
  const production = await step('production-csid', () =>
    client
      .withCredentials(credentialsOf(compliance))
      .requestProductionCsid({ complianceRequestId: compliance.requestId }),
  );
  return switchTo(context, record, key, production, pending, { complianceChecks, complianceRequired: true });
}

/** Saves the new production CSID (and the new key, the renewal's compliance CSID) in one write. */
async function switchTo(
  context: RenewalContext,
  record: EgsUnitRecord & { readonly productionCsid: StoredCsid },
  key: PrivateKey,
  production: CsidResult,
  renewal: PendingRenewal | undefined,
  run: { readonly complianceChecks: readonly ComplianceDocumentKind[]; readonly complianceRequired: boolean },
): Promise<{ record: EgsUnitRecord; privateKey: PrivateKey; result: RenewalResult }> {
  const productionCsid = toStoredCsid(production);
  const environment = record.environment ?? context.environment;
  assertProductionCsidFits(productionCsid, key, environment, record.id);
  const keyChanged = !sameKey(key, context.privateKey);

  const { renewal: _done, complianceCsid: previousCompliance, ...rest } = record;
  // The unit's compliance CSID is the renewal's, or the old one while it still fits the key.
  const complianceCsid = renewal?.complianceCsid ?? (keyChanged ? undefined : previousCompliance);
  const next: EgsUnitRecord = {
    ...rest,
    ...(complianceCsid !== undefined ? { complianceCsid } : {}),
    passedComplianceChecks: renewal?.passedComplianceChecks ?? record.passedComplianceChecks,
    productionCsid,
    ...(environment !== undefined ? { environment } : {}),
    ...(keyChanged && storesKey(context, record)
      ? { privateKeyPem: exportPrivateKey(key, { format: 'pkcs8' }) }
      : {}),
    updatedAt: context.now().toISOString(),
  };
  await context.store.saveUnit(next);
  return {
    record: next,
    privateKey: key,
    result: {
      previousExpiresAt: new Date(record.productionCsid.expiresAt),
      csidExpiresAt: new Date(productionCsid.expiresAt),
      complianceRequired: run.complianceRequired,
      complianceChecks: run.complianceChecks,
      keyChanged,
    },
  };
}

/** The key of a pending renewal's CSR: the one given, else the stored one, else the unit's. */
function renewalKey(
  pending: PendingRenewal,
  given: PrivateKey | undefined,
  unitKey: PrivateKey,
  unitId: string,
): PrivateKey {
  const stored = pending.privateKeyPem === undefined ? undefined : importPrivateKey(pending.privateKeyPem);
  const key = given ?? stored ?? unitKey;
  if (carriesKey(pending.complianceCsid, key)) return key;
  throw new EgsError(
    given === undefined && stored === undefined ? 'private-key-missing' : 'key-mismatch',
    given === undefined && stored === undefined
      ? `Unit ${unitId} has a renewal under way whose CSR was made with another key than the unit's: resume it with that key (privateKey).`
      : `The key given to resume unit ${unitId}'s renewal is not the key of its new CSR.`,
    { details: { unitId } },
  );
}

/** Whether the unit keeps its key in its record: asked to, or already doing so. */
function storesKey(context: RenewalContext, record: EgsUnitRecord): boolean {
  return context.storePrivateKey || record.privateKeyPem !== undefined;
}

/** Refuses a compliance CSID that does not carry the new CSR's key. */
function assertCsidCarriesKey(csid: StoredCsid, key: PrivateKey, unitId: string): void {
  if (carriesKey(csid, key)) return;
  throw new EgsError(
    'csid-key-mismatch',
    `The compliance CSID the platform gave unit ${unitId}'s renewal does not carry the public key of the new CSR: nothing signed with it would be valid, so it was not kept.`,
    { details: { unitId } },
  );
}

/** Refuses to go on while documents signed with the current certificate are pending. */
async function assertOutboxEmpty(store: EgsStore, unitId: string): Promise<void> {
  const pending = await store.listDocuments(unitId, { state: 'pending' });
  if (pending.length === 0) return;
  throw new EgsError(
    'outbox-not-empty',
    `Unit ${unitId} has ${pending.length} pending document(s) signed with the current certificate (first ICV ${pending[0]?.counter}); drain the outbox before renewing.`,
    { details: { unitId, pending: pending.map((document) => document.counter) } },
  );
}

function describeRenewalStep(step: string, kind: ComplianceDocumentKind | undefined): string {
  if (step === 'compliance-check') return `compliance check of the ${kind}`;
  return step === 'production-csid' ? 'production CSID request' : 'renewal request';
}

function carriesKey(csid: StoredCsid, key: PrivateKey): boolean {
  return sameKey(parseCertificate(csid.certificate), key);
}

function sameKey(a: { readonly publicKey: Uint8Array }, b: { readonly publicKey: Uint8Array }): boolean {
  return (
    a.publicKey.length === b.publicKey.length &&
    a.publicKey.every((byte, index) => byte === b.publicKey[index])
  );
}

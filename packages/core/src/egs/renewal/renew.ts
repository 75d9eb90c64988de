/**
 * Renewing an onboarded unit's production CSID before it expires (fatoora-api.md "Endpoints" #4):
 * a new CSR from the unit's stored configuration and the same key, sent with a portal OTP and
 * the current production CSID (`PATCH /production/csids`); the new CSID replaces the old one in
 * the record. The outbox must be empty first: a pending document is signed with the old
 * certificate, and the platform checks a document's signature against the certificate of the CSID
 * it is sent with, so it could only be sent with the old CSID — which the record no longer holds.
 */
import type { FatooraClient } from '../../api/client.ts';
import type { PrivateKey } from '../../crypto/private-key.ts';
import { createCsr } from '../../csr/create-csr.ts';
import { EgsError } from '../../errors/egs-error.ts';
import { FatooraError } from '../../errors/fatoora-error.ts';
import { InputError } from '../../errors/input-error.ts';
import type { FatooraEnvironment } from '../../model/environments.ts';
import { readCsrConfig } from '../onboarding/unit-csr-config.ts';
import type { EgsStore, EgsUnitRecord } from '../store/store.ts';
import { credentialsOf, toStoredCsid } from '../store/stored-csid.ts';

/** Parameters of `Egs.renew`. */
export interface RenewParameters {
  /** A fresh OTP from the Fatoora portal. */
  readonly otp: string;
  /** The environment of the new CSR; default: the client's environment. */
  readonly environment?: FatooraEnvironment;
}

/** The result of a renewal. */
export interface RenewalResult {
  /** The replaced production CSID's expiry. */
  readonly previousExpiresAt: Date;
  /** The new production CSID's expiry. */
  readonly csidExpiresAt: Date;
}

/** What renewal works with. */
export interface RenewalContext {
  readonly store: EgsStore;
  /** A client without credentials: renewal adds the current production CSID. */
  readonly client: FatooraClient;
  /** The unit's record; it must hold a production CSID. */
  readonly record: EgsUnitRecord & { readonly productionCsid: NonNullable<EgsUnitRecord['productionCsid']> };
  readonly privateKey: PrivateKey;
  readonly now: () => Date;
}

/**
 * Renews the production CSID and saves it.
 *
 * @throws {InputError} field `environment` when neither the parameters nor the client name one,
 * `otp` for a malformed OTP, `csrConfig.<field>` when the stored configuration is broken.
 * @throws {EgsError} `outbox-not-empty` while documents are pending; `renewal-failed` with the API
 * error (`RejectedError` for a refused OTP or CSR, `AuthenticationError`, `ServerError`, …) as `cause`.
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
): Promise<{ record: EgsUnitRecord; result: RenewalResult }> {
  const { store, client, record } = context;
  const environment = parameters.environment ?? client.environment;
  if (environment === undefined) {
    throw new InputError(
      'environment',
      'environment-required',
      'Name the environment of the new CSR: the client was created with a base URL only.',
    );
  }
  const pending = await store.listDocuments(record.id, { state: 'pending' });
  if (pending.length > 0) {
    throw new EgsError(
      'outbox-not-empty',
      `Unit ${record.id} has ${pending.length} pending document(s) signed with the current certificate (first ICV ${pending[0]?.counter}); drain the outbox before renewing.`,
      { details: { unitId: record.id, pending: pending.map((document) => document.counter) } },
    );
  }
  const csr = createCsr(readCsrConfig(record.csrConfig), context.privateKey, { environment });
  let renewed: Awaited<ReturnType<FatooraClient['renewProductionCsid']>>;
  try {
    renewed = await client
      .withCredentials(credentialsOf(record.productionCsid))
      .renewProductionCsid({ csr, otp: parameters.otp });
  } catch (error) {
    if (!(error instanceof FatooraError) || error instanceof InputError) throw error;
    throw new EgsError('renewal-failed', `The production CSID renewal failed: ${error.message}`, {
      cause: error,
      details: { unitId: record.id },
    });
  }
  const next: EgsUnitRecord = {
    ...record,
    productionCsid: toStoredCsid(renewed),
    updatedAt: context.now().toISOString(),
  };
  await store.saveUnit(next);
  return {
    record: next,
    result: {
      previousExpiresAt: new Date(record.productionCsid.expiresAt),
      csidExpiresAt: new Date(next.productionCsid!.expiresAt),
    },
  };
}

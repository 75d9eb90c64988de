/**
 * EGS units for the environment tests: one `Egs` of `@fatoora/core/egs`, driven only through its
 * public API, set up against any of the simulator's three environments (each served under its
 * ZATCA gateway path). The unit's seller is not the SDK samples' (VAT 399999999900003) but one of
 * its own, so that a test can tell the CSR's seller from the developer portal's canned one. Also
 * here: the OTP each environment takes, the checks a signed document must pass for the certificate
 * it should embed, and a copy of a unit's store as a backup restores it.
 */
import type { FatooraClientOptions } from '@fatoora/core/api';
import { parseCertificate } from '@fatoora/core/crypto';
import type { CsrConfig } from '@fatoora/core/csr';
import { Egs, type EgsOpenOptions, type EgsStore, MemoryEgsStore } from '@fatoora/core/egs';
import {
  type ComplianceDocumentKind,
  DEVELOPER_PORTAL_CSID,
  ENVIRONMENTS,
  type FatooraEnvironment,
  type InvoiceDraft,
} from '@fatoora/core/model';
import { parseInvoice } from '@fatoora/core/pipeline';
import { verifyInvoice } from '@fatoora/core/signing';
import { DEVELOPER_PORTAL_OTPS, type RunningSimulator } from '@fatoora/simulator';
import { SAMPLE_CSR_CONFIG } from '@fatoora/test-support/parties';
import { draftOf } from '@fatoora/test-support-core/egs-drafts';
import { expect } from 'vitest';

/** The three environments, in the order of core's table. */
export const ENVIRONMENT_NAMES = Object.keys(ENVIRONMENTS) as FatooraEnvironment[];

/** The unit's own seller VAT number: not the developer portal's canned one. */
export const UNIT_VAT = '310122393500003';

/** The unit's CSR configuration: the SDK's example EGS, both subtypes, in the name of {@link UNIT_VAT}. */
export const UNIT_CSR_CONFIG: CsrConfig = {
  ...SAMPLE_CSR_CONFIG,
  vatNumber: UNIT_VAT,
  commonName: `TST-886431145-${UNIT_VAT}`,
};

/** The same unit enabling only some document kinds (`1000`, `0100`, `1010`, …). */
export function csrConfigFor(invoiceType: string): CsrConfig {
  return { ...UNIT_CSR_CONFIG, invoiceType };
}

/** A draft of `kind` sold by the unit's own seller (or the seller of `vatNumber`). */
export function unitDraft(kind: ComplianceDocumentKind, id: string, vatNumber = UNIT_VAT): InvoiceDraft {
  const draft = draftOf(kind, id);
  return { ...draft, seller: { ...draft.seller, vatNumber } };
}

/**
 * An OTP the environment takes: the developer portal's fixed `123345`, or one minted as the Fatoora
 * portal would for simulation and production (single use, so every call gets a fresh one).
 */
export async function portalOtp(
  simulator: RunningSimulator,
  environment: FatooraEnvironment,
): Promise<string> {
  return environment === 'developer-portal' ? DEVELOPER_PORTAL_OTPS.valid : simulator.mintOtp();
}

/** Client options for an environment of the simulator, retries off so the outbox does them. */
export function clientFor(
  simulator: RunningSimulator,
  environment: FatooraEnvironment,
): FatooraClientOptions {
  return { baseUrl: simulator.urlFor(environment), environment, retry: false };
}

/** A unit on a fresh memory store, opened (not onboarded) for `environment`. */
export async function openUnit(
  simulator: RunningSimulator,
  environment: FatooraEnvironment,
  options: Partial<EgsOpenOptions> = {},
): Promise<{ egs: Egs; store: EgsStore }> {
  const store = options.store ?? new MemoryEgsStore();
  const egs = await Egs.open({
    store,
    unitId: 'till-1',
    client: clientFor(simulator, environment),
    ...options,
  });
  return { egs, store };
}

/** A unit opened and onboarded on `environment` with `csrConfig` (default {@link UNIT_CSR_CONFIG}). */
export async function onboardedUnit(
  simulator: RunningSimulator,
  environment: FatooraEnvironment,
  csrConfig: CsrConfig = UNIT_CSR_CONFIG,
): Promise<{ egs: Egs; store: EgsStore }> {
  const unit = await openUnit(simulator, environment);
  await unit.egs.onboard({ otp: await portalOtp(simulator, environment), csrConfig, environment });
  return unit;
}

/** Who should have signed a unit's production documents: the certificate and the seller VAT. */
export interface ExpectedSigner {
  /** The certificate (base64 DER) the signature must embed. */
  readonly certificate: string;
  /** The seller VAT number (BT-31) the document must carry. */
  readonly sellerVatNumber: string;
  /** The trust anchor the certificate must chain to, when it is not the canned one. */
  readonly trustAnchor?: string;
}

/**
 * The signer a unit's production documents must show: on the developer portal the canned
 * certificate and VAT 399999999900003; elsewhere the unit's production certificate, which must be
 * made from the unit's CSR (the unit's public key, its VAT number, issued by the simulator's CA).
 */
export async function expectedSigner(
  simulator: RunningSimulator,
  unit: { egs: Egs; store: EgsStore },
  environment: FatooraEnvironment,
  csrConfig: CsrConfig = UNIT_CSR_CONFIG,
): Promise<ExpectedSigner> {
  if (environment === 'developer-portal') {
    return {
      certificate: DEVELOPER_PORTAL_CSID.certificate,
      sellerVatNumber: DEVELOPER_PORTAL_CSID.vatNumber,
    };
  }
  const record = await unit.store.loadUnit(unit.egs.unitId);
  const certificate = record!.productionCsid!.certificate;
  const parsed = parseCertificate(certificate);
  expect(parsed.publicKey).toEqual(unit.egs.privateKey!.publicKey);
  expect(parsed.egs.vatNumber).toBe(csrConfig.vatNumber);
  expect(parsed.subject).toContain(csrConfig.commonName);
  expect(certificate).not.toBe(DEVELOPER_PORTAL_CSID.certificate);
  return { certificate, sellerVatNumber: csrConfig.vatNumber, trustAnchor: simulator.caCertificatePem };
}

/** Checks that a signed (or cleared) document is valid and signed as `signer` says. */
export function expectSignedBy(xml: string, signer: ExpectedSigner): void {
  const verification = verifyInvoice(xml, signer.trustAnchor ? { trustAnchors: [signer.trustAnchor] } : {});
  expect(verification.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  expect(verification.valid).toBe(true);
  expect(verification.certificate?.base64).toBe(signer.certificate);
  if (signer.trustAnchor) expect(verification.trust).toBe('anchored');
  expect(parseInvoice(xml).seller.vatNumber).toBe(signer.sellerVatNumber);
}

/**
 * A copy of the unit's store as a backup holds it: the record and every document with its
 * submission as it stood at the time of the copy. A unit opened on the copy is the same till
 * restored after its store was lost — it will send again what the copy shows as pending.
 */
export async function backupOf(store: EgsStore, unitId: string): Promise<MemoryEgsStore> {
  const copy = new MemoryEgsStore();
  const unit = await store.loadUnit(unitId);
  if (unit !== undefined) await copy.saveUnit(unit);
  for (const document of await store.listDocuments(unitId)) {
    await copy.appendDocument(unitId, () => document);
  }
  return copy;
}

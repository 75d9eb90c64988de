/**
 * One compliance check (`POST /compliance/invoices`, fatoora-api.md §4 #2, §6): the built-in
 * sample of a document kind (`compliance-samples.ts`), in the name of the CSR, signed with the key
 * of that CSR and its compliance CSID, and sent with that CSID's credentials. Onboarding runs one
 * per kind the CSR enables, and so does a renewal the platform answered with a compliance CSID.
 */
import type { FatooraClient } from '../../api/client.ts';
import type { PrivateKey } from '../../crypto/private-key.ts';
import type { CsrConfig } from '../../csr/csr-config.ts';
import { type ComplianceDocumentKind, DOCUMENT_KINDS } from '../../model/document-kinds.ts';
import { buildInvoice } from '../../pipeline/build-invoice.ts';
import { signInvoice } from '../../signing/sign-invoice.ts';
import type { StoredCsid } from '../store/store.ts';
import { credentialsOf } from '../store/stored-csid.ts';
import { complianceSample } from './compliance-samples.ts';

/** What a compliance check needs. */
export interface ComplianceCheckInput {
  /** Any client of the unit's environment: the check adds the compliance CSID's credentials. */
  readonly client: FatooraClient;
  /** The CSR configuration the compliance CSID was issued for (the sample's seller). */
  readonly config: CsrConfig;
  /** The key of that CSR: the compliance CSID's certificate carries its public key. */
  readonly key: PrivateKey;
  /** The compliance CSID: its certificate goes into the signature, its credentials authenticate. */
  readonly complianceCsid: StoredCsid;
  /** The clock (the sample's issue moment and signing time). */
  readonly now: () => Date;
  /** A fresh UUID (KSA-1) for the sample. */
  readonly uuid: () => string;
}

/**
 * Builds, signs and submits the compliance sample of one kind.
 *
 * @throws {SignatureError} `key-certificate-mismatch` when the key is not the compliance CSID's.
 * @throws {ApiError} (or a subclass), {@link TimeoutError}, {@link NetworkError} as
 * `checkInvoiceCompliance` does: the check did not pass.
 * @example
 * ```ts
 * await runComplianceCheck('simplified-invoice', { client, config, key, complianceCsid, now, uuid });
 * ```
 */
export async function runComplianceCheck(
  kind: ComplianceDocumentKind,
  input: ComplianceCheckInput,
): Promise<void> {
  const now = input.now();
  // The samples carry ICVs 1…6 among themselves, outside the production chain (onboard.ts).
  const counter = Object.keys(DOCUMENT_KINDS).indexOf(kind) + 1;
  const model = complianceSample(kind, input.config, { now, counter, uuid: input.uuid() });
  const signed = signInvoice(buildInvoice(model).xml, {
    privateKey: input.key,
    certificate: input.complianceCsid.certificate,
    signingTime: now,
  });
  await input.client.withCredentials(credentialsOf(input.complianceCsid)).checkInvoiceCompliance({
    invoice: signed.xml,
    invoiceHash: signed.invoiceHash,
    uuid: model.uuid,
  });
}

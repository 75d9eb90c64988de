/**
 * Who signs an onboarded unit's documents, and as which seller. A production CSID is normally made
 * from the unit's CSR: the unit's own key signs, and the seller VAT is the CSR's. ZATCA's developer
 * portal is the exception (fatoora-api.md §2, §10): `POST /production/csids` there returns one
 * canned certificate, the SDK's test certificate for VAT 399999999900003, whatever CSR was sent.
 * A unit holding it keeps a key per certificate — its own for the compliance CSID (the compliance
 * checks), the SDK's test key for the canned production CSID (reporting, clearance) — and issues
 * with the certificate's seller VAT. The canned certificate is recognised by its public key, and
 * only on a unit of the developer portal; anywhere else a production CSID that does not carry the
 * unit's public key is refused, since no document signed for it could be both ours and valid.
 */
import { parseCertificate } from '../../crypto/certificate.ts';
import { importPrivateKey } from '../../crypto/keys.ts';
import type { PrivateKey } from '../../crypto/private-key.ts';
import { EgsError } from '../../errors/egs-error.ts';
import { DEVELOPER_PORTAL_CSID } from '../../model/developer-portal-csid.ts';
import type { FatooraEnvironment } from '../../model/environments.ts';
import type { InvoiceDraft } from '../../model/invoice-draft.ts';
import type { EgsUnitRecord, StoredCsid } from '../store/store.ts';

/** Whose key signs with an onboarded unit's production CSID, and the seller VAT it certifies. */
export interface ProductionIdentity {
  /**
   * `unit`: the production CSID was made from the unit's CSR, so the unit's key signs.
   * `developer-portal-test-key`: it is the developer portal's canned certificate, so the SDK's test
   * key signs (and the unit's own key signs only the compliance checks).
   */
  readonly signingKey: 'unit' | 'developer-portal-test-key';
  /** The seller VAT number every reported or cleared document carries: the certificate's. */
  readonly sellerVatNumber: string;
}

let developerPortalKey: PrivateKey | undefined;

/** The SDK's test key, the pair of the developer portal's canned certificate (read once). */
export function developerPortalTestKey(): PrivateKey {
  developerPortalKey ??= importPrivateKey(DEVELOPER_PORTAL_CSID.privateKey);
  return developerPortalKey;
}

/**
 * Whether `certificate` (base64 DER) is the developer portal's canned production CSID, for a unit
 * of `environment`: on any other environment it never is.
 *
 * @throws {CertificateError} when the certificate is unreadable.
 * @example
 * ```ts
 * isDeveloperPortalCsid(DEVELOPER_PORTAL_CSID.certificate, 'developer-portal'); // true
 * isDeveloperPortalCsid(DEVELOPER_PORTAL_CSID.certificate, 'simulation'); // false
 * ```
 */
export function isDeveloperPortalCsid(
  certificate: string,
  environment: FatooraEnvironment | undefined,
): boolean {
  return (
    environment === 'developer-portal' &&
    sameBytes(parseCertificate(certificate).publicKey, developerPortalTestKey().publicKey)
  );
}

/**
 * The identity of an onboarded unit's production CSID.
 *
 * @throws {CertificateError} when the stored certificate is unreadable.
 * @example
 * ```ts
 * productionIdentity(unit.productionCsid, unit, 'developer-portal');
 * // { signingKey: 'developer-portal-test-key', sellerVatNumber: '399999999900003' }
 * ```
 */
export function productionIdentity(
  productionCsid: StoredCsid,
  record: Pick<EgsUnitRecord, 'csrConfig'>,
  environment: FatooraEnvironment | undefined,
): ProductionIdentity {
  if (isDeveloperPortalCsid(productionCsid.certificate, environment)) {
    return { signingKey: 'developer-portal-test-key', sellerVatNumber: DEVELOPER_PORTAL_CSID.vatNumber };
  }
  const vatNumber = record.csrConfig.vatNumber;
  return { signingKey: 'unit', sellerVatNumber: typeof vatNumber === 'string' ? vatNumber : '' };
}

/**
 * The key that signs with a production CSID of this identity.
 *
 * @example
 * ```ts
 * const key = productionSigningKey(identity, unitKey);
 * ```
 */
export function productionSigningKey(identity: ProductionIdentity, unitKey: PrivateKey): PrivateKey {
  return identity.signingKey === 'developer-portal-test-key' ? developerPortalTestKey() : unitKey;
}

/**
 * The draft as the unit issues it under `identity`: on the developer portal's canned certificate,
 * a seller VAT number that is the CSR's becomes the certificate's (399999999900003), since the
 * platform accepts no other there (fatoora-api.md §10); any other draft is returned as it is.
 *
 * @example
 * ```ts
 * withSellerVatNumber(draft, identity, unit.csrConfig).seller.vatNumber; // '399999999900003'
 * ```
 */
export function withSellerVatNumber(
  draft: InvoiceDraft,
  identity: ProductionIdentity,
  csrConfig: Readonly<Record<string, unknown>>,
): InvoiceDraft {
  const csrVatNumber = csrConfig.vatNumber;
  if (identity.signingKey !== 'developer-portal-test-key') return draft;
  if (draft.seller?.vatNumber !== csrVatNumber) return draft;
  return { ...draft, seller: { ...draft.seller, vatNumber: identity.sellerVatNumber } };
}

/**
 * Checks that a production CSID the platform issued for `key`'s CSR can be signed with: it carries
 * `key`'s public key, or it is the developer portal's canned certificate on a developer-portal unit.
 *
 * @throws {EgsError} `csid-key-mismatch` when it is neither.
 * @throws {CertificateError} when the certificate is unreadable.
 * @example
 * ```ts
 * assertProductionCsidFits(toStoredCsid(csid), unitKey, 'simulation', 'till-1');
 * ```
 */
export function assertProductionCsidFits(
  csid: StoredCsid,
  key: PrivateKey,
  environment: FatooraEnvironment | undefined,
  unitId: string,
): void {
  const certificate = parseCertificate(csid.certificate);
  if (sameBytes(certificate.publicKey, key.publicKey)) return;
  if (isDeveloperPortalCsid(csid.certificate, environment)) return;
  throw new EgsError(
    'csid-key-mismatch',
    `The production CSID the platform issued for unit ${unitId} (subject ${certificate.subject}) does not carry the public key of the unit's CSR${environment === 'developer-portal' ? '' : `, and on the ${environment ?? 'unnamed'} environment no other certificate can be signed for`}: nothing signed with it would be valid, so it was not kept.`,
    { details: { unitId, ...(environment ? { environment } : {}), subject: certificate.subject } },
  );
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

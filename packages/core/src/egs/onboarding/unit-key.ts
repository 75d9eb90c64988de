/**
 * The unit's private key against its record: which key a unit works with (the caller's, else the
 * one stored in the record), and whether it fits the certificates the record holds — a CSID is
 * bound to the key its CSR was signed with, so signing with any other key could only produce
 * documents the platform refuses. The developer portal's canned production CSID is the one
 * certificate a unit holds that its own key does not sign for.
 */
import { parseCertificate } from '../../crypto/certificate.ts';
import { importPrivateKey, publicKeySpki } from '../../crypto/keys.ts';
import type { PrivateKey } from '../../crypto/private-key.ts';
import { EgsError } from '../../errors/egs-error.ts';
import type { FatooraEnvironment } from '../../model/environments.ts';
import type { EgsUnitRecord } from '../store/store.ts';
import { isDeveloperPortalCsid } from './production-identity.ts';

/**
 * The key to work with: `given` (PEM or a key), else the record's stored key, else `undefined`.
 *
 * @throws {KeyError} when the given or stored text is not a private key.
 * @throws {EgsError} `key-mismatch` when both are there and differ.
 * @example
 * ```ts
 * const key = resolveUnitKey(options.privateKey, await store.loadUnit('till-1'));
 * ```
 */
export function resolveUnitKey(
  given: PrivateKey | string | undefined,
  record: EgsUnitRecord | undefined,
): PrivateKey | undefined {
  const key = typeof given === 'string' ? importPrivateKey(given) : given;
  const stored = record?.privateKeyPem === undefined ? undefined : importPrivateKey(record.privateKeyPem);
  if (key !== undefined && stored !== undefined && !sameBytes(key.publicKey, stored.publicKey)) {
    throw new EgsError(
      'key-mismatch',
      `The private key given for unit ${record?.id} is not the one stored in its record.`,
      { details: { unitId: record?.id } },
    );
  }
  return key ?? stored;
}

/**
 * Checks that `key` is the key of the certificates in `record` that the unit's own key signs for:
 * the production CSID, or — when there is none yet, or it is the developer portal's canned
 * certificate, which the SDK's test key signs for (`production-identity.ts`) — the compliance CSID.
 *
 * @throws {EgsError} `key-mismatch` when it is not.
 * @example
 * ```ts
 * assertKeyFitsUnit(key, record, record.environment);
 * ```
 */
export function assertKeyFitsUnit(
  key: PrivateKey,
  record: EgsUnitRecord,
  environment: FatooraEnvironment | undefined,
): void {
  const production = record.productionCsid;
  const ownProduction =
    production !== undefined && !isDeveloperPortalCsid(production.certificate, environment)
      ? production
      : undefined;
  const csid = ownProduction ?? record.complianceCsid;
  if (csid === undefined) return;
  if (!sameBytes(parseCertificate(csid.certificate).spki, publicKeySpki(key))) {
    throw new EgsError(
      'key-mismatch',
      `The private key does not fit unit ${record.id}'s ${ownProduction ? 'production' : 'compliance'} CSID certificate: open the unit with the key its CSR was made with.`,
      { details: { unitId: record.id } },
    );
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

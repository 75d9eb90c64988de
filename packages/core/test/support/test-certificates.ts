/**
 * The home-made certificate authorities of `@fatoora/test-support` (keys on secp256k1, P-256 or
 * P-384, certificates with any subject, serial, validity and extensions), with each secp256k1 test
 * key also as core's {@link PrivateKey}, which signs invoices.
 */

import {
  sec1PrivateKey,
  type TestCertificate,
  type TestCurve,
  type TestCertificateOptions as TestSupportCertificateOptions,
  type TestKey as TestSupportKey,
  testCertificate as testSupportCertificate,
  testKey as testSupportKey,
} from '@fatoora/test-support/test-certificates';
import type { Name } from '@peculiar/asn1-x509';
import { importPrivateKey } from '../../src/crypto/keys.ts';
import type { PrivateKey } from '../../src/crypto/private-key.ts';

export {
  copiedParts,
  type TestCertificate,
  type TestCurve,
  testName,
} from '@fatoora/test-support/test-certificates';

/** A test key: its curve, secret, SubjectPublicKeyInfo and, on secp256k1, the project's key. */
export interface TestKey extends TestSupportKey {
  /** The {@link PrivateKey} to sign invoices with (secp256k1 only). */
  readonly privateKey: PrivateKey | undefined;
}

/**
 * A fresh key; `curveOid` overrides the curve named in its SubjectPublicKeyInfo (to make a key the
 * readers must refuse).
 *
 * @example
 * ```ts
 * const signer = testKey();
 * signInvoice(xml, { privateKey: signer.privateKey!, certificate });
 * ```
 */
export function testKey(curve: TestCurve = 'secp256k1', curveOid?: string): TestKey {
  const key = testSupportKey(curve, curveOid);
  return { ...key, privateKey: curve === 'secp256k1' ? importPrivateKey(sec1PrivateKey(key)) : undefined };
}

/** What to certify, with core's test keys. */
export interface TestCertificateOptions extends Omit<TestSupportCertificateOptions, 'key' | 'issuer'> {
  readonly key: TestKey;
  /** The issuer: its name and key; self-signed (subject and `key`) when absent. */
  readonly issuer?: { readonly name: Name; readonly key: TestKey };
}

/**
 * Builds and signs a certificate.
 *
 * @example
 * ```ts
 * const ca = testCertificate({ subject: testName([[OID.commonName, 'Test CA']]), key: testKey(), ca: true });
 * ```
 */
export const testCertificate: (options: TestCertificateOptions) => TestCertificate = testSupportCertificate;

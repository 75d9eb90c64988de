import { describe, expect, it } from 'vitest';
import { type TestCurve, testCertificate, testKey, testName } from '../../test/support/test-certificates.ts';
import { verifyCertificateSignature } from './certificate-signature.ts';
import { OID } from './oids.ts';
import { readX509Fields } from './x509-fields.ts';

const caName = testName([[OID.commonName, 'Test CA']]);
const leafName = testName([[OID.commonName, 'Test signer']]);
const CURVE_OIDS: Record<TestCurve, string> = {
  secp256k1: OID.secp256k1,
  'P-256': OID.p256,
  'P-384': OID.p384,
};

/** A leaf issued by a CA key on `curve` with `hash`, and the CA's key as the verifier sees it. */
function issued(curve: TestCurve, hash: 'SHA-256' | 'SHA-384') {
  const caKey = testKey(curve);
  const leaf = testCertificate({
    subject: leafName,
    key: testKey(),
    issuer: { name: caName, key: caKey },
    hash,
  });
  const issuer = {
    curve: CURVE_OIDS[curve],
    publicKey: new Uint8Array(caKey.spki.subjectPublicKey),
  };
  return { fields: readX509Fields(leaf.der)!, issuer };
}

describe('verifyCertificateSignature', () => {
  for (const curve of ['secp256k1', 'P-256', 'P-384'] as const) {
    for (const hash of ['SHA-256', 'SHA-384'] as const) {
      it(`accepts a certificate signed ECDSA-${hash} by an issuer key on ${curve}`, () => {
        const { fields, issuer } = issued(curve, hash);
        expect(fields.signatureAlgorithm).toBe(
          hash === 'SHA-256' ? OID.ecdsaWithSha256 : OID.ecdsaWithSha384,
        );
        expect(verifyCertificateSignature(fields, issuer)).toBe(true);
      });
    }
  }

  it('refuses another key, a changed signed part, a mismatched algorithm, an unknown curve', () => {
    const { fields, issuer } = issued('secp256k1', 'SHA-256');
    const other = testKey();
    expect(
      verifyCertificateSignature(fields, {
        curve: OID.secp256k1,
        publicKey: new Uint8Array(other.spki.subjectPublicKey),
      }),
    ).toBe(false);
    const tbs = fields.tbs.slice();
    tbs[tbs.length - 1]! ^= 1;
    expect(verifyCertificateSignature({ ...fields, tbs }, issuer)).toBe(false);
    expect(
      verifyCertificateSignature({ ...fields, tbsSignatureAlgorithm: OID.ecdsaWithSha384 }, issuer),
    ).toBe(false);
    expect(
      verifyCertificateSignature(
        {
          ...fields,
          signatureAlgorithm: '1.2.840.113549.1.1.11',
          tbsSignatureAlgorithm: '1.2.840.113549.1.1.11',
        },
        issuer,
      ),
    ).toBe(false);
    expect(verifyCertificateSignature(fields, { ...issuer, curve: '1.3.132.0.35' })).toBe(false);
    expect(verifyCertificateSignature(fields, { ...issuer, curve: OID.p256 })).toBe(false);
    expect(verifyCertificateSignature({ ...fields, signatureValue: new Uint8Array([1, 2]) }, issuer)).toBe(
      false,
    );
  });
});

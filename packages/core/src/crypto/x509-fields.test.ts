import { describe, expect, it } from 'vitest';
import { sdkCertificateText } from '../../test/samples.ts';
import { testCertificate, testKey, testName } from '../../test/support/test-certificates.ts';
import { parseCertificate } from './certificate.ts';
import { OID } from './oids.ts';
import { allowsKeyUsage, basicConstraintsOf, readX509Fields } from './x509-fields.ts';

const sdk = parseCertificate(sdkCertificateText);

describe('readX509Fields', () => {
  it('reads the SDK certificate as parseCertificate does, plus the signed part and the extensions', () => {
    const fields = readX509Fields(sdk.der)!;
    expect(fields).toMatchObject({
      serialNumber: sdk.serialNumber,
      issuer: 'CN=PRZEINVOICESCA4-CA, DC=extgazt, DC=gov, DC=local',
      subject: sdk.subject,
      notBefore: sdk.notBefore,
      notAfter: sdk.notAfter,
      keyAlgorithm: OID.ecPublicKey,
      keyCurve: OID.secp256k1,
      publicKey: sdk.publicKey,
      spki: sdk.spki,
      signatureAlgorithm: OID.ecdsaWithSha256,
      tbsSignatureAlgorithm: OID.ecdsaWithSha256,
      signatureValue: sdk.signatureValue,
    });
    // The TBSCertificate is the DER's first element, as encoded.
    expect(fields.tbs[0]).toBe(0x30);
    expect(sdk.der.length).toBeGreaterThan(fields.tbs.length);
    expect(fields.extensions.map((extension) => extension.oid)).toContain(OID.subjectAltName);
    expect(fields.extensions.find((extension) => extension.oid === OID.keyUsage)?.critical).toBe(true);
  });

  it('says the SDK certificate is no CA and may sign documents but not certificates', () => {
    const fields = readX509Fields(sdk.der)!;
    expect(basicConstraintsOf(fields)).toEqual({ present: false, ca: false });
    expect(allowsKeyUsage(fields, 'digitalSignature')).toBe(true);
    expect(allowsKeyUsage(fields, 'keyCertSign')).toBe(false);
  });

  it('reads a CA certificate on P-384 with its basicConstraints and keyUsage', () => {
    const key = testKey('P-384');
    const ca = testCertificate({ subject: testName([[OID.commonName, 'Test CA']]), key, ca: true });
    const fields = readX509Fields(ca.der)!;
    expect(fields.keyCurve).toBe(OID.p384);
    expect(fields.subject).toBe('CN=Test CA');
    expect(basicConstraintsOf(fields)).toEqual({ present: true, ca: true });
    expect(allowsKeyUsage(fields, 'keyCertSign')).toBe(true);
    expect(allowsKeyUsage(fields, 'cRLSign')).toBe(true);
    expect(allowsKeyUsage(fields, 'digitalSignature')).toBe(false);
  });

  it('says there is no key usage restriction without the extension', () => {
    const key = testKey();
    const leaf = testCertificate({ subject: testName([[OID.commonName, 'x']]), key, keyUsage: null });
    expect(allowsKeyUsage(readX509Fields(leaf.der)!, 'digitalSignature')).toBeUndefined();
  });

  it('returns undefined for bytes that are not a certificate', () => {
    expect(readX509Fields(new Uint8Array([0x30, 0x00]))).toBeUndefined();
    expect(readX509Fields(new Uint8Array([1, 2, 3]))).toBeUndefined();
    expect(readX509Fields(sdk.der.slice(0, -1))).toBeUndefined();
  });
});

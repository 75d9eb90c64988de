import { describe, expect, it } from 'vitest';
import { otherCertificateText, sdkCertificateText } from '../../test/samples.ts';
import { testCertificate, testKey, testName } from '../../test/support/test-certificates.ts';
import { CertificateError } from '../errors/certificate-error.ts';
import { parseCertificate } from './certificate.ts';
import { OID } from './oids.ts';
import { readTrustAnchors } from './trust-anchor.ts';

const name = (cn: string) => testName([[OID.commonName, cn]]);

function codeOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(CertificateError);
    return (error as CertificateError).code;
  }
  return undefined;
}

describe('readTrustAnchors', () => {
  it('reads CA certificates on secp256k1, P-256 and P-384, from PEM, base64 and DER', () => {
    const k1 = testCertificate({ subject: name('K1 CA'), key: testKey('secp256k1'), ca: true });
    const p256 = testCertificate({ subject: name('P256 CA'), key: testKey('P-256'), ca: true });
    const p384 = testCertificate({
      subject: name('P384 CA'),
      key: testKey('P-384'),
      ca: true,
      hash: 'SHA-384',
    });
    const anchors = readTrustAnchors([k1.pem, p256.base64, p384.der]);
    expect(anchors.map((anchor) => [anchor.subject, anchor.curveName])).toEqual([
      ['CN=K1 CA', 'secp256k1'],
      ['CN=P256 CA', 'P-256'],
      ['CN=P384 CA', 'P-384'],
    ]);
    expect(anchors[0]).toMatchObject({ base64: k1.base64, der: k1.der, issuer: 'CN=K1 CA' });
    expect(anchors[2]?.publicKey.length).toBe(97);
  });

  it('takes every certificate of a PEM bundle, and a parsed anchor as it is', () => {
    const a = testCertificate({ subject: name('A'), key: testKey(), ca: true });
    const b = testCertificate({ subject: name('B'), key: testKey('P-256'), ca: true });
    const anchors = readTrustAnchors([`# bundle\n${a.pem}\n${b.pem}`]);
    expect(anchors.map((anchor) => anchor.subject)).toEqual(['CN=A', 'CN=B']);
    expect(readTrustAnchors(anchors)[1]).toBe(anchors[1]);
  });

  it('reads a CA certificate given as a parsed Certificate', () => {
    const ca = testCertificate({ subject: name('Parsed CA'), key: testKey(), ca: true });
    expect(readTrustAnchors([parseCertificate(ca.pem)])[0]?.subject).toBe('CN=Parsed CA');
  });

  it('refuses a signing certificate as an anchor: not a CA', () => {
    expect(codeOf(() => readTrustAnchors([sdkCertificateText]))).toBe('certificate-not-ca');
    expect(codeOf(() => readTrustAnchors([parseCertificate(sdkCertificateText)]))).toBe('certificate-not-ca');
    // openssl's self-signed certificate has basicConstraints cA=TRUE: it reads.
    expect(readTrustAnchors([otherCertificateText])[0]?.subject).toContain('CN=other-signer');
  });

  it('refuses a CA whose keyUsage does not allow signing certificates', () => {
    const ca = testCertificate({ subject: name('No certSign'), key: testKey(), ca: true, keyUsage: 0x01 });
    expect(codeOf(() => readTrustAnchors([ca.pem]))).toBe('certificate-not-ca');
  });

  it('refuses a key on a curve it cannot check, and anything that is not a certificate', () => {
    const p521 = testCertificate({ subject: name('P521'), key: testKey('P-256', '1.3.132.0.35'), ca: true });
    expect(codeOf(() => readTrustAnchors([p521.pem]))).toBe('certificate-wrong-curve');
    expect(codeOf(() => readTrustAnchors(['not a certificate']))).toBe('certificate-unreadable');
    expect(
      codeOf(() => readTrustAnchors(['-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n'])),
    ).toBe('certificate-unreadable');
    expect(codeOf(() => readTrustAnchors([new Uint8Array([1, 2, 3])]))).toBe('certificate-unreadable');
    expect(codeOf(() => readTrustAnchors([42 as unknown as string]))).toBe('certificate-unreadable');
    expect(codeOf(() => readTrustAnchors('x' as unknown as string[]))).toBe('certificate-unreadable');
  });
});

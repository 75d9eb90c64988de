import { describe, expect, it } from 'vitest';
import { samples, sdkCertificateText } from '../../test/samples.ts';
import {
  copiedParts,
  type TestCertificate,
  type TestKey,
  testCertificate,
  testKey,
  testName,
} from '../../test/support/test-certificates.ts';
import { rewriteSigningTime } from '../../test/support/wild-documents.ts';
import { parseCertificate } from '../crypto/certificate.ts';
import { OID } from '../crypto/oids.ts';
import { readTrustAnchors } from '../crypto/trust-anchor.ts';
import { CertificateError } from '../errors/certificate-error.ts';
import { signingInstant } from './certificate-trust.ts';
import { FIRST_PREVIOUS_INVOICE_HASH } from './invoice-hash.ts';
import { signInvoice } from './sign-invoice.ts';
import { stripSignature } from './strip-signature.ts';
import { verifyInvoice } from './verify-invoice.ts';

const ZATCA_CA = 'CN=PRZEINVOICESCA4-CA, DC=extgazt, DC=gov, DC=local';
const SIGNING_TIME = '2024-05-01T10:15:00';
const sdk = parseCertificate(sdkCertificateText);
const copied = copiedParts(sdk.der);
const simplified = samples.find(
  (sample) => sample.path === 'Data/Samples/Simplified/Invoice/Simplified_Invoice.xml',
)!;

/** A CA made at home, named as the caller likes: ZATCA's issuing CA's name by default. */
function homeMadeCa(name = copied.issuer, key = testKey(), validity = {}) {
  return { key, name, certificate: testCertificate({ subject: name, key, ca: true, ...validity }) };
}
type HomeMadeCa = ReturnType<typeof homeMadeCa>;

/** A signing certificate from `ca` whose subject, serial and SubjectAltName copy the SDK certificate's. */
function lookalike(
  ca: HomeMadeCa,
  options: Partial<Parameters<typeof testCertificate>[0]> = {},
): { key: TestKey; certificate: TestCertificate } {
  const key = options.key ?? testKey();
  const certificate = testCertificate({
    subject: copied.subject,
    serialNumber: copied.serialNumber,
    extensions: copied.extensions,
    key,
    issuer: { name: ca.name, key: ca.key },
    ...options,
  });
  return { key, certificate };
}

/** The SDK's simplified sample with a new amount, stripped and signed with `signer`. */
function resigned(
  signer: { key: TestKey; certificate: TestCertificate },
  signingTime = SIGNING_TIME,
  amount = '1.15',
): string {
  const changed = simplified.xml.replace(
    '<cbc:PayableAmount currencyID="SAR">231.15<',
    `<cbc:PayableAmount currencyID="SAR">${amount}<`,
  );
  expect(changed).not.toBe(simplified.xml);
  return signInvoice(stripSignature(changed), {
    privateKey: signer.key.privateKey!,
    certificate: signer.certificate.pem,
    signingTime,
  }).xml;
}

const codes = (xml: string, options: Parameters<typeof verifyInvoice>[1]) =>
  verifyInvoice(xml, options).findings.map((finding) => finding.code);

describe('the forged-certificate attack', () => {
  const forger = homeMadeCa();
  const forged = resigned(lookalike(forger));

  it('passes every internal check without anchors — which is why trust is "unverified"', () => {
    const result = verifyInvoice(forged, { previousInvoiceHash: FIRST_PREVIOUS_INVOICE_HASH });
    expect(result.findings).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.trust).toBe('unverified');
    expect(result.anchor).toBeUndefined();
    // The embedded certificate names ZATCA's CA and copies the taxpayer's identity.
    expect(result.certificate).toMatchObject({
      issuer: ZATCA_CA,
      subject: sdk.subject,
      serialNumber: sdk.serialNumber,
      egs: sdk.egs,
    });
    expect(result.qr?.invoiceTotal).toBe('1.15');
  });

  it('is caught by the genuine anchor: the name matches, the CA signature does not verify', () => {
    // ZATCA's issuing CA certificate is not among the fixtures: a CA of that name with its own key
    // stands in for it — what matters is that the forger does not hold its key.
    const genuine = homeMadeCa();
    const result = verifyInvoice(forged, { trustAnchors: [genuine.certificate.pem] });
    expect(result.findings.map((finding) => finding.code)).toEqual(['certificate-untrusted']);
    expect(result.findings[0]?.message).toContain('does not verify');
    expect(result).toMatchObject({ valid: false, trust: 'unverified' });
  });

  it('is caught by another CA: no anchor has the issuer’s name', () => {
    const simulatorLike = homeMadeCa(
      testName([
        [OID.domainComponent, 'local'],
        [OID.commonName, 'FATOORA-SIMULATOR-CA'],
      ]),
    );
    const result = verifyInvoice(forged, { trustAnchors: [simulatorLike.certificate.pem] });
    expect(result.findings).toEqual([
      expect.objectContaining({ code: 'certificate-untrusted', actual: ZATCA_CA }),
    ]);
    expect(result.findings[0]?.message).toContain('none of the trust anchors');
    expect(result.trust).toBe('unverified');
  });

  it('is caught by the pinned certificate', () => {
    const result = verifyInvoice(forged, { certificate: sdkCertificateText });
    expect(result.findings.map((finding) => finding.code)).toEqual(['certificate-unexpected']);
    expect(result.trust).toBe('unverified');
  });

  it('is anchored when the caller trusts the forging CA: an anchor is the caller’s choice', () => {
    const result = verifyInvoice(forged, { trustAnchors: [forger.certificate.der] });
    expect(result.findings).toEqual([]);
    expect(result.trust).toBe('anchored');
    expect(result.anchor?.subject).toBe(ZATCA_CA);
    expect(result.anchor?.base64).toBe(forger.certificate.base64);
    // Among other anchors, with the same name too, the one that signed is found.
    const crowd = [homeMadeCa().certificate.pem, homeMadeCa().certificate.pem, forger.certificate.pem];
    expect(verifyInvoice(forged, { trustAnchors: crowd })).toMatchObject({
      valid: true,
      trust: 'anchored',
      anchor: { base64: forger.certificate.base64 },
    });
  });
});

describe('verifyInvoice with trust anchors', () => {
  const ca = homeMadeCa(testName([[OID.commonName, 'Test Issuing CA']]));

  it('says "pinned" for the SDK sample signed with the pinned certificate, "unverified" without', () => {
    expect(verifyInvoice(simplified.xml, { certificate: sdkCertificateText }).trust).toBe('pinned');
    expect(verifyInvoice(simplified.xml).trust).toBe('unverified');
  });

  it('says "anchored" when anchors and the pin both pass, and "unverified" when the pin fails', () => {
    const signer = lookalike(ca);
    const xml = resigned(signer);
    expect(
      verifyInvoice(xml, { trustAnchors: [ca.certificate.pem], certificate: signer.certificate.pem }).trust,
    ).toBe('anchored');
    const pinnedElsewhere = verifyInvoice(xml, {
      trustAnchors: [ca.certificate.pem],
      certificate: sdkCertificateText,
    });
    expect(pinnedElsewhere.findings.map((finding) => finding.code)).toEqual(['certificate-unexpected']);
    expect(pinnedElsewhere.trust).toBe('unverified');
  });

  it('takes parsed anchors, and a bundle holding several', () => {
    const xml = resigned(lookalike(ca));
    const other = homeMadeCa(testName([[OID.commonName, 'Other CA']]));
    const [anchor] = readTrustAnchors([ca.certificate.pem]);
    expect(verifyInvoice(xml, { trustAnchors: [anchor!] }).trust).toBe('anchored');
    expect(
      verifyInvoice(xml, { trustAnchors: [`${other.certificate.pem}${ca.certificate.pem}`] }).anchor?.subject,
    ).toBe('CN=Test Issuing CA');
  });

  it('anchors to a CA on P-256 or P-384 that signs with SHA-384', () => {
    for (const curve of ['P-256', 'P-384'] as const) {
      const nist = homeMadeCa(testName([[OID.commonName, `${curve} CA`]]), testKey(curve));
      const xml = resigned(lookalike(nist, { hash: 'SHA-384' }));
      expect(verifyInvoice(xml, { trustAnchors: [nist.certificate.pem] })).toMatchObject({
        valid: true,
        trust: 'anchored',
      });
    }
  });

  it('reports a document signed after the certificate expired', () => {
    const signer = lookalike(ca, {
      notBefore: new Date('2020-01-01T00:00:00Z'),
      notAfter: new Date('2024-05-01T10:14:59Z'),
    });
    const result = verifyInvoice(resigned(signer), { trustAnchors: [ca.certificate.pem] });
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: 'certificate-expired',
        expected: '2024-05-01T10:14:59Z',
        actual: '2024-05-01T10:15:00Z',
      }),
    ]);
    expect(result.trust).toBe('unverified');
  });

  it('reads SigningTime as UTC: signed exactly at notAfter is still valid', () => {
    const signer = lookalike(ca, { notAfter: new Date('2024-05-01T10:15:00Z') });
    expect(codes(resigned(signer), { trustAnchors: [ca.certificate.pem] })).toEqual([]);
  });

  it('honours a Z or an offset on SigningTime: the instant written, not its digits read as UTC', () => {
    const signer = lookalike(ca, {
      notBefore: new Date('2024-05-01T08:00:00Z'),
      notAfter: new Date('2024-05-01T10:15:00Z'),
    });
    const at = (written: string) =>
      codes(rewriteSigningTime(resigned(signer), written), { trustAnchors: [ca.certificate.pem] });
    expect(at('2024-05-01T10:15:00Z')).toEqual([]);
    expect(at('2024-05-01T13:15:00+03:00')).toEqual([]);
    expect(at('2024-05-01T10:15:00.001Z')).toEqual(['certificate-expired']);
    expect(at('2024-05-01T10:15:00-00:01')).toEqual(['certificate-expired']);
    // 10:15 at UTC+3 is 07:15 UTC, before notBefore.
    expect(at('2024-05-01T10:15:00+03:00')).toEqual(['certificate-not-yet-valid']);
    const expired = verifyInvoice(rewriteSigningTime(resigned(signer), '2024-05-01T13:16:00+03:00'), {
      trustAnchors: [ca.certificate.pem],
    });
    expect(expired.findings).toEqual([
      expect.objectContaining({ code: 'certificate-expired', actual: '2024-05-01T10:16:00Z' }),
    ]);
  });

  it('reports a document signed before the certificate was valid', () => {
    const signer = lookalike(ca, { notBefore: new Date('2024-05-01T10:15:01Z') });
    expect(codes(resigned(signer), { trustAnchors: [ca.certificate.pem] })).toEqual([
      'certificate-not-yet-valid',
    ]);
  });

  it('checks validity against now when SigningTime is unreadable', () => {
    const future = lookalike(ca, { notBefore: new Date('2100-01-01T00:00:00Z') });
    const xml = resigned(future).replace(/<xades:SigningTime>[^<]+</, '<xades:SigningTime>the first of May<');
    expect(codes(xml, { trustAnchors: [ca.certificate.pem] })).toEqual([
      'signed-properties-digest-mismatch',
      'signing-time-invalid',
      'certificate-not-yet-valid',
    ]);
  });

  it('reports an anchor that was not valid at the signing time', () => {
    const old = homeMadeCa(testName([[OID.commonName, 'Old CA']]), testKey(), {
      notBefore: new Date('2010-01-01T00:00:00Z'),
      notAfter: new Date('2020-01-01T00:00:00Z'),
    });
    const result = verifyInvoice(resigned(lookalike(old)), { trustAnchors: [old.certificate.pem] });
    expect(result.findings.map((finding) => finding.code)).toEqual(['certificate-untrusted']);
    expect(result.findings[0]?.message).toContain('was not valid at the signing time');
  });

  it('reports a CA certificate used to sign a document as not end-entity', () => {
    const intermediateKey = testKey();
    const intermediate = {
      key: intermediateKey,
      certificate: testCertificate({
        subject: testName([[OID.commonName, 'Intermediate CA']]),
        key: intermediateKey,
        issuer: { name: ca.name, key: ca.key },
        ca: true,
      }),
    };
    const result = verifyInvoice(resigned(intermediate), { trustAnchors: [ca.certificate.pem] });
    expect(result.findings.map((finding) => finding.code)).toEqual(['certificate-not-end-entity']);
    expect(result.findings[0]?.message).toContain('cA=TRUE');
    // The CA that signs with its own certificate, trusted as an anchor, is no signer either.
    expect(codes(resigned(ca), { trustAnchors: [ca.certificate.pem] })).toEqual([
      'certificate-not-end-entity',
    ]);
  });

  it('reports a signing certificate whose keyUsage does not allow digitalSignature', () => {
    const signer = lookalike(ca, { keyUsage: 0x20 /* keyEncipherment */ });
    const result = verifyInvoice(resigned(signer), { trustAnchors: [ca.certificate.pem] });
    expect(result.findings.map((finding) => finding.code)).toEqual(['certificate-not-end-entity']);
    expect(result.findings[0]?.message).toContain('digitalSignature');
  });

  it('trusts nothing with an empty list of anchors', () => {
    expect(codes(resigned(lookalike(ca)), { trustAnchors: [] })).toEqual(['certificate-untrusted']);
  });

  it('throws a CertificateError at call time for an anchor that is not a CA, before reading the document', () => {
    let thrown: unknown;
    try {
      verifyInvoice('<not-xml', { trustAnchors: [sdkCertificateText] });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CertificateError);
    expect((thrown as CertificateError).code).toBe('certificate-not-ca');
    expect(() => verifyInvoice(simplified.xml, { trustAnchors: ['garbage'] })).toThrow(CertificateError);
  });

  it('reports trust "unverified" for a document without a signature or not an invoice', () => {
    const anchors = { trustAnchors: [ca.certificate.pem] };
    expect(verifyInvoice(stripSignature(simplified.xml), anchors).trust).toBe('unverified');
    expect(
      verifyInvoice(
        '<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"/>',
        anchors,
      ).trust,
    ).toBe('unverified');
  });
});

describe('signingInstant', () => {
  it('reads a time without a zone as UTC, and one with a zone as written', () => {
    expect(signingInstant('2024-05-01T10:15:00')?.toISOString()).toBe('2024-05-01T10:15:00.000Z');
    expect(signingInstant(' 2024-05-01T10:15:00Z ')?.toISOString()).toBe('2024-05-01T10:15:00.000Z');
    expect(signingInstant('2024-05-01T13:15:00+03:00')?.toISOString()).toBe('2024-05-01T10:15:00.000Z');
    expect(signingInstant('2024-05-01T10:15:00.5')?.toISOString()).toBe('2024-05-01T10:15:00.500Z');
  });

  it('gives undefined for anything else', () => {
    for (const text of [
      undefined,
      '',
      '2024-05-01',
      '2024-13-45T99:99:99',
      'yesterday',
      '2024-05-01 10:15:00',
      // What Date would roll over: 30 February, midnight as 24:00, a 14+ hour offset.
      '2025-02-30T10:15:00Z',
      '2024-05-01T24:00:00',
      '2024-05-01T10:15:00+14:01',
    ]) {
      expect(signingInstant(text), String(text)).toBeUndefined();
    }
  });
});

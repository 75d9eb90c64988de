/**
 * Verifies a signed ZATCA invoice the way the platform does, and reports every problem found
 * rather than stopping at the first: the invoice hash, the ECDSA signature over it with the
 * certificate's key, the SignedProperties digest, the certificate digest, issuer and serial, each
 * QR tag against the document, and — when the caller knows it — the PIH. Each finding has a
 * severity (`VERIFICATION_SEVERITY`): an `error` is what ZATCA's platform rejects a document for, a
 * `warning` what it accepts with a warning (a QR tag 3 that names the issue time but is written
 * differently, e.g. with a `Z`); a document with warnings only is valid. Who issued the
 * certificate is checked only against what the caller trusts: trust anchors (the CA certificates
 * that may issue signing certificates) or a pinned certificate; without either, a valid document is
 * only internally consistent (`trust: 'unverified'`), since anyone can make a certificate whose
 * names copy a taxpayer's and ZATCA's CA.
 */
import { type Certificate, parseCertificate, toCertificate } from '../crypto/certificate.ts';
import { verifySha256Ecdsa } from '../crypto/ecdsa.ts';
import { readTrustAnchors, type TrustAnchor, type TrustAnchorInput } from '../crypto/trust-anchor.ts';
import { decodeBase64, encodeBase64 } from '../encoding/base64.ts';
import { FatooraError } from '../errors/fatoora-error.ts';
import { type DecodedQr, decodeQr } from '../qr/decode-qr.ts';
import { compareQrTimestamp } from '../qr/qr-timestamp.ts';
import { documentReference, valueAt } from '../ubl/ubl-paths.ts';
import { childElement, childElements, descend, descendantElements, textOf } from '../xml/dom.ts';
import type { XmlDocument as Document, XmlElement as Element } from '../xml/dom-types.ts';
import { NS } from '../xml/namespaces.ts';
import type { XmlReadLimits } from '../xml/read-limits.ts';
import { toXmlDocument } from '../xml/read-xml.ts';
import { type CertificateTrust, checkCertificateTrust, signingInstant } from './certificate-trust.ts';
import { type InvoiceFacts, readInvoiceFacts } from './invoice-facts.ts';
import { invoiceDigest } from './invoice-hash.ts';
import { hexDigestBase64, signedPropertiesDigestInput } from './signed-properties.ts';
import { checkInvoiceStructure } from './structure-check.ts';
import {
  VERIFICATION_SEVERITY,
  type VerificationCode,
  type VerificationSeverity,
} from './verification-codes.ts';
import { XADES_ALGORITHMS } from './xades-block.ts';

/** One problem found in a document. */
export interface VerificationFinding {
  /** What is wrong, as a stable id from `VERIFICATION_CODES` (`invoice-hash-mismatch`, …). */
  readonly code: VerificationCode;
  /**
   * `error`: ZATCA rejects a document for it, and the result is not valid; `warning`: ZATCA
   * accepts the document with a warning (e.g. `qr-timestamp-mismatch`). From `VERIFICATION_SEVERITY`.
   */
  readonly severity: VerificationSeverity;
  /** The finding in English words, with the values that disagree. */
  readonly message: string;
  /** For `qr-mismatch` and `qr-timestamp-mismatch`: the QR tag concerned. */
  readonly tag?: number;
  /** For a mismatch: what was expected (the digest we computed, the certificate's validity, …). */
  readonly expected?: string;
  /** For a mismatch: what the document holds instead. */
  readonly actual?: string;
  /** For `structure-*`: where the element is, below the root (e.g. `cac:Signature/ds:Signature`). */
  readonly path?: string;
}

/** Options of {@link verifyInvoice}. */
export interface VerifyInvoiceOptions {
  /** The previous invoice's hash; when given, the PIH must equal it. */
  readonly previousInvoiceHash?: string;
  /** The certificate the document must be signed with (e.g. the EGS unit's CSID): pins it. */
  readonly certificate?: Certificate | string | Uint8Array;
  /**
   * The CA certificates trusted to issue signing certificates (PEM — a bundle counts as one anchor
   * per certificate —, base64, DER, or parsed by `readTrustAnchors`). When given, the signing
   * certificate must be issued by one of them (issuer name and the CA's signature on it), valid
   * at `xades:SigningTime` (read as UTC), and an end-entity certificate; an empty list trusts
   * nothing. An anchor must be the direct issuer (no path through intermediate CAs, no
   * revocation check): for ZATCA's CSIDs, its issuing CA (e.g. `PRZEINVOICESCA4-CA`).
   */
  readonly trustAnchors?: readonly TrustAnchorInput[];
  /**
   * The XML reader's limits for text or bytes (defaults: `DEFAULT_XML_LIMITS`); a server passes
   * the cap of its request body as `maxLength`.
   */
  readonly xmlLimits?: XmlReadLimits;
}

/** The outcome of {@link verifyInvoice}. */
export interface InvoiceVerification {
  /**
   * True when there is no `error` finding (warnings may remain in `findings`). Read it with
   * {@link InvoiceVerification.trust}: with
   * `unverified`, valid means only that the document is internally consistent (hash, signature,
   * signed properties and QR agree with the embedded certificate), not that its issuer is ZATCA's
   * CA or any CA the caller trusts — and never that ZATCA accepted the document.
   */
  readonly valid: boolean;
  /** Every finding, errors and warnings, each with its `severity`. */
  readonly findings: readonly VerificationFinding[];
  /**
   * How far the certificate's issuer was checked: `anchored` (trust anchors given, and the
   * certificate was issued by one, valid at the signing time, an end-entity certificate),
   * `pinned` (the expected `certificate` given, and it signed), or `unverified` (neither given,
   * or the check failed — then a finding says why).
   */
  readonly trust: CertificateTrust;
  /** The trust anchor that issued the certificate, when `trust` is `anchored`. */
  readonly anchor?: TrustAnchor;
  /** The hash computed from the document. */
  readonly invoiceHash: string;
  /** Simplified (B2C) invoice: QR tag 9 required. */
  readonly simplified: boolean;
  /** The embedded certificate, when readable. */
  readonly certificate?: Certificate;
  /** The decoded QR, when readable. */
  readonly qr?: DecodedQr;
  /** `xades:SigningTime` as written. */
  readonly signingTime?: string;
}

/**
 * Verifies a signed invoice. Give `trustAnchors` (or pin `certificate`) to check who issued the
 * signing certificate; without them a `valid` result means only "internally consistent".
 *
 * @throws {XmlError} when the text is not well-formed, DOCTYPE-free XML, or crosses a limit of
 *   `xmlLimits` (there is nothing to verify).
 * @throws {CertificateError} when a trust anchor is unreadable or not a CA certificate
 *   (`certificate-not-ca`): a mistake of the caller's, not a finding on the document.
 * @example
 * ```ts
 * const result = verifyInvoice(signedXml, { previousInvoiceHash, trustAnchors: [zatcaCaPem] });
 * if (!result.valid) for (const f of result.findings) console.log(f.severity, f.code, f.message);
 * else if (result.trust === 'anchored') console.log('issued by', result.anchor?.subject);
 * ```
 */
export function verifyInvoice(
  xml: string | Uint8Array | Document,
  options: VerifyInvoiceOptions = {},
): InvoiceVerification {
  const checks = options ?? {};
  const anchors = checks.trustAnchors === undefined ? undefined : readTrustAnchors(checks.trustAnchors);
  const document = toXmlDocument(xml, checks.xmlLimits);
  const findings: VerificationFinding[] = [];
  const report = (
    code: VerificationCode,
    message: string,
    extra: Omit<VerificationFinding, 'code' | 'message' | 'severity'> = {},
  ): void => {
    findings.push({ code, severity: VERIFICATION_SEVERITY[code], message, ...extra });
  };

  let facts: InvoiceFacts;
  try {
    facts = readInvoiceFacts(document);
  } catch (error) {
    if (!(error instanceof FatooraError)) throw error;
    report('not-an-invoice', error.message);
    return { valid: false, findings, invoiceHash: '', simplified: false, trust: 'unverified' };
  }
  for (const { code, message, ...extra } of checkInvoiceStructure(facts.root)) report(code, message, extra);
  const hashBytes = invoiceDigest(document);
  const invoiceHash = encodeBase64(hashBytes);
  const base = { invoiceHash, simplified: facts.simplified, trust: 'unverified' as CertificateTrust };

  checkPreviousInvoiceHash(facts, checks.previousInvoiceHash, report);

  const signature = findSignature(facts.root);
  if (!signature) {
    report('signature-missing', 'The invoice carries no XAdES signature in ext:UBLExtensions.');
    const qr = checkQr(facts, undefined, invoiceHash, undefined, report);
    return { valid: false, findings, ...base, ...(qr ? { qr } : {}) };
  }

  checkAlgorithms(signature, report);
  const signedInfo = childElement(signature, NS.ds, 'SignedInfo');
  const references = signedInfo ? childElements(signedInfo, NS.ds, 'Reference') : [];
  const invoiceReference = references.find(
    (reference) => reference.getAttribute('Id') === 'invoiceSignedData',
  );
  const propertiesReference = references.find(
    (reference) => reference.getAttribute('URI') === '#xadesSignedProperties',
  );
  const claimedHash = textOf(
    invoiceReference && childElement(invoiceReference, NS.ds, 'DigestValue'),
  )?.trim();
  if (claimedHash !== invoiceHash) {
    report(
      'invoice-hash-mismatch',
      'The document does not hash to the signed invoice digest: it was changed after signing.',
      {
        expected: invoiceHash,
        ...(claimedHash !== undefined ? { actual: claimedHash } : {}),
      },
    );
  }

  const signatureValue = textOf(childElement(signature, NS.ds, 'SignatureValue'))?.trim() ?? '';
  const certificate = readEmbeddedCertificate(signature, report);
  let pinned = false;
  if (certificate) {
    pinned = checkExpectedCertificate(certificate, checks.certificate, report);
    // The signature covers the digest the signer claimed; a changed document is reported above.
    const signedDigest = safeDecode(claimedHash ?? '') ?? hashBytes;
    const signatureBytes = safeDecode(signatureValue);
    if (!signatureBytes || !verifySha256Ecdsa(certificate.publicKey, signedDigest, signatureBytes)) {
      report(
        'signature-invalid',
        'ds:SignatureValue does not verify with the certificate’s public key over the invoice hash.',
      );
    }
  }

  const signingTime = checkSignedProperties(signature, propertiesReference, certificate, report);
  const anchor =
    certificate && anchors ? checkCertificateTrust(certificate, anchors, signingTime, report) : undefined;
  const trust: CertificateTrust = anchors
    ? anchor && (pinned || checks.certificate === undefined)
      ? 'anchored'
      : 'unverified'
    : pinned
      ? 'pinned'
      : 'unverified';
  const qr = checkQr(facts, signatureValue, invoiceHash, certificate, report);
  return {
    valid: findings.every((finding) => finding.severity !== 'error'),
    findings,
    ...base,
    trust,
    ...(trust === 'anchored' && anchor ? { anchor } : {}),
    ...(certificate ? { certificate } : {}),
    ...(qr ? { qr } : {}),
    ...(signingTime !== undefined ? { signingTime } : {}),
  };
}

type Report = (
  code: VerificationCode,
  message: string,
  extra?: Omit<VerificationFinding, 'code' | 'message' | 'severity'>,
) => void;

function findSignature(root: Element): Element | undefined {
  const extensions = childElement(root, NS.ext, 'UBLExtensions');
  return extensions ? descendantElements(extensions, NS.ds, 'Signature')[0] : undefined;
}

function checkAlgorithms(signature: Element, report: Report): void {
  const signedInfo = childElement(signature, NS.ds, 'SignedInfo');
  const expected: [Element | undefined, string][] = [
    [
      signedInfo && childElement(signedInfo, NS.ds, 'CanonicalizationMethod'),
      XADES_ALGORITHMS.canonicalization,
    ],
    [signedInfo && childElement(signedInfo, NS.ds, 'SignatureMethod'), XADES_ALGORITHMS.signature],
  ];
  for (const digestMethod of signedInfo ? descendantElements(signedInfo, NS.ds, 'DigestMethod') : []) {
    expected.push([digestMethod, XADES_ALGORITHMS.digest]);
  }
  for (const [element, uri] of expected) {
    const actual = element?.getAttribute('Algorithm') ?? undefined;
    if (actual !== uri) {
      report(
        'algorithm-unsupported',
        `Expected algorithm ${uri}${element ? ` on ds:${element.localName}` : ''}, found ${actual ?? 'none'}.`,
        {
          expected: uri,
          ...(actual ? { actual } : {}),
        },
      );
    }
  }
}

function readEmbeddedCertificate(signature: Element, report: Report): Certificate | undefined {
  const text = textOf(
    descend(signature, [NS.ds, 'KeyInfo'], [NS.ds, 'X509Data'], [NS.ds, 'X509Certificate']),
  );
  if (text === undefined || text.trim() === '') {
    report('certificate-missing', 'The signature has no ds:KeyInfo/ds:X509Data/ds:X509Certificate.');
    return undefined;
  }
  try {
    return parseCertificate(text);
  } catch (error) {
    report('certificate-unreadable', `ds:X509Certificate is unreadable: ${(error as Error).message}`);
    return undefined;
  }
}

function checkExpectedCertificate(
  certificate: Certificate,
  expected: VerifyInvoiceOptions['certificate'],
  report: Report,
): boolean {
  if (expected === undefined) return false;
  const wanted = toCertificate(expected);
  if (wanted.base64 !== certificate.base64) {
    report(
      'certificate-unexpected',
      `Signed by ${certificate.subject} (serial ${certificate.serialNumber}), not by ${wanted.subject} (serial ${wanted.serialNumber}).`,
      {
        expected: wanted.serialNumber,
        actual: certificate.serialNumber,
      },
    );
    return false;
  }
  return true;
}

function checkSignedProperties(
  signature: Element,
  propertiesReference: Element | undefined,
  certificate: Certificate | undefined,
  report: Report,
): string | undefined {
  const properties = descendantElements(signature, NS.xades, 'SignedProperties')[0];
  const claimedDigest = textOf(
    propertiesReference && childElement(propertiesReference, NS.ds, 'DigestValue'),
  )?.trim();
  if (!properties || claimedDigest === undefined) {
    report(
      'signed-properties-missing',
      'The signature lacks xades:SignedProperties or the ds:Reference to it.',
    );
    return undefined;
  }
  const actualDigest = hexDigestBase64(signedPropertiesDigestInput(properties));
  if (actualDigest !== claimedDigest) {
    report(
      'signed-properties-digest-mismatch',
      'xades:SignedProperties does not match its digest: a signed property was changed.',
      {
        expected: actualDigest,
        actual: claimedDigest,
      },
    );
  }
  const signingTime = textOf(descendantElements(properties, NS.xades, 'SigningTime')[0])?.trim();
  // Any xsd:dateTime — ZATCA's zone-less form, `Z` (older SDK samples), an offset, fractional
  // seconds — as the XAdES schema types it; the trust check reads the same value with the same
  // function (see `signingInstant` for the sources).
  if (signingInstant(signingTime) === undefined) {
    report(
      'signing-time-invalid',
      `xades:SigningTime must be an xsd:dateTime such as YYYY-MM-DDTHH:MM:SS (UTC) or with Z or ±hh:mm, found ${JSON.stringify(signingTime ?? null)}.`,
    );
  }
  if (certificate) {
    const certDigest = textOf(
      descend(properties, ...certPath, [NS.xades, 'CertDigest'], [NS.ds, 'DigestValue']),
    )?.trim();
    const expectedCertDigest = hexDigestBase64(certificate.base64);
    if (certDigest !== expectedCertDigest) {
      report(
        'certificate-digest-mismatch',
        'xades:CertDigest is not the digest of the embedded certificate.',
        {
          expected: expectedCertDigest,
          ...(certDigest !== undefined ? { actual: certDigest } : {}),
        },
      );
    }
    const issuerSerial = descend(properties, ...certPath, [NS.xades, 'IssuerSerial']);
    const issuer = textOf(issuerSerial && childElement(issuerSerial, NS.ds, 'X509IssuerName'))?.trim();
    if (issuer !== certificate.issuer) {
      report('issuer-mismatch', 'ds:X509IssuerName is not the certificate’s issuer.', {
        expected: certificate.issuer,
        ...(issuer !== undefined ? { actual: issuer } : {}),
      });
    }
    const serial = textOf(issuerSerial && childElement(issuerSerial, NS.ds, 'X509SerialNumber'))?.trim();
    if (serial !== certificate.serialNumber) {
      report('serial-mismatch', 'ds:X509SerialNumber is not the certificate’s serial number.', {
        expected: certificate.serialNumber,
        ...(serial !== undefined ? { actual: serial } : {}),
      });
    }
  }
  return signingTime;
}

const certPath = [
  [NS.xades, 'SignedSignatureProperties'],
  [NS.xades, 'SigningCertificate'],
  [NS.xades, 'Cert'],
] as const;

function checkQr(
  facts: InvoiceFacts,
  signatureValue: string | undefined,
  invoiceHash: string,
  certificate: Certificate | undefined,
  report: Report,
): DecodedQr | undefined {
  const reference = documentReference(facts.root, 'QR', 'exact');
  const text = valueAt(reference, 'cac:Attachment', 'cbc:EmbeddedDocumentBinaryObject');
  if (text === undefined) {
    report(
      'qr-missing',
      reference
        ? 'The QR AdditionalDocumentReference has no cac:Attachment/cbc:EmbeddedDocumentBinaryObject.'
        : 'The invoice has no QR AdditionalDocumentReference.',
    );
    return undefined;
  }
  if (text.trim() === '') {
    // Present but empty is not absent: the element is there, with no QR text in it.
    report(
      'qr-empty',
      'The QR is empty: the cbc:EmbeddedDocumentBinaryObject of cac:AdditionalDocumentReference with cbc:ID "QR" has no text.',
    );
    return undefined;
  }
  let qr: DecodedQr;
  try {
    qr = decodeQr(text);
  } catch (error) {
    report('qr-malformed', `The QR is malformed: ${(error as Error).message}`);
    return undefined;
  }
  const compare = (tag: number, name: string, actual: string, expected: string | undefined): void => {
    if (expected !== undefined && actual !== expected) {
      report(
        'qr-mismatch',
        `QR tag ${tag} (${name}) does not match the ${tag <= 5 ? 'document' : 'signature'}.`,
        { tag, expected, actual },
      );
    }
  };
  compare(1, 'seller name', qr.sellerName, facts.sellerName);
  compare(2, 'VAT number', qr.vatNumber, facts.vatNumber);
  compareTimestamp(qr.timestamp, facts.timestamp, report);
  compare(4, 'invoice total', qr.invoiceTotal, facts.invoiceTotal);
  compare(5, 'VAT total', qr.vatTotal, facts.vatTotal);
  compare(6, 'invoice hash', qr.invoiceHash, invoiceHash);
  compare(7, 'signature', qr.signature, signatureValue);
  if (certificate) {
    compare(8, 'public key', encodeBase64(qr.publicKey), encodeBase64(certificate.spki));
    if (facts.simplified) {
      if (!qr.certificateSignature) {
        report('qr-mismatch', 'QR tag 9 (certificate signature) is required on a simplified invoice.', {
          tag: 9,
        });
      } else {
        compare(
          9,
          'certificate signature',
          encodeBase64(qr.certificateSignature),
          encodeBase64(certificate.signatureValue),
        );
      }
    }
  }
  return qr;
}

/**
 * QR tag 3 against `IssueDate` + `T` + `IssueTime`: the same date and time written differently
 * (a `Z` or offset IssueTime lacks, fractional seconds) is the platform's warning
 * `invoiceTimeStamp_QRCODE_INVALID` (fatoora-api.md §7), reported as `qr-timestamp-mismatch`
 * (warning); another date or time is a `qr-mismatch` (error). See `compareQrTimestamp`.
 */
function compareTimestamp(actual: string, expected: string | undefined, report: Report): void {
  if (expected === undefined) return;
  const agreement = compareQrTimestamp(actual, expected);
  if (agreement === 'equal') return;
  if (agreement === 'equivalent') {
    report(
      'qr-timestamp-mismatch',
      'QR tag 3 (timestamp) names the invoice’s issue date and time but is not written as IssueDate + "T" + IssueTime; ZATCA accepts it with the warning invoiceTimeStamp_QRCODE_INVALID.',
      { tag: 3, expected, actual },
    );
  } else {
    report(
      'qr-mismatch',
      'QR tag 3 (timestamp) names another date or time than the document’s IssueDate and IssueTime.',
      {
        tag: 3,
        expected,
        actual,
      },
    );
  }
}

function checkPreviousInvoiceHash(facts: InvoiceFacts, expected: string | undefined, report: Report): void {
  const actual = facts.previousInvoiceHash?.trim();
  if (actual === undefined) {
    report('pih-missing', 'The invoice has no PIH AdditionalDocumentReference.');
  } else if (expected !== undefined && actual !== expected) {
    report('pih-mismatch', 'The PIH is not the previous invoice’s hash: the chain is broken.', {
      expected,
      actual,
    });
  }
}

function safeDecode(text: string): Uint8Array | undefined {
  try {
    return decodeBase64(text);
  } catch {
    return undefined;
  }
}

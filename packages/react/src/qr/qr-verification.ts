/**
 * Whether a decoded QR can be trusted, from what the caller has: the signed XML (core's
 * `verifyInvoice` checks the hash, the signature, the certificate and every QR tag against the
 * document, and the payload must be the document's own QR) and/or the signing certificate (tag 8
 * must be its public key, tag 9 its CA signature, and tag 7 must verify over tag 6 with its key).
 * With neither, the QR is only decoded: `unverified`. Who issued the certificate is checked only
 * with trust anchors (the CA certificates the caller trusts) and the signed XML: otherwise a
 * verified QR is consistent, not proven to come from a ZATCA-issued certificate — a home-made CA
 * can copy ZATCA's CA's name — and `issuerChecked` is false.
 */
import { parseCertificate, verifySha256Ecdsa } from '@fatoora/core/crypto';
import { FatooraError } from '@fatoora/core/errors';
import type { DecodedQr } from '@fatoora/core/qr';
import {
  type InvoiceVerification,
  readInvoiceQr,
  VERIFICATION_CODES,
  verifyInvoice,
} from '@fatoora/core/signing';
import type { Bilingual } from '../i18n/locale.ts';

const TEXT = {
  document: {
    en: 'The signed document is internally consistent; its certificate’s issuer was not checked.',
    ar: 'المستند الموقّع متّسق داخليًا؛ لم يتم التحقق من جهة إصدار شهادته.',
  },
  qrInDocument: { en: 'The QR is the one the document carries.', ar: 'الرمز هو نفسه الموجود في المستند.' },
  qrNotInDocument: { en: 'The QR is not the one the document carries.', ar: 'الرمز ليس الموجود في المستند.' },
  publicKey: { en: 'Tag 8 is the certificate’s public key.', ar: 'الحقل 8 هو المفتاح العام للشهادة.' },
  notPublicKey: {
    en: 'Tag 8 is not the certificate’s public key.',
    ar: 'الحقل 8 ليس المفتاح العام للشهادة.',
  },
  certificateSignature: {
    en: 'Tag 9 is the certificate’s CA signature.',
    ar: 'الحقل 9 هو توقيع جهة الإصدار على الشهادة.',
  },
  notCertificateSignature: {
    en: 'Tag 9 is not the certificate’s CA signature.',
    ar: 'الحقل 9 ليس توقيع جهة الإصدار على الشهادة.',
  },
  signature: {
    en: 'Tag 7 is a valid signature of the tag 6 hash by the certificate’s key.',
    ar: 'الحقل 7 توقيع صحيح لملخص الحقل 6 بمفتاح الشهادة.',
  },
  notSignature: {
    en: 'Tag 7 is not a valid signature of the tag 6 hash by the certificate’s key.',
    ar: 'الحقل 7 ليس توقيعًا صحيحًا لملخص الحقل 6 بمفتاح الشهادة.',
  },
} as const satisfies Record<string, Bilingual>;

/** Text only core has, in English. */
function english(text: string): Bilingual {
  return { en: text, ar: text };
}

/** One check and its outcome. */
export interface QrCheck {
  /** `document` (the XML verified), `qr-in-document`, `public-key`, `certificate-signature`, `signature`, or one of core's verification codes. */
  readonly code: string;
  /** Whether the QR (or the document) met the check; one failed check makes the verdict `failed`. */
  readonly passed: boolean;
  /**
   * `warning` for a finding the platform accepts with a warning (core's `severity`, e.g. a QR
   * tag 3 written with a `Z`): the check passes, and says what it noticed.
   */
  readonly severity?: 'warning';
  /** What it found; core's verification findings are in English only. */
  readonly message: Bilingual;
}

/** The verdict on a QR. */
export interface QrVerification {
  /**
   * `unverified` with nothing to check against; else `verified` when every check passed, `failed`
   * when one did not.
   */
  readonly status: 'unverified' | 'verified' | 'failed';
  /** Each check that ran, in order: the document's first, then the certificate's. */
  readonly checks: readonly QrCheck[];
  /**
   * Whether the signing certificate was checked against trust anchors and found issued by one
   * (`checks` then holds `document` naming the CA). False otherwise: `verified` then means
   * consistent, not issued by ZATCA.
   */
  readonly issuerChecked: boolean;
}

/** What the QR is checked against. */
export interface QrEvidence {
  /** The signed invoice XML the QR belongs to. */
  readonly signedXml?: string | undefined;
  /** The signing certificate: PEM, bare base64 or DER. */
  readonly certificate?: string | Uint8Array | undefined;
  /**
   * CA certificates trusted to issue signing certificates (PEM — several in one text —, base64 or
   * DER), checked with the signed XML: e.g. the simulator's CA. None: the issuer is not checked.
   */
  readonly trustAnchors?: readonly (string | Uint8Array)[] | undefined;
}

function bytesOfBase64(text: string): Uint8Array | undefined {
  try {
    return Uint8Array.from(atob(text.trim()), (character) => character.charCodeAt(0));
  } catch {
    return undefined;
  }
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  return a !== undefined && b !== undefined && a.length === b.length && a.every((byte, at) => byte === b[at]);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function documentChecks(
  payload: string,
  signedXml: string,
  trustAnchors: QrEvidence['trustAnchors'],
): { checks: QrCheck[]; anchored: boolean } {
  try {
    const result = verifyInvoice(signedXml, trustAnchors !== undefined ? { trustAnchors } : {});
    const checks: QrCheck[] = result.findings.map((finding) => ({
      code: finding.code,
      passed: finding.severity === 'warning',
      ...(finding.severity === 'warning' ? { severity: 'warning' as const } : {}),
      message: english(
        `${VERIFICATION_CODES[finding.code]}${finding.tag !== undefined ? ` (tag ${finding.tag})` : ''}`,
      ),
    }));
    if (result.valid) {
      checks.push({ code: 'document', passed: true, message: documentMessage(result) });
    }
    const embedded = readInvoiceQr(signedXml)?.trim();
    checks.push({
      code: 'qr-in-document',
      passed: embedded === payload.trim(),
      message: embedded === payload.trim() ? TEXT.qrInDocument : TEXT.qrNotInDocument,
    });
    return { checks, anchored: result.trust === 'anchored' };
  } catch (error) {
    if (!(error instanceof FatooraError)) throw error;
    return {
      checks: [{ code: error.code, passed: false, message: english(messageOf(error)) }],
      anchored: false,
    };
  }
}

/** What a document without findings proves: issued by an anchor, or consistent only. */
function documentMessage(result: InvoiceVerification): Bilingual {
  if (result.trust !== 'anchored' || !result.anchor) return TEXT.document;
  const subject = result.anchor.subject;
  return {
    en: `The signed document is consistent, and its certificate was issued by ${subject}.`,
    ar: `المستند الموقّع متّسق، وشهادته صادرة عن ${subject}.`,
  };
}

function certificateChecks(fields: DecodedQr, input: string | Uint8Array): QrCheck[] {
  let certificate: ReturnType<typeof parseCertificate>;
  try {
    certificate = parseCertificate(input);
  } catch (error) {
    if (!(error instanceof FatooraError)) throw error;
    return [{ code: error.code, passed: false, message: english(messageOf(error)) }];
  }
  const checks: QrCheck[] = [];
  const keyMatches = sameBytes(fields.publicKey, certificate.spki);
  checks.push({
    code: 'public-key',
    passed: keyMatches,
    message: keyMatches ? TEXT.publicKey : TEXT.notPublicKey,
  });
  if (fields.certificateSignature !== undefined) {
    const matches = sameBytes(fields.certificateSignature, certificate.signatureValue);
    checks.push({
      code: 'certificate-signature',
      passed: matches,
      message: matches ? TEXT.certificateSignature : TEXT.notCertificateSignature,
    });
  }
  const hash = bytesOfBase64(fields.invoiceHash);
  const signature = bytesOfBase64(fields.signature);
  const valid =
    hash !== undefined &&
    signature !== undefined &&
    verifySha256Ecdsa(certificate.publicKey, hash, signature);
  checks.push({
    code: 'signature',
    passed: valid,
    message: valid ? TEXT.signature : TEXT.notSignature,
  });
  return checks;
}

/**
 * Checks a decoded QR against the evidence given.
 *
 * @example
 * ```ts
 * verifyQr(payload, decodeQr(payload), { signedXml }).status; // 'verified' (issuerChecked: false)
 * verifyQr(payload, decodeQr(payload), { signedXml, trustAnchors: [caPem] }).issuerChecked; // true
 * verifyQr(payload, decodeQr(payload), {}).status; // 'unverified'
 * ```
 */
export function verifyQr(payload: string, fields: DecodedQr, evidence: QrEvidence): QrVerification {
  const checks: QrCheck[] = [];
  let issuerChecked = false;
  if (evidence.signedXml !== undefined && evidence.signedXml.trim() !== '') {
    const document = documentChecks(payload, evidence.signedXml, evidence.trustAnchors);
    checks.push(...document.checks);
    issuerChecked = document.anchored;
  }
  if (evidence.certificate !== undefined && evidence.certificate.length > 0) {
    checks.push(...certificateChecks(fields, evidence.certificate));
  }
  if (checks.length === 0) return { status: 'unverified', checks, issuerChecked: false };
  const status = checks.every((check) => check.passed) ? 'verified' : 'failed';
  return { status, checks, issuerChecked: status === 'verified' && issuerChecked };
}

/**
 * Signs a ZATCA invoice: computes the invoice hash, signs it with ECDSA on secp256k1, writes the
 * XAdES-BES signature into `ext:UBLExtensions`, and embeds the TLV QR code and the
 * `cac:Signature` pointer. Signing is deterministic (RFC 6979 nonces, an explicit signing time),
 * so the same inputs always give the same bytes.
 *
 * The three parts are spliced into the caller's own text at the places UBL's element order asks
 * for, without touching any other byte and without adding whitespace around them. As the hash
 * leaves exactly those three elements out (and keeps all whitespace), the hash of the signed
 * invoice is the hash of the unsigned one: what the caller built is what ZATCA will hash.
 */
import { type Certificate, toCertificate } from '../crypto/certificate.ts';
import { signSha256Ecdsa } from '../crypto/ecdsa.ts';
import { PrivateKey } from '../crypto/private-key.ts';
import { encodeBase64 } from '../encoding/base64.ts';
import { InputError } from '../errors/input-error.ts';
import { KeyError } from '../errors/key-error.ts';
import { SignatureError } from '../errors/signature-error.ts';
import { type EncodeQrOptions, encodeQr } from '../qr/encode-qr.ts';
import { isElement } from '../xml/dom.ts';
import type { XmlElement as Element } from '../xml/dom-types.ts';
import { NS } from '../xml/namespaces.ts';
import { readXml, toXmlText } from '../xml/read-xml.ts';
import { topLevelRanges } from '../xml/top-level-ranges.ts';
import { type InvoiceFacts, readInvoiceFacts } from './invoice-facts.ts';
import { invoiceDigest, isExcludedFromHash } from './invoice-hash.ts';
import { hexDigestBase64 } from './signed-properties.ts';
import { type PrefixPlan, qrReferenceText, signaturePointerText, ublExtensionsText } from './xades-block.ts';

/** Inputs of {@link signInvoice}. */
export interface SignInvoiceOptions {
  /** The EGS unit's secp256k1 key; it must match the certificate's public key. */
  readonly privateKey: PrivateKey;
  /** The CSID certificate: a parsed {@link Certificate}, PEM, bare base64 or DER. */
  readonly certificate: Certificate | string | Uint8Array;
  /** `xades:SigningTime`; defaults to now. A string must be `YYYY-MM-DDTHH:MM:SS` (UTC). */
  readonly signingTime?: Date | string;
  /**
   * Replace an existing signature, QR and `cac:Signature` instead of refusing a signed invoice.
   * Off by default, so that an issued invoice is never re-signed by accident.
   */
  readonly replaceExistingSignature?: boolean;
  /** Passed to {@link encodeQr} (e.g. `allowLongValues`). */
  readonly qr?: EncodeQrOptions;
}

/** The signed invoice and the values ZATCA's API and the next invoice need. */
export interface SignedInvoice {
  /** The signed XML, to be submitted and handed over byte for byte. */
  readonly xml: string;
  /** The invoice hash (base64): `invoiceHash` in API bodies and the next invoice's PIH. */
  readonly invoiceHash: string;
  /** `ds:SignatureValue` (base64 DER ECDSA signature). */
  readonly signatureValue: string;
  /** The QR code text (base64 TLV). */
  readonly qr: string;
}

/**
 * Signs an unsigned ZATCA invoice, given as text or as UTF-8 bytes (decoded strictly).
 *
 * @throws {XmlError} when the text is not well-formed, DOCTYPE-free XML.
 * @throws {SignatureError} `not-an-invoice`, `invoice-already-signed`, `invoice-field-missing`
 * (a QR field such as the seller name is absent), `invoice-structure` (no place for the QR or the
 * signature pointer), `key-certificate-mismatch`.
 * @throws {InputError} for a malformed `signingTime` or an over-long QR value (field `seller.name`
 * for the seller name, as `validateInvoice` names it: rule `qr-seller-name`).
 * @example
 * ```ts
 * const privateKey = importPrivateKey(keyPem);
 * const { xml, invoiceHash, qr } = signInvoice(unsignedXml, {
 *   privateKey, certificate: certificatePem, signingTime: '2024-05-01T10:00:00',
 * });
 * ```
 */
export function signInvoice(input: string | Uint8Array, options: SignInvoiceOptions): SignedInvoice {
  if (typeof options !== 'object' || options === null) {
    throw new InputError('options', 'required', 'signInvoice needs { privateKey, certificate }.');
  }
  if (!(options.privateKey instanceof PrivateKey)) {
    throw new KeyError(
      'key-unreadable',
      'privateKey must be a PrivateKey (see importPrivateKey or generatePrivateKey).',
    );
  }
  const certificate = toCertificate(options.certificate);
  assertKeyMatches(options.privateKey, certificate);
  const signingTime = formatSigningTime(options.signingTime ?? new Date());

  const xml = toXmlText(input);
  const document = readXml(xml);
  const facts = readInvoiceFacts(document);
  const hashBytes = invoiceDigest(document);
  const invoiceHash = encodeBase64(hashBytes);
  // ZATCA's SignatureValue is SHA256withECDSA over the 32 raw hash bytes (signing-rules §2).
  const signatureValue = encodeBase64(signSha256Ecdsa(options.privateKey, hashBytes));

  const qr = withModelPath(() =>
    encodeQr(
      {
        sellerName: required(
          facts,
          'sellerName',
          'cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName',
        ),
        vatNumber: required(
          facts,
          'vatNumber',
          'cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cbc:CompanyID',
        ),
        timestamp: required(facts, 'timestamp', 'cbc:IssueDate and cbc:IssueTime'),
        invoiceTotal: required(facts, 'invoiceTotal', 'cac:LegalMonetaryTotal/cbc:PayableAmount'),
        vatTotal: required(facts, 'vatTotal', 'cac:TaxTotal/cbc:TaxAmount'),
        invoiceHash,
        signature: signatureValue,
        publicKey: certificate.spki,
        ...(facts.simplified ? { certificateSignature: certificate.signatureValue } : {}),
      },
      options.qr,
    ),
  );

  const prefixes = prefixPlan(facts.root);
  const edits = placeSignatureParts(xml, facts.root, options.replaceExistingSignature ?? false, {
    ublExtensions: ublExtensionsText(
      {
        invoiceHash,
        signatureValue,
        certificateBase64: certificate.base64,
        signingTime,
        certificateDigest: hexDigestBase64(certificate.base64),
        issuerName: certificate.issuer,
        serialNumber: certificate.serialNumber,
      },
      prefixes,
    ),
    qrReference: qrReferenceText(qr, prefixes),
    signaturePointer: signaturePointerText(prefixes),
  });
  return { xml: applyEdits(xml, edits), invoiceHash, signatureValue, qr };
}

/**
 * Formats a signing time as ZATCA writes it: `YYYY-MM-DDTHH:MM:SS` in UTC, no zone suffix.
 *
 * @throws {InputError} field `signingTime` for an invalid date or a string of another form.
 */
export function formatSigningTime(time: Date | string): string {
  if (typeof time === 'string') {
    if (!/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/.test(time)) {
      throw new InputError(
        'signingTime',
        'signing-time-format',
        `signingTime must be YYYY-MM-DDTHH:MM:SS (UTC), got ${JSON.stringify(time)}.`,
      );
    }
    return time;
  }
  if (!(time instanceof Date) || Number.isNaN(time.getTime())) {
    throw new InputError('signingTime', 'signing-time-format', 'signingTime is not a valid date.');
  }
  return time.toISOString().slice(0, 19);
}

function assertKeyMatches(privateKey: PrivateKey, certificate: Certificate): void {
  const a = privateKey.publicKey;
  const b = certificate.publicKey;
  if (a.length !== b.length || a.some((byte, index) => byte !== b[index])) {
    throw new SignatureError(
      'key-certificate-mismatch',
      `The private key does not belong to the certificate (subject ${certificate.subject}); the platform would reject the signature.`,
    );
  }
}

function required(facts: InvoiceFacts, field: keyof InvoiceFacts, path: string): string {
  const value = facts[field];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new SignatureError('invoice-field-missing', `The invoice lacks ${path}, which the QR code needs.`, {
      details: { field, path },
    });
  }
  return value;
}

/** The prefixes the root binds to the UBL namespaces, or conventional ones declared locally. */
function prefixPlan(root: Element): PrefixPlan {
  const plan = (namespaceURI: string, conventional: string): [string, string] => {
    const bound = root.lookupPrefix(namespaceURI);
    return bound ? [bound, ''] : [conventional, ` xmlns:${conventional}="${namespaceURI}"`];
  };
  const [ext, extDeclaration] = plan(NS.ext, 'ext');
  const [cac, cacDeclaration] = plan(NS.cac, 'cac');
  const [cbc, cbcDeclaration] = plan(NS.cbc, 'cbc');
  return {
    ext,
    cac,
    cbc,
    localDeclarations: { ext: extDeclaration, cac: cacDeclaration, cbc: cbcDeclaration },
  };
}

/** UBL 2.1 Invoice children that come after `cac:AdditionalDocumentReference` (UBL-Invoice-2.1.xsd). */
const AFTER_ADDITIONAL_DOCUMENT_REFERENCE = new Set([
  'ProjectReference',
  'Signature',
  'AccountingSupplierParty',
  'AccountingCustomerParty',
  'PayeeParty',
  'BuyerCustomerParty',
  'SellerSupplierParty',
  'TaxRepresentativeParty',
  'Delivery',
  'DeliveryTerms',
  'PaymentMeans',
  'PaymentTerms',
  'PrepaidPayment',
  'AllowanceCharge',
  'TaxExchangeRate',
  'PricingExchangeRate',
  'PaymentExchangeRate',
  'PaymentAlternativeExchangeRate',
  'TaxTotal',
  'WithholdingTaxTotal',
  'LegalMonetaryTotal',
  'InvoiceLine',
]);

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function placeSignatureParts(
  xml: string,
  root: Element,
  replace: boolean,
  parts: { ublExtensions: string; qrReference: string; signaturePointer: string },
): Edit[] {
  const ranges = topLevelRanges(xml);
  const children: Element[] = [];
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1) children.push(child as Element);
  }
  const edits: Edit[] = [];
  let lastReferenceEnd: number | undefined;
  let qrAt: number | undefined;
  let pointerAt: number | undefined;
  children.forEach((child, index) => {
    const range = ranges.children[index]!;
    if (isExcludedFromHash(child, root)) {
      if (!replace) {
        throw new SignatureError(
          'invoice-already-signed',
          `The invoice already carries ${child.nodeName}; pass replaceExistingSignature to sign it again.`,
        );
      }
      edits.push({ start: range.start, end: range.end, text: '' });
      return;
    }
    const inUbl = child.namespaceURI === NS.cac;
    if (isElement(child, NS.cac, 'AdditionalDocumentReference')) lastReferenceEnd = range.end;
    if (inUbl && qrAt === undefined && AFTER_ADDITIONAL_DOCUMENT_REFERENCE.has(child.localName ?? ''))
      qrAt = range.start;
    if (
      inUbl &&
      pointerAt === undefined &&
      AFTER_ADDITIONAL_DOCUMENT_REFERENCE.has(child.localName ?? '') &&
      child.localName !== 'ProjectReference'
    ) {
      pointerAt = range.start;
    }
  });
  const qrPosition = lastReferenceEnd ?? qrAt;
  if (qrPosition === undefined || pointerAt === undefined) {
    throw new SignatureError(
      'invoice-structure',
      'The invoice has no cac:AccountingSupplierParty (or other element after the document references) to place the QR and signature before.',
    );
  }
  edits.push({ start: ranges.rootContentStart, end: ranges.rootContentStart, text: parts.ublExtensions });
  edits.push({ start: qrPosition, end: qrPosition, text: parts.qrReference });
  edits.push({ start: pointerAt, end: pointerAt, text: parts.signaturePointer });
  return edits;
}

/** Applies non-overlapping edits; insertions at one offset keep the order they were given in. */
function applyEdits(text: string, edits: readonly Edit[]): string {
  const ordered = edits
    .map((edit, order) => ({ edit, order }))
    .sort((a, b) => a.edit.start - b.edit.start || a.order - b.order);
  let out = '';
  let cursor = 0;
  for (const { edit } of ordered) {
    out += text.slice(cursor, edit.start) + edit.text;
    cursor = Math.max(cursor, edit.end);
  }
  return out + text.slice(cursor);
}

/**
 * Runs the QR encoding, renaming an over-long seller name's `InputError` after the model path and
 * rule `validateInvoice` reports it under (`seller.name`, `qr-seller-name`): one limit, one name.
 */
function withModelPath<T>(encode: () => T): T {
  try {
    return encode();
  } catch (error) {
    if (error instanceof InputError && error.field === 'sellerName') {
      const rule = error.rule === 'qr-value-length' ? 'qr-seller-name' : error.rule;
      throw new InputError('seller.name', rule, error.message, {
        cause: error,
        details: { qrField: 'sellerName', qrRule: error.rule },
      });
    }
    throw error;
  }
}

/**
 * The nine fields of ZATCA's QR code and their tags, as data. Tags 1–5 describe the invoice,
 * 6–9 tie it to the cryptographic stamp; standard (B2B) invoices carry 1–8, simplified (B2C)
 * invoices 1–9 (Security Features Implementation Standards §2.5, signing-rules §3).
 */

/** The decoded content of a ZATCA QR code. */
export interface QrFields {
  /** Tag 1: the seller's name (`PartyLegalEntity/RegistrationName`). */
  readonly sellerName: string;
  /** Tag 2: the seller's VAT registration number. */
  readonly vatNumber: string;
  /** Tag 3: `IssueDate` + `T` + `IssueTime`, e.g. `2022-08-17T17:41:08`. */
  readonly timestamp: string;
  /** Tag 4: the invoice total with VAT, as written in `LegalMonetaryTotal/PayableAmount`. */
  readonly invoiceTotal: string;
  /** Tag 5: the VAT total in SAR, as written in the document-level `TaxTotal/TaxAmount`. */
  readonly vatTotal: string;
  /** Tag 6: the invoice hash, as its base64 text. */
  readonly invoiceHash: string;
  /** Tag 7: the ECDSA signature (`ds:SignatureValue`), as its base64 text. */
  readonly signature: string;
  /** Tag 8: the signing certificate's public key, DER SubjectPublicKeyInfo. */
  readonly publicKey: Uint8Array;
  /** Tag 9 (simplified invoices only): the CA's signature on the certificate, DER. */
  readonly certificateSignature?: Uint8Array;
}

/** The name of each QR field by tag, in tag order. */
export const QR_TAGS = {
  1: 'sellerName',
  2: 'vatNumber',
  3: 'timestamp',
  4: 'invoiceTotal',
  5: 'vatTotal',
  6: 'invoiceHash',
  7: 'signature',
  8: 'publicKey',
  9: 'certificateSignature',
} as const satisfies Record<number, keyof QrFields>;

/** A QR tag number. */
export type QrTag = keyof typeof QR_TAGS;

/** Fields whose QR value is text (UTF-8); the others are raw bytes. */
export const QR_TEXT_FIELDS = [
  'sellerName',
  'vatNumber',
  'timestamp',
  'invoiceTotal',
  'vatTotal',
  'invoiceHash',
  'signature',
] as const;

/**
 * Values of this many bytes or more are refused unless the caller opts in: the platform is
 * reported to reject them (a long Arabic seller name is the usual culprit), and a one-byte length
 * of 128 or more is where DER-minded readers start to misread TLV.
 */
export const QR_SAFE_VALUE_LENGTH = 128;

/** The Security Features standard asks the base64 QR text to stay within 700 characters. */
export const QR_MAX_BASE64_LENGTH = 700;

/**
 * Signed documents as other software writes them (issue 10, "documents from the wild"), made from
 * a correctly signed one: a `xades:SigningTime` with a `Z` or an offset, with the SignedProperties
 * digest recomputed so that the signature stays intact (the ECDSA signature covers the invoice
 * hash only, signing-rules §2); a QR whose tag 3 is written another way; an empty QR element. The
 * QR is outside the invoice hash (signing-rules §1), so changing it leaves hash and signature valid.
 *
 * The QR codec and the SignedProperties digest come from `@fatoora/core` and are handed in
 * ({@link wildDocuments}), so that this package depends on no fatoora package: core's tests bind
 * them to core's modules (`packages/core/test/support/wild-documents.ts`), the packages above core
 * to its public API (`@fatoora/test-support-core/wild-documents`).
 */

const SIGNING_TIME = /(<xades:SigningTime>)[^<]*(<\/xades:SigningTime>)/;
const PROPERTIES_DIGEST =
  /(<ds:Reference\b[^>]*URI="#xadesSignedProperties"[^>]*>[\s\S]*?<ds:DigestValue>)[^<]*(<\/ds:DigestValue>)/;
const QR_TEXT =
  /(<cbc:ID>QR<\/cbc:ID>\s*<cac:Attachment>\s*<cbc:EmbeddedDocumentBinaryObject[^>]*>)([^<]+)(<\/cbc:EmbeddedDocumentBinaryObject>)/;

function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(text)) throw new Error(`test fixture: ${pattern} not found`);
  return text.replace(pattern, replacement);
}

/**
 * The QR text of a signed document.
 *
 * @throws {Error} when the document has no QR text.
 * @example
 * ```ts
 * decodeQr(qrTextOf(signedXml)).timestamp;
 * ```
 */
export function qrTextOf(signedXml: string): string {
  const match = QR_TEXT.exec(signedXml);
  if (!match?.[2]) throw new Error('test fixture: no QR text');
  return match[2];
}

/**
 * The signed document with an empty QR element: `<cbc:EmbeddedDocumentBinaryObject …/>`.
 *
 * @throws {Error} when the document has no QR element.
 * @example
 * ```ts
 * await client.reportInvoice({ invoice: emptyQr(signedXml), invoiceHash });
 * ```
 */
export function emptyQr(signedXml: string): string {
  return replaceOnce(
    signedXml,
    /(<cbc:ID>QR<\/cbc:ID>\s*<cac:Attachment>\s*<cbc:EmbeddedDocumentBinaryObject[^>]*?)>[^<]*<\/cbc:EmbeddedDocumentBinaryObject>/,
    '$1/>',
  );
}

/** What the rewriters need of core: its QR codec and the SignedProperties digest. */
export interface WildDocumentsCore<Decoded extends { readonly timestamp: string; readonly tags?: unknown }> {
  /** `decodeQr` of `@fatoora/core/qr`. */
  decodeQr(text: string): Decoded;
  /** `encodeQr` of `@fatoora/core/qr`. */
  encodeQr(fields: Omit<Decoded, 'tags'>): string;
  /**
   * The digest of the document's `xades:SignedProperties` as a verifier recomputes it (base64), or
   * `undefined` when the digest the document carries is that one already.
   */
  signedPropertiesDigest(signedXml: string): string | undefined;
}

/** The rewriters that need core. */
export interface WildDocuments {
  /**
   * The signed document with `xades:SigningTime` written as `written` and the SignedProperties
   * digest recomputed: what a signer that writes the time that way produces.
   */
  rewriteSigningTime(signedXml: string, written: string): string;
  /** The signed document with QR tag 3 written as `timestamp` (every other tag kept). */
  rewriteQrTimestamp(signedXml: string, timestamp: string): string;
}

/**
 * The rewriters, bound to core's QR codec and SignedProperties digest.
 *
 * @example
 * ```ts
 * const { rewriteSigningTime } = wildDocuments({ decodeQr, encodeQr, signedPropertiesDigest });
 * rewriteSigningTime(signedXml, '2024-05-01T10:15:00Z');
 * ```
 */
export function wildDocuments<Decoded extends { readonly timestamp: string; readonly tags?: unknown }>(
  core: WildDocumentsCore<Decoded>,
): WildDocuments {
  return {
    rewriteSigningTime(signedXml, written) {
      const timed = replaceOnce(signedXml, SIGNING_TIME, `$1${written}$2`);
      const digest = core.signedPropertiesDigest(timed);
      return digest === undefined ? timed : replaceOnce(timed, PROPERTIES_DIGEST, `$1${digest}$2`);
    },
    rewriteQrTimestamp(signedXml, timestamp) {
      const { tags: _tags, ...fields } = core.decodeQr(qrTextOf(signedXml));
      return replaceOnce(signedXml, QR_TEXT, `$1${core.encodeQr({ ...fields, timestamp })}$3`);
    },
  };
}

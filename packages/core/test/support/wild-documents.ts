/**
 * Signed documents as other software writes them (issue 10, "documents from the wild"), made from
 * a correctly signed one: a `xades:SigningTime` with a `Z` or an offset, with the SignedProperties
 * digest recomputed so that the signature stays intact (the ECDSA signature covers the invoice
 * hash only, signing-rules §2); a QR whose tag 3 is written another way; an empty QR element. The
 * QR is outside the invoice hash (signing-rules §1), so changing it leaves hash and signature valid.
 */
import { decodeQr } from '../../src/qr/decode-qr.ts';
import { encodeQr } from '../../src/qr/encode-qr.ts';
import { hexDigestBase64, signedPropertiesDigestInput } from '../../src/signing/signed-properties.ts';
import { descendantElements } from '../../src/xml/dom.ts';
import { NS } from '../../src/xml/namespaces.ts';
import { readXml } from '../../src/xml/read-xml.ts';

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
 * The signed document with `xades:SigningTime` written as `written` and the SignedProperties
 * digest recomputed: what a signer that writes the time that way produces.
 */
export function rewriteSigningTime(signedXml: string, written: string): string {
  const timed = replaceOnce(signedXml, SIGNING_TIME, `$1${written}$2`);
  const properties = descendantElements(readXml(timed), NS.xades, 'SignedProperties')[0];
  if (!properties) throw new Error('test fixture: no xades:SignedProperties');
  const digest = hexDigestBase64(signedPropertiesDigestInput(properties));
  return replaceOnce(timed, PROPERTIES_DIGEST, `$1${digest}$2`);
}

/** The QR text of a signed document. */
export function qrTextOf(signedXml: string): string {
  const match = QR_TEXT.exec(signedXml);
  if (!match?.[2]) throw new Error('test fixture: no QR text');
  return match[2];
}

/** The signed document with QR tag 3 written as `timestamp` (every other tag kept). */
export function rewriteQrTimestamp(signedXml: string, timestamp: string): string {
  const { tags: _tags, ...fields } = decodeQr(qrTextOf(signedXml));
  return replaceOnce(signedXml, QR_TEXT, `$1${encodeQr({ ...fields, timestamp })}$3`);
}

/** The signed document with an empty QR element: `<cbc:EmbeddedDocumentBinaryObject …/>`. */
export function emptyQr(signedXml: string): string {
  return replaceOnce(
    signedXml,
    /(<cbc:ID>QR<\/cbc:ID>\s*<cac:Attachment>\s*<cbc:EmbeddedDocumentBinaryObject[^>]*?)>[^<]*<\/cbc:EmbeddedDocumentBinaryObject>/,
    '$1/>',
  );
}

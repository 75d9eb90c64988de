/**
 * The invoice hash: the value ZATCA uses as the `invoiceSignedData` digest, as `invoiceHash` in
 * API bodies, as the next invoice's PIH and as QR tag 6. The rule, established on all 45 SDK
 * samples (`shared/docs/signing-rules.md` §1): remove three children of the root
 * (`ext:UBLExtensions`, `cac:Signature`, and the `cac:AdditionalDocumentReference` whose `cbc:ID`
 * is `QR`) — the elements only, never the whitespace around them — canonicalize the rest with
 * C14N 1.1 and take SHA-256; the hash is the base64 of the 32 raw bytes.
 */

import { sha256Text } from '../crypto/sha256-text.ts';
import { encodeBase64 } from '../encoding/base64.ts';
import { XmlError } from '../errors/xml-error.ts';
import { canonicalize } from '../xml/c14n.ts';
import { childElement, isElement } from '../xml/dom.ts';
import type { XmlDocument as Document, XmlElement as Element } from '../xml/dom-types.ts';
import { NS } from '../xml/namespaces.ts';
import type { XmlReadLimits } from '../xml/read-limits.ts';
import { toXmlDocument } from '../xml/read-xml.ts';

/**
 * The PIH of the first invoice in a chain: base64 of the *hex text* of SHA-256("0"), as ZATCA's
 * SDK ships it in `Data/PIH/pih.txt`.
 */
export const FIRST_PREVIOUS_INVOICE_HASH =
  'NWZlY2ViNjZmZmM4NmYzOGQ5NTI3ODZjNmQ2OTZjNzljMmRiYzIzOWRkNGU5MWI0NjcyOWQ3M2EyN2ZiNTdlOQ==';

/**
 * Computes the ZATCA invoice hash of an invoice, signed or not.
 *
 * @returns the base64 of the SHA-256 digest (44 characters).
 * @param xml the document as text, UTF-8 bytes (decoded strictly) or a parsed document.
 * @param limits the reader's limits for text or bytes (defaults: `DEFAULT_XML_LIMITS`); a
 * server passes the cap of its request body as `maxLength`.
 * @throws {XmlError} when the text is not a well-formed, DOCTYPE-free XML document, or crosses
 * a limit.
 * @example
 * ```ts
 * const hash = hashInvoice(signedXml); // 'z5F9qsS6oWyDhehD8u8S0DaxV+2CUiUz9Y+UsR61JgQ='
 * hashInvoice(bytes, { maxLength: 2 * 1024 * 1024 });
 * ```
 */
export function hashInvoice(xml: string | Uint8Array | Document, limits?: XmlReadLimits): string {
  return encodeBase64(invoiceDigest(toXmlDocument(xml, limits)));
}

/** The 32 raw bytes of the invoice hash of a parsed invoice (see {@link hashInvoice}). */
export function invoiceDigest(document: Document): Uint8Array {
  return sha256Text(canonicalInvoice(document));
}

/**
 * The exact text the invoice hash is taken over: the C14N 1.1 form of the document without the
 * signature, the `cac:Signature` and the QR reference.
 *
 * @throws {XmlError} `xml-no-root` for a document without a root element.
 */
export function canonicalInvoice(document: Document): string {
  const root = document.documentElement;
  if (!root) throw new XmlError('xml-no-root', 'The document has no root element.');
  return canonicalize(document, {
    algorithm: 'c14n11',
    exclude: (element) => isExcludedFromHash(element, root),
  });
}

/** Whether `element` is one of the three root children the hash leaves out. */
export function isExcludedFromHash(element: Element, root: Element): boolean {
  if (element.parentNode !== root) return false;
  return (
    isElement(element, NS.ext, 'UBLExtensions') ||
    isElement(element, NS.cac, 'Signature') ||
    (isElement(element, NS.cac, 'AdditionalDocumentReference') && isQrReference(element))
  );
}

function isQrReference(reference: Element): boolean {
  const id = childElement(reference, NS.cbc, 'ID');
  return id?.textContent === 'QR';
}

/**
 * Removes the signature parts from a signed invoice — `ext:UBLExtensions`, `cac:Signature` and
 * the QR reference — leaving every other byte as it was. The hash is unchanged by construction
 * (those are exactly the parts the hash leaves out), so a stripped invoice can be re-signed and
 * keeps its place in the ICV/PIH chain.
 */
import type { XmlElement as Element } from '../xml/dom-types.ts';
import { readXml, toXmlText } from '../xml/read-xml.ts';
import { topLevelRanges } from '../xml/top-level-ranges.ts';
import { invoiceRoot } from './invoice-facts.ts';
import { isExcludedFromHash } from './invoice-hash.ts';

/**
 * Returns the invoice without its signature, QR and `cac:Signature`.
 *
 * @throws {XmlError} for text that is not well-formed, DOCTYPE-free XML.
 * @throws {SignatureError} `not-an-invoice` when the root is not a UBL Invoice.
 * @example
 * ```ts
 * const unsigned = stripSignature(signedXml);
 * hashInvoice(unsigned) === hashInvoice(signedXml); // true
 * ```
 */
export function stripSignature(input: string | Uint8Array): string {
  const xml = toXmlText(input);
  const root = invoiceRoot(readXml(xml));
  const ranges = topLevelRanges(xml).children;
  let out = '';
  let cursor = 0;
  let index = 0;
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== 1) continue;
    const range = ranges[index++]!;
    if (isExcludedFromHash(child as Element, root)) {
      out += xml.slice(cursor, range.start);
      cursor = range.end;
    }
  }
  return out + xml.slice(cursor);
}

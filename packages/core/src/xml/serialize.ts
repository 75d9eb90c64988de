/**
 * Serializes an xmldom DOM back to XML text (xmldom's XMLSerializer). Use it for documents you
 * build or edit as a DOM; to hash or sign, use the text itself — re-serializing a document after
 * hashing changes its bytes and breaks the hash (signing-rules §1).
 */
import { type Document, type Node, XMLSerializer } from '@xmldom/xmldom';

/**
 * XML text of a document or node, with an XML declaration for a document.
 *
 * @example
 * ```ts
 * serializeXml(parseXml('<a><b/></a>')); // '<?xml version="1.0" encoding="UTF-8"?>\n<a><b/></a>'
 * ```
 */
export function serializeXml(node: Document | Node): string {
  const text = new XMLSerializer().serializeToString(node);
  const isDocument = node.nodeType === 9;
  return isDocument && !text.startsWith('<?xml') ? `<?xml version="1.0" encoding="UTF-8"?>\n${text}` : text;
}

/**
 * Safe, strict, namespace-aware XML parsing into a full @xmldom/xmldom DOM, for callers who want
 * one. Invoices arrive from users and from the network, so every document is first admitted by
 * the strict reader (`read-xml.ts`): a DOCTYPE is refused outright (no external entity can be
 * resolved, no entity expanded), and so are forbidden characters and character references,
 * encodings other than UTF-8, XML 1.1, and anything past the {@link XmlReadLimits}. Whatever
 * xmldom still reports as an error becomes a typed {@link XmlError} too, so a malformed invoice
 * can never be hashed or signed as if it were well-formed.
 */
import { DOMParser, type Document } from '@xmldom/xmldom';
import { XmlError } from '../errors/xml-error.ts';
import type { XmlReadLimits } from './read-limits.ts';
import { readXml, toXmlText } from './read-xml.ts';

/**
 * Parses XML text or UTF-8 bytes into an xmldom `Document`.
 *
 * A leading byte-order mark is ignored. Line ends are normalized to `\n` and attribute values are
 * normalized as XML 1.0 requires (§2.11, §3.3.3), which is what canonicalization expects.
 *
 * @throws {XmlError} whatever `readXml` throws for the same input (`xml-doctype-forbidden`,
 * `xml-invalid-character`, `xml-encoding-invalid`, `xml-too-deep`, …); `xml-malformed` for
 * anything else the parser rejects (the message names the parser's complaint).
 * @example
 * ```ts
 * const doc = parseXml('<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"/>');
 * doc.documentElement?.localName; // 'Invoice'
 * ```
 */
export function parseXml(input: string | Uint8Array, limits?: XmlReadLimits): Document {
  // The strict reader admits the text first, so this parser refuses exactly what it refuses
  // (DOCTYPEs, forbidden characters and references, other encodings, every limit) and xmldom
  // never sees a document deeper or wider than the limits; xmldom then builds its full DOM.
  const text = toXmlText(input);
  readXml(text, limits);
  const parser = new DOMParser({
    locator: false,
    onError(level, message) {
      if (level === 'warning') return;
      throw new XmlError('xml-malformed', `Malformed XML: ${firstLine(message)}`);
    },
  });
  try {
    return parser.parseFromString(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, 'text/xml');
  } catch (error) {
    if (error instanceof XmlError) throw error;
    throw new XmlError(
      'xml-malformed',
      `Malformed XML: ${firstLine(String((error as Error)?.message ?? error))}`,
      {
        cause: error,
      },
    );
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() ?? message;
}

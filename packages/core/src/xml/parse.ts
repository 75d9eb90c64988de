/**
 * Safe, strict, namespace-aware XML parsing on @xmldom/xmldom. Invoices arrive from users and
 * from the network, so the parser refuses any DOCTYPE outright: no external entity can be
 * resolved (XXE) and no entity can be expanded (billion laughs), and the refusal is immediate,
 * before any parsing work. Everything xmldom reports as an error (not only fatal ones: an unknown
 * entity reference is only an "error" to xmldom, which would keep its text verbatim) and any
 * character XML 1.0 forbids becomes a typed {@link XmlError}, so a malformed invoice can never be
 * hashed or signed as if it were well-formed.
 */
import { DOMParser, type Document } from '@xmldom/xmldom';
import { XmlError } from '../errors/xml-error.ts';
import { firstForbiddenCharacter } from './characters.ts';

/**
 * Parses XML text into an xmldom `Document`.
 *
 * A leading byte-order mark is ignored. Line ends are normalized to `\n` and attribute values are
 * normalized as XML 1.0 requires (§2.11, §3.3.3), which is what canonicalization expects.
 *
 * @throws {XmlError} `xml-doctype-forbidden` when the text declares a DOCTYPE or an entity;
 * `xml-invalid-character` for a character XML forbids; `xml-malformed` for anything else the
 * parser rejects (the message names the parser's complaint).
 * @example
 * ```ts
 * const doc = parseXml('<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"/>');
 * doc.documentElement?.localName; // 'Invoice'
 * ```
 */
export function parseXml(text: string): Document {
  if (typeof text !== 'string') {
    throw new XmlError('xml-malformed', `Expected XML text, got ${text === null ? 'null' : typeof text}.`);
  }
  if (text.includes('<!DOCTYPE') || text.includes('<!ENTITY') || /<!doctype/i.test(text)) {
    throw new XmlError(
      'xml-doctype-forbidden',
      'XML with a DOCTYPE or entity declaration is refused: invoices never need one, and it is how XXE and entity-expansion attacks start.',
    );
  }
  const forbidden = firstForbiddenCharacter(text);
  if (forbidden !== -1) {
    const codePoint = text.charCodeAt(forbidden).toString(16).toUpperCase().padStart(4, '0');
    throw new XmlError('xml-invalid-character', `XML may not contain the character U+${codePoint}.`, {
      details: { offset: forbidden },
    });
  }
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

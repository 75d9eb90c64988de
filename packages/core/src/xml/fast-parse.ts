/**
 * A strict, fast XML reader for the hot paths (hashing, signing, verifying). It builds the
 * lightweight tree of `light-dom.ts` in a single pass over the text, with namespaces resolved.
 *
 * It is deliberately conservative: it handles the XML that invoices are made of (elements,
 * attributes, namespaces, text, the five predefined entities, character references, CDATA,
 * comments, processing instructions) and, the moment it meets anything else — a DOCTYPE, a
 * malformed tag, an unbound prefix, a forbidden character, a non-ASCII element name — it gives up
 * and returns `undefined`. {@link readXml} then hands the text to xmldom through `parseXml`, which
 * either builds the tree or throws the precise typed error. So the fast reader never decides that
 * a document is valid when the full parser would not; tests check that both give identical
 * canonical forms on every SDK sample and on random documents.
 */
import { firstForbiddenCharacter } from './characters.ts';
import type { XmlDocument } from './dom-types.ts';
import {
  type LightAttribute,
  LightDocument,
  LightElement,
  LightProcessingInstruction,
  LightText,
  type NamespaceScope,
  ROOT_SCOPE,
} from './light-dom.ts';
import { NS } from './namespaces.ts';
import { parseXml } from './parse.ts';

/** XML names this reader accepts: ASCII QNames (anything else goes to the full parser). */
const QNAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;
const PI_TARGET = /^[A-Za-z_][\w.-]*$/;
const WHITESPACE = /^[ \t\r\n]*$/;
const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/**
 * Parses XML text into a read-only tree, fast when the text is ordinary XML and through xmldom
 * otherwise. Same safety as `parseXml`: no DOCTYPE, no entity expansion, typed errors.
 *
 * @throws {XmlError} exactly as `parseXml` does.
 * @example
 * ```ts
 * readXml(invoiceXml).documentElement?.localName; // 'Invoice'
 * ```
 */
export function readXml(text: string): XmlDocument {
  return (
    (typeof text === 'string' ? parseXmlFast(text) : undefined) ?? (parseXml(text) as unknown as XmlDocument)
  );
}

/** Gives up on the current document; the full parser takes over. */
class NotHandled extends Error {}
const give = (): never => {
  throw new NotHandled();
};

/**
 * The fast reader alone: the tree, or `undefined` when the text needs the full parser.
 */
export function parseXmlFast(text: string): LightDocument | undefined {
  if (firstForbiddenCharacter(text) !== -1) return undefined;
  try {
    return new Reader(text).read();
  } catch (error) {
    if (error instanceof NotHandled) return undefined;
    throw error;
  }
}

class Reader {
  private position: number;
  private readonly document = new LightDocument();
  private readonly open: LightElement[] = [];

  constructor(private readonly text: string) {
    this.position = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  read(): LightDocument {
    const { text } = this;
    let rootClosed = false;
    while (this.position < text.length) {
      const lt = text.indexOf('<', this.position);
      const textEnd = lt === -1 ? text.length : lt;
      if (textEnd > this.position) {
        const raw = text.slice(this.position, textEnd);
        if (this.open.length === 0) {
          if (!WHITESPACE.test(raw)) give();
        } else {
          this.appendText(decodeText(raw));
        }
      }
      if (lt === -1) break;
      this.position = lt;
      const next = text.charCodeAt(lt + 1);
      if (next === 0x2f /* / */) {
        this.readEndTag();
        if (this.open.length === 0) rootClosed = true;
      } else if (next === 0x21 /* ! */) {
        this.readMarkupDeclaration();
      } else if (next === 0x3f /* ? */) {
        this.readProcessingInstruction(lt);
      } else {
        if (rootClosed || (this.open.length === 0 && this.document.documentElement)) give();
        const closed = this.readStartTag();
        if (closed && this.open.length === 0) rootClosed = true;
      }
    }
    if (this.open.length > 0 || !this.document.documentElement) give();
    return this.document;
  }

  private appendText(data: string): void {
    const parent = this.open[this.open.length - 1]!;
    const last = parent.lastChild;
    if (last instanceof LightText) last.data += data;
    else parent.appendChild(new LightText(data));
  }

  private readEndTag(): void {
    const { text } = this;
    const gt = text.indexOf('>', this.position);
    if (gt === -1) give();
    const name = text.slice(this.position + 2, gt).replace(/[ \t\r\n]+$/, '');
    const element = this.open.pop();
    if (!element || element.nodeName !== name) give();
    this.position = gt + 1;
  }

  private readMarkupDeclaration(): void {
    const { text, position } = this;
    if (text.startsWith('<!--', position)) {
      const end = text.indexOf('-->', position + 4);
      // "--" may not appear inside a comment (XML 1.0 §2.5), nor may it end with "-".
      if (end === -1 || text.slice(position + 4, end).includes('--') || text.charCodeAt(end - 1) === 0x2d)
        give();
      this.position = end + 3;
    } else if (text.startsWith('<![CDATA[', position) && this.open.length > 0) {
      const end = text.indexOf(']]>', position + 9);
      if (end === -1) give();
      this.appendText(normalizeLineEnds(text.slice(position + 9, end)));
      this.position = end + 3;
    } else {
      give(); // DOCTYPE and anything else: the full parser refuses it with the right error
    }
  }

  private readProcessingInstruction(lt: number): void {
    const { text } = this;
    const end = text.indexOf('?>', lt + 2);
    if (end === -1) give();
    const body = text.slice(lt + 2, end);
    const match = /^([^ \t\r\n]+)(?:[ \t\r\n]+([\s\S]*))?$/.exec(body);
    if (!match) give();
    const target = match![1]!;
    const data = normalizeLineEnds(match![2] ?? '');
    if (target.toLowerCase() === 'xml') {
      // Only the XML declaration, at the very start, and only in its plain form.
      const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
      if (
        target !== 'xml' ||
        lt !== start ||
        !/^version=(["'])1\.[0-9]\1(\s+encoding=(["'])[A-Za-z][\w.-]*\3)?(\s+standalone=(["'])(yes|no)\5)?\s*$/.test(
          data,
        )
      )
        give();
    } else {
      if (!PI_TARGET.test(target)) give();
      const node = new LightProcessingInstruction(target, data);
      const parent = this.open[this.open.length - 1] ?? this.document;
      parent.appendChild(node);
    }
    this.position = end + 2;
  }

  /** Reads a start tag; returns true when it was self-closing. */
  private readStartTag(): boolean {
    const { text } = this;
    let index = this.position + 1;
    const nameEnd = scanName(text, index);
    const qname = text.slice(index, nameEnd);
    if (!QNAME.test(qname)) give();
    index = nameEnd;

    const raw: [string, string][] = [];
    for (;;) {
      const afterSpace = skipWhitespace(text, index);
      const code = text.charCodeAt(afterSpace);
      if (code === 0x3e /* > */ || (code === 0x2f /* / */ && text.charCodeAt(afterSpace + 1) === 0x3e)) {
        index = afterSpace;
        break;
      }
      if (afterSpace === index) give(); // attributes must be separated by whitespace
      const attributeNameEnd = scanName(text, afterSpace);
      const name = text.slice(afterSpace, attributeNameEnd);
      if (!QNAME.test(name)) give();
      let cursor = skipWhitespace(text, attributeNameEnd);
      if (text.charCodeAt(cursor) !== 0x3d /* = */) give();
      cursor = skipWhitespace(text, cursor + 1);
      const quote = text.charCodeAt(cursor);
      if (quote !== 0x22 && quote !== 0x27) give();
      const close = text.indexOf(quote === 0x22 ? '"' : "'", cursor + 1);
      if (close === -1) give();
      const value = text.slice(cursor + 1, close);
      if (value.includes('<')) give();
      raw.push([name, decodeAttribute(value)]);
      index = close + 1;
    }
    const selfClosing = text.charCodeAt(index) === 0x2f;
    this.position = index + (selfClosing ? 2 : 1);

    const parent = this.open[this.open.length - 1];
    const element = buildElement(qname, raw, parent?.scope ?? ROOT_SCOPE);
    if (parent) parent.appendChild(element);
    else {
      this.document.appendChild(element);
      this.document.documentElement = element;
    }
    if (!selfClosing) this.open.push(element);
    return selfClosing;
  }
}

function buildElement(
  qname: string,
  raw: readonly [string, string][],
  parentScope: NamespaceScope,
): LightElement {
  let scope = parentScope;
  const seen = new Set<string>();
  for (const [name, value] of raw) {
    if (seen.has(name)) give();
    seen.add(name);
    if (name === 'xmlns' || name.startsWith('xmlns:')) {
      const prefix = name === 'xmlns' ? '' : name.slice(6);
      // Namespaces in XML 1.0 §3: no undeclaring a prefix, no rebinding xml or xmlns.
      if (
        prefix === 'xmlns' ||
        (prefix !== '' && value === '') ||
        (prefix === 'xml') !== (value === NS.xml) ||
        value === NS.xmlns
      )
        give();
      if (scope === parentScope) scope = new Map(parentScope);
      (scope as Map<string, string>).set(prefix, value);
    }
  }
  const attributes: LightAttribute[] = [];
  const expandedNames = new Set<string>();
  for (const [name, value] of raw) {
    const colon = name.indexOf(':');
    const prefix = colon === -1 ? null : name.slice(0, colon);
    const localName = colon === -1 ? name : name.slice(colon + 1);
    let namespaceURI: string | null = null;
    if (name === 'xmlns' || prefix === 'xmlns') namespaceURI = NS.xmlns;
    else if (prefix !== null) {
      namespaceURI = scope.get(prefix) ?? give();
      const expanded = `{${namespaceURI}}${localName}`;
      if (expandedNames.has(expanded)) give();
      expandedNames.add(expanded);
    }
    attributes.push({ name, prefix, localName, namespaceURI, value });
  }
  const colon = qname.indexOf(':');
  const prefix = colon === -1 ? null : qname.slice(0, colon);
  const localName = colon === -1 ? qname : qname.slice(colon + 1);
  if (prefix === 'xmlns') give();
  const namespaceURI = prefix === null ? scope.get('') || null : (scope.get(prefix) ?? give());
  return new LightElement(qname, prefix, localName, namespaceURI, attributes, scope);
}

function scanName(text: string, from: number): number {
  let index = from;
  for (;;) {
    const code = text.charCodeAt(index);
    // Stop at whitespace, '/', '>', '=' or the end; QNAME checks what was read.
    if (
      Number.isNaN(code) ||
      code === 0x20 ||
      code === 0x09 ||
      code === 0x0a ||
      code === 0x0d ||
      code === 0x2f ||
      code === 0x3e ||
      code === 0x3d
    ) {
      return index;
    }
    index++;
  }
}

function skipWhitespace(text: string, from: number): number {
  let index = from;
  for (;;) {
    const code = text.charCodeAt(index);
    if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return index;
    index++;
  }
}

/** XML 1.0 §2.11: CR LF and lone CR become LF. */
function normalizeLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

function decodeText(raw: string): string {
  if (raw.includes(']]>')) give();
  return decodeReferences(normalizeLineEnds(raw));
}

/** XML 1.0 §3.3.3: after line-end normalization, each whitespace character becomes a space. */
function decodeAttribute(raw: string): string {
  return decodeReferences(normalizeLineEnds(raw).replace(/[\t\n]/g, ' '));
}

function decodeReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&([^;&]*);?/g, (match, body: string) => {
    if (!match.endsWith(';')) give();
    const predefined = PREDEFINED_ENTITIES[body];
    if (predefined !== undefined) return predefined;
    const numeric = /^#(?:x([0-9A-Fa-f]{1,6})|([0-9]{1,7}))$/.exec(body);
    if (!numeric) give();
    const codePoint =
      numeric![1] !== undefined ? Number.parseInt(numeric![1], 16) : Number.parseInt(numeric![2]!, 10);
    const isXmlChar =
      codePoint === 0x9 ||
      codePoint === 0xa ||
      codePoint === 0xd ||
      (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
      (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
      (codePoint >= 0x10000 && codePoint <= 0x10ffff);
    if (!isXmlChar) give();
    return String.fromCodePoint(codePoint);
  });
}

/**
 * XML canonicalization over a DOM (ours or xmldom's): Canonical XML 1.1 (inclusive, without comments,
 * https://www.w3.org/TR/xml-c14n11/) as the invoice hash needs, and Exclusive XML
 * Canonicalization 1.0 (https://www.w3.org/TR/xml-exc-c14n/) for XAdES fragments. Both render a
 * whole document or one element's subtree, optionally leaving out whole elements (the way an
 * enveloped-signature XPath transform does), and produce the exact characters that get hashed.
 *
 * What both forms do, per the specifications: the XML declaration and DOCTYPE are dropped;
 * comments are dropped; CDATA sections become escaped text; empty elements become start+end tag
 * pairs; attributes are double-quoted and sorted by namespace URI then local name, after the
 * namespace declarations, which are sorted by prefix; text escapes `&`, `<`, `>` and CR, attribute
 * values `&`, `<`, `"`, TAB, LF and CR. They differ in which namespace declarations are written:
 * the inclusive form writes every one in scope that the output parent did not already write, the
 * exclusive form only those an element visibly uses.
 */
import type {
  XmlAttribute as Attr,
  XmlDocument as Document,
  XmlElement as Element,
  XmlNode as Node,
} from './dom-types.ts';
import { NS } from './namespaces.ts';

/** Which canonicalization to apply. */
export type CanonicalizationAlgorithm = 'c14n11' | 'exc-c14n';

/** The algorithm URIs, as they appear in `ds:CanonicalizationMethod` and `ds:Transform`. */
export const CANONICALIZATION_URI: Readonly<Record<CanonicalizationAlgorithm, string>> = {
  c14n11: 'http://www.w3.org/2006/12/xml-c14n11',
  'exc-c14n': 'http://www.w3.org/2001/10/xml-exc-c14n#',
};

/** Options for {@link canonicalize}. */
export interface CanonicalizeOptions {
  /** Defaults to `'c14n11'`. */
  readonly algorithm?: CanonicalizationAlgorithm;
  /**
   * Exclusive form only: prefixes treated inclusively (the `InclusiveNamespaces PrefixList`);
   * `'#default'` names the default namespace.
   */
  readonly inclusivePrefixes?: readonly string[];
  /** Elements for which this returns true are left out with everything inside them. */
  readonly exclude?: (element: Element) => boolean;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const PROCESSING_INSTRUCTION_NODE = 7;
const DOCUMENT_NODE = 9;

/**
 * Canonicalizes a document or an element subtree.
 *
 * For an element subtree (a document subset in the specifications' terms) the inclusive form
 * also writes the namespace declarations and the `xml:lang`/`xml:space` attributes the element
 * inherits from its ancestors; the exclusive form inherits nothing.
 *
 * @example
 * ```ts
 * const doc = parseXml('<?xml version="1.0"?><a z="1" b="2"><c/></a>');
 * canonicalize(doc); // '<a b="2" z="1"><c></c></a>'
 * ```
 */
export function canonicalize(node: Document | Element, options: CanonicalizeOptions = {}): string {
  const writer = new CanonicalWriter(options);
  if (node.nodeType === DOCUMENT_NODE) writer.writeDocument(node as Document);
  else writer.writeApex(node as Element);
  return writer.output;
}

class CanonicalWriter {
  output = '';
  private readonly exclusive: boolean;
  private readonly inclusivePrefixes: ReadonlySet<string>;
  private readonly exclude: ((element: Element) => boolean) | undefined;

  constructor(options: CanonicalizeOptions) {
    this.exclusive = options.algorithm === 'exc-c14n';
    this.inclusivePrefixes = new Set(
      (options.inclusivePrefixes ?? []).map((prefix) => (prefix === '#default' ? '' : prefix)),
    );
    this.exclude = options.exclude;
  }

  writeDocument(document: Document): void {
    let seenRoot = false;
    for (let child = document.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === ELEMENT_NODE) {
        seenRoot = true;
        this.writeApex(child as Element);
      } else if (child.nodeType === PROCESSING_INSTRUCTION_NODE && !isXmlDeclaration(child)) {
        // §2.1 of C14N: a PI before the document element is followed by a line feed, one after
        // it is preceded by one.
        if (seenRoot) this.output += '\n';
        this.writeProcessingInstruction(child);
        if (!seenRoot) this.output += '\n';
      }
    }
  }

  writeApex(element: Element): void {
    if (this.exclude?.(element)) return;
    const inScope: ScopeMap = new Map([['', '']]);
    const inherited = new Map<string, Attr>();
    const ancestors: Element[] = [];
    for (
      let parent = element.parentNode;
      parent && parent.nodeType === ELEMENT_NODE;
      parent = parent.parentNode
    ) {
      ancestors.push(parent as Element);
    }
    ancestors.reverse();
    for (const ancestor of ancestors) {
      collectDeclarations(ancestor, inScope);
      if (!this.exclusive) collectInheritableXmlAttributes(ancestor, inherited);
    }
    // Nothing has been written above the apex, so the "already rendered" context is empty.
    this.writeSubtree(element, inScope, new Map([['', '']]), inherited);
  }

  /**
   * Writes an element and everything inside it without recursion (nesting depth is input). The
   * namespaces in scope and those already rendered are two maps changed in place on the way down
   * and restored on the way up, so no element copies them: copying made namespace-heavy input
   * quadratic.
   */
  private writeSubtree(
    apex: Element,
    inScope: ScopeMap,
    rendered: ScopeMap,
    inherited: ReadonlyMap<string, Attr>,
  ): void {
    const frames: Frame[] = [this.startElement(apex, inScope, rendered, inherited, true)];
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const child = frame.next;
      if (!child) {
        this.output += `</${frame.element.nodeName}>`;
        restore(frame.undo);
        frames.pop();
        continue;
      }
      frame.next = child.nextSibling;
      switch (child.nodeType) {
        case ELEMENT_NODE:
          if (!this.exclude?.(child as Element)) {
            frames.push(this.startElement(child as Element, inScope, rendered, NO_INHERITANCE, false));
          }
          break;
        case TEXT_NODE:
        case CDATA_SECTION_NODE:
          this.output += escapeText((child as unknown as { data: string }).data);
          break;
        case PROCESSING_INSTRUCTION_NODE:
          this.writeProcessingInstruction(child);
          break;
        default: // comments are dropped (the "without comments" variants)
      }
    }
  }

  /** Writes a start tag, updating the two namespace maps; returns how to undo that. */
  private startElement(
    element: Element,
    inScope: ScopeMap,
    rendered: ScopeMap,
    inheritedXmlAttributes: ReadonlyMap<string, Attr>,
    isApex: boolean,
  ): Frame {
    const undo: Undo[] = [];
    const own = ownDeclarations(element);
    if (own) {
      for (const [prefix, uri] of own) {
        undo.push([inScope, prefix, inScope.get(prefix)]);
        inScope.set(prefix, uri);
      }
    }

    // Candidates: inclusive writes what is in scope (at the apex: everything inherited too;
    // below it only the element's own declarations can differ); exclusive writes what the
    // element visibly uses plus the inclusive prefix list.
    let candidates: Iterable<string>;
    if (this.exclusive) candidates = [...visiblyUtilizedPrefixes(element), ...this.inclusivePrefixes];
    else if (isApex) candidates = [...inScope.keys()];
    else candidates = own ? own.map(([prefix]) => prefix) : [];

    let declarations: [string, string][] | undefined;
    for (const prefix of candidates) {
      const uri = inScope.get(prefix);
      // Compared with what this element already wrote too, so a prefix used twice is declared once.
      if (uri === undefined || rendered.get(prefix) === uri) continue;
      // An empty default namespace is written (as xmlns="") only to undo a non-empty one.
      if (prefix === '' && uri === '' && !rendered.get('')) continue;
      undo.push([rendered, prefix, rendered.get(prefix)]);
      rendered.set(prefix, uri);
      if (!declarations) declarations = [];
      declarations.push([prefix, uri]);
    }

    let tag = `<${element.nodeName}`;
    if (declarations) {
      declarations.sort(([a], [b]) => compareCodeUnits(a, b));
      for (const [prefix, uri] of declarations) {
        tag += `${prefix === '' ? ' xmlns' : ` xmlns:${prefix}`}="${escapeAttribute(uri)}"`;
      }
    }
    const attributes = regularAttributes(element);
    for (const [name, attribute] of inheritedXmlAttributes) {
      if (
        !attributes.some(
          (ownAttribute) => ownAttribute.namespaceURI === NS.xml && ownAttribute.localName === name,
        )
      ) {
        attributes.push(attribute);
      }
    }
    if (attributes.length > 1) attributes.sort(compareAttributes);
    for (const attribute of attributes) tag += ` ${attribute.name}="${escapeAttribute(attribute.value)}"`;
    this.output += `${tag}>`;
    return { element, next: element.firstChild, undo };
  }

  private writeProcessingInstruction(node: Node): void {
    const { target, data } = node as unknown as { target: string; data: string };
    this.output += data ? `<?${target} ${data}?>` : `<?${target}?>`;
  }
}

/** xmldom keeps the XML declaration as a processing instruction; canonical XML drops it. */
function isXmlDeclaration(node: Node): boolean {
  return (node as unknown as { target: string }).target === 'xml';
}

const NO_INHERITANCE: ReadonlyMap<string, Attr> = new Map();

/** A binding to put back when an element ends: the map, the prefix, its value before. */
type Undo = readonly [map: ScopeMap, prefix: string, previous: string | undefined];

/** Prefix → namespace URI; `undefined` for a prefix no longer bound (see {@link restore}). */
type ScopeMap = Map<string, string | undefined>;

/** An element being written: the next child to write and the bindings to restore at its end. */
interface Frame {
  readonly element: Element;
  next: Node | null;
  readonly undo: readonly Undo[];
}

function restore(undo: readonly Undo[]): void {
  for (let index = undo.length - 1; index >= 0; index--) {
    const [map, prefix, previous] = undo[index]!;
    // Set back to undefined, never deleted: V8 makes a delete from a large Map cost its size.
    map.set(prefix, previous);
  }
}

/** The namespace declarations written on `element`, or `undefined` when there are none. */
function ownDeclarations(element: Element): [string, string][] | undefined {
  let found: [string, string][] | undefined;
  const attributes = element.attributes;
  for (let index = 0; index < attributes.length; index++) {
    const attribute = attributes.item(index)!;
    if (attribute.namespaceURI !== NS.xmlns) continue;
    if (!found) found = [];
    found.push([attribute.prefix === 'xmlns' ? attribute.localName! : '', attribute.value]);
  }
  return found;
}

/** Adds the namespace declarations written on `element` to `bindings`. */
function collectDeclarations(element: Element, bindings: ScopeMap): void {
  const attributes = element.attributes;
  for (let index = 0; index < attributes.length; index++) {
    const attribute = attributes.item(index)!;
    if (attribute.namespaceURI !== NS.xmlns) continue;
    bindings.set(attribute.prefix === 'xmlns' ? attribute.localName! : '', attribute.value);
  }
}

/** C14N 1.1 §2.4: xml:lang and xml:space flow down to an apex whose ancestors are omitted. */
function collectInheritableXmlAttributes(element: Element, inherited: Map<string, Attr>): void {
  const attributes = element.attributes;
  for (let index = 0; index < attributes.length; index++) {
    const attribute = attributes.item(index)!;
    if (
      attribute.namespaceURI === NS.xml &&
      (attribute.localName === 'lang' || attribute.localName === 'space')
    ) {
      inherited.set(attribute.localName, attribute);
    }
  }
}

function regularAttributes(element: Element): Attr[] {
  const result: Attr[] = [];
  const attributes = element.attributes;
  for (let index = 0; index < attributes.length; index++) {
    const attribute = attributes.item(index)!;
    if (attribute.namespaceURI !== NS.xmlns) result.push(attribute);
  }
  return result;
}

/** Exclusive C14N §3: the prefixes of the element's own name and of its attributes' names. */
function visiblyUtilizedPrefixes(element: Element): string[] {
  const prefixes = [element.prefix ?? ''];
  const attributes = element.attributes;
  for (let index = 0; index < attributes.length; index++) {
    const attribute = attributes.item(index)!;
    if (attribute.prefix && attribute.prefix !== 'xmlns' && attribute.prefix !== 'xml') {
      prefixes.push(attribute.prefix);
    }
  }
  return prefixes;
}

function compareAttributes(a: Attr, b: Attr): number {
  return (
    compareCodeUnits(a.namespaceURI ?? '', b.namespaceURI ?? '') ||
    compareCodeUnits(a.localName ?? '', b.localName ?? '')
  );
}

/** C14N orders by UCS code point; for the ASCII names and URIs involved code units agree. */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Escapes character data per C14N §2.3: `&`, `<`, `>` and CR (which survives parsing only when
 * written as a character reference, and must stay distinguishable from a line feed).
 */
export function escapeText(text: string): string {
  return /[&<>\r]/.test(text)
    ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#xD;')
    : text;
}

/** Escapes an attribute value per C14N §2.3: `&`, `<`, `"`, TAB, LF and CR. */
export function escapeAttribute(value: string): string {
  return /[&<"\t\n\r]/.test(value)
    ? value
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/"/g, '&quot;')
        .replace(/\t/g, '&#x9;')
        .replace(/\n/g, '&#xA;')
        .replace(/\r/g, '&#xD;')
    : value;
}

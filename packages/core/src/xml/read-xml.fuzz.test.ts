/**
 * A fuzz of the XML reader with structure-aware generators (issue 9): documents nested hundreds of
 * levels deep (past the limit of 64 too), namespace-heavy ones (declarations by the hundred,
 * redeclared and shadowed prefixes, `xmlns=""`, prefixed attributes, unbound and reserved
 * prefixes), reference-heavy ones (valid, forbidden and out-of-range character references,
 * predefined and unknown entities, bare `&`), issue 9's hostile shapes at random sizes, and byte
 * mutations of all of these fed as bytes (flipped bytes, truncations, stray 0xFF and 0xC3, overlong
 * and surrogate sequences, foreign and doubled byte-order marks). Whatever the input, `readXml`
 * returns a document or throws an `XmlError` with one of its known codes — never a RangeError, a
 * TypeError or a stack overflow — in time linear in the input; what it reads canonicalizes, and
 * the canonical form reads back to itself. References are checked against an oracle: every one is
 * decoded as XML 1.0 says or the document is refused. Each property runs for a fixed time budget;
 * the file also runs in headless Chromium, with a shorter one.
 */

import { HOSTILE_SHAPES, type HostileShape, UNLIMITED } from '@fatoora/test-support/hostile-xml';
import { randomDocument } from '@fatoora/test-support/random-xml';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { XmlError } from '../errors/xml-error.ts';
import { canonicalize } from './c14n.ts';
import type { LightDocument } from './light-dom.ts';
import { NS } from './namespaces.ts';
import type { XmlReadLimits } from './read-limits.ts';
import { readXml } from './read-xml.ts';

/** Every code `readXml` may refuse a document with. */
const KNOWN_CODES = [
  'xml-too-large',
  'xml-too-deep',
  'xml-too-many-attributes',
  'xml-too-many-namespaces',
  'xml-encoding-invalid',
  'xml-encoding-unsupported',
  'xml-version-unsupported',
  'xml-malformed',
  'xml-invalid-character',
  'xml-doctype-forbidden',
];

/**
 * How long each property generates documents; `numRuns` is set far beyond what fits in it. Node
 * gets the long run; Chromium runs the same reader code, so a shorter run there proves the browser
 * agrees (its decoders, its stack depth) without paying for the search twice in CI.
 */
const TIME_BUDGET_MS = typeof window === 'undefined' ? 6000 : 2000;
const FUZZ = { interruptAfterTimeLimit: TIME_BUDGET_MS, numRuns: 1_000_000 } as const;

/**
 * The linear-time bound for reading and canonicalizing one document of `n` characters (or bytes),
 * best of three runs. Measured over these generators, in Node and in Chromium: at most 1.2 µs per
 * character for documents over 2,000 characters (up to 64 KB), and under 0.8 ms for smaller ones;
 * the bound leaves more than ten times both. (A single run can take ten times longer when a
 * collection or a compilation lands in it, hence the best of three before a slow run counts.)
 */
const timeBound = (n: number) => 8 + 0.015 * n;

// ---------------------------------------------------------------------------------------------
// Structure-aware generators
// ---------------------------------------------------------------------------------------------

/** One element of a generated tree: its name, declarations, attributes and the text after its start tag. */
interface ElementSpec {
  readonly name: string;
  readonly declarations: readonly (readonly [prefix: string, uri: string])[];
  readonly attributes: readonly (readonly [name: string, value: string])[];
  readonly text: string;
  readonly selfClosing: boolean;
}

/** Where the next element goes: inside the previous one, beside it, or `up` levels higher. */
type Move =
  | { readonly kind: 'down' }
  | { readonly kind: 'beside' }
  | { readonly kind: 'up'; readonly levels: number };

/**
 * Writes the elements as one document, without recursion: a stack of open names, closed in order
 * at the end. A self-closing element takes no children (the next one goes beside it).
 */
function assemble(elements: readonly ElementSpec[], moves: readonly Move[]): string {
  const parts: string[] = [];
  const open: string[] = [];
  let lastOpened = false; // whether the previous element is still open (not self-closing)
  elements.forEach((element, index) => {
    if (index > 0) {
      const move = moves[index % Math.max(moves.length, 1)] ?? { kind: 'down' };
      if (move.kind === 'beside' && lastOpened && open.length > 1) parts.push(`</${open.pop()}>`);
      if (move.kind === 'up') {
        if (lastOpened && open.length > 1) parts.push(`</${open.pop()}>`);
        for (let level = 0; level < move.levels && open.length > 1; level++) parts.push(`</${open.pop()}>`);
      }
      // A second root would only test one refusal over and over: stay inside the first.
      if (open.length === 0) return;
    }
    const declarations = element.declarations
      .map(([prefix, uri]) => (prefix === '' ? ` xmlns="${uri}"` : ` xmlns:${prefix}="${uri}"`))
      .join('');
    const attributes = element.attributes.map(([name, value]) => ` ${name}="${value}"`).join('');
    const selfClosing = element.selfClosing && index > 0;
    parts.push(`<${element.name}${declarations}${attributes}${selfClosing ? '/>' : '>'}${element.text}`);
    if (!selfClosing) open.push(element.name);
    lastOpened = !selfClosing;
  });
  while (open.length > 0) parts.push(`</${open.pop()}>`);
  return parts.join('');
}

const move: fc.Arbitrary<Move> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ kind: 'down' } as const) },
  { weight: 2, arbitrary: fc.constant({ kind: 'beside' } as const) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 4 }).map((levels) => ({ kind: 'up', levels }) as const) },
);

const plainText = fc.constantFrom('', '', 'x', ' ', '\n  ', 'ش', 'a&amp;b', '&#x1F600;', '<!-- c -->');

/** Documents nested up to a few hundred levels: the default limit (64) is crossed about half the time. */
const deepDocument: fc.Arbitrary<string> = fc
  .record({
    depth: fc.integer({ min: 1, max: 300 }),
    names: fc.array(fc.constantFrom('a', 'b', 'p:c', 'cac:InvoiceLine', 'ext:UBLExtension'), {
      minLength: 1,
      maxLength: 4,
    }),
    texts: fc.array(plainText, { minLength: 1, maxLength: 4 }),
    declareEvery: fc.integer({ min: 0, max: 10 }),
    attributeEvery: fc.integer({ min: 0, max: 10 }),
    closeEarly: fc.boolean(),
  })
  .map(({ depth, names, texts, declareEvery, attributeEvery, closeEarly }) => {
    const open: string[] = [];
    const parts = [
      '<?xml version="1.0" encoding="UTF-8"?>\n<root xmlns:p="urn:p" xmlns:cac="urn:cac" xmlns:ext="urn:ext">',
    ];
    for (let level = 0; level < depth; level++) {
      const name = names[level % names.length]!;
      const declare = declareEvery > 0 && level % declareEvery === 0 ? ` xmlns:p="urn:p${level}"` : '';
      const attribute =
        attributeEvery > 0 && level % attributeEvery === 0 ? ` p:n="${level}" n="${level}"` : '';
      parts.push(`<${name}${declare}${attribute}>${texts[level % texts.length]!}`);
      open.push(name);
    }
    // Closing one level too few leaves an element unclosed: the reader must say so, not overflow.
    if (closeEarly) open.shift();
    while (open.length > 0) parts.push(`</${open.pop()}>`);
    parts.push('</root>');
    return parts.join('');
  });

const prefix = fc.constantFrom('', 'p', 'q', 'r', 'cbc', 'xml', 'xmlns', 'p0', 'ф');
const uri = fc.constantFrom(
  'urn:x',
  'urn:y',
  'http://example.org/z',
  '',
  NS.xml,
  NS.xmlns,
  NS.cbc,
  'urn:x&amp;y',
);
const localName = fc.constantFrom('a', 'b', 'ID', 'Invoice', 'اسم');
const qualifiedName = fc
  .tuple(fc.constantFrom('', '', 'p', 'q', 'r', 'unbound', 'xml', 'xmlns'), localName)
  .map(([p, local]) => (p === '' ? local : `${p}:${local}`));

const namespacedElement: fc.Arbitrary<ElementSpec> = fc.record({
  name: qualifiedName,
  declarations: fc.oneof(
    { weight: 5, arbitrary: fc.array(fc.tuple(prefix, uri), { maxLength: 4 }) },
    // Dozens of distinct declarations on one element: the per-element limit is 32.
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 20, max: 48 })
        .map((count) => Array.from({ length: count }, (_, index) => [`n${index}`, `urn:n${index}`] as const)),
    },
  ),
  attributes: fc.uniqueArray(fc.tuple(qualifiedName, fc.constantFrom('v', '', 'urn:x', '&lt;&#65;&gt;')), {
    maxLength: 4,
    selector: ([name]) => name,
  }),
  text: plainText,
  selfClosing: fc.boolean(),
});

/** Namespace-heavy trees: redeclarations, shadowing, `xmlns=""`, reserved and unbound prefixes. */
const namespaceDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(namespacedElement, { minLength: 1, maxLength: 60 }),
    fc.array(move, { minLength: 1, maxLength: 20 }),
  )
  .map(([elements, moves]) => assemble(elements, moves));

/** Issue 9's flood with random proportions: declarations on the root, then declaring children. */
const namespaceFlood: fc.Arbitrary<string> = fc
  .record({
    onRoot: fc.integer({ min: 0, max: 400 }),
    children: fc.integer({ min: 0, max: 400 }),
    perChild: fc.integer({ min: 1, max: 3 }),
    shadow: fc.boolean(),
  })
  .map(({ onRoot, children, perChild, shadow }) => {
    const root = Array.from({ length: onRoot }, (_, index) => ` xmlns:p${index}="urn:x${index}"`).join('');
    const child = (index: number) =>
      Array.from({ length: perChild }, (_, n) => ` xmlns:${shadow ? `p${n}` : 'q'}${n}="u${index}"`).join('');
    const body = Array.from({ length: children }, (_, index) => `<a${child(index)} p0:x="1"/>`).join('');
    return `<Invoice xmlns="${NS.invoice}"${root}>${body}</Invoice>`;
  });

/** One piece of character data, and what reading it gives: a string, or the code that refuses it. */
interface Unit {
  readonly raw: string;
  readonly text: string | { readonly refused: string };
  /** Its value inside an attribute, when it may appear there and reads differently. */
  readonly attribute?: string;
}

const malformed = { refused: 'xml-malformed' } as const;
const forbidden = { refused: 'xml-invalid-character' } as const;
const UNITS: readonly Unit[] = [
  // Plain characters; line ends are normalized, and whitespace in attributes becomes a space.
  { raw: 'a', text: 'a' },
  { raw: ' ', text: ' ' },
  { raw: 'ش', text: 'ش' },
  { raw: '😀', text: '😀' },
  { raw: '>', text: '>' },
  { raw: "'", text: "'" },
  { raw: '\t', text: '\t', attribute: ' ' },
  { raw: '\n', text: '\n', attribute: ' ' },
  { raw: '\r\n', text: '\n', attribute: ' ' },
  // Character references that name characters XML allows.
  { raw: '&#65;', text: 'A' },
  { raw: '&#x41;', text: 'A' },
  { raw: '&#0000065;', text: 'A' },
  { raw: '&#x00041;', text: 'A' },
  { raw: '&#9;', text: '\t' },
  { raw: '&#xA;', text: '\n' },
  { raw: '&#13;', text: '\r' },
  { raw: '&#xD7FF;', text: '\uD7FF' },
  { raw: '&#xE000;', text: '\uE000' },
  { raw: '&#xFFFD;', text: '\uFFFD' },
  { raw: '&#x10000;', text: '\u{10000}' },
  { raw: '&#x1F600;', text: '😀' },
  { raw: '&#1114111;', text: '\u{10FFFF}' },
  { raw: '&#x10FFFF;', text: '\u{10FFFF}' },
  // The five predefined entities.
  { raw: '&amp;', text: '&' },
  { raw: '&lt;', text: '<' },
  { raw: '&gt;', text: '>' },
  { raw: '&quot;', text: '"' },
  { raw: '&apos;', text: "'" },
  // Character references to characters XML forbids, or past Unicode.
  { raw: '&#0;', text: forbidden },
  { raw: '&#x0;', text: forbidden },
  { raw: '&#8;', text: forbidden },
  { raw: '&#x1F;', text: forbidden },
  { raw: '&#xD800;', text: forbidden },
  { raw: '&#xDFFF;', text: forbidden },
  { raw: '&#xFFFE;', text: forbidden },
  { raw: '&#xFFFF;', text: forbidden },
  { raw: '&#x110000;', text: forbidden },
  { raw: '&#1114112;', text: forbidden },
  { raw: '&#xFFFFFF;', text: forbidden },
  { raw: '&#9999999;', text: forbidden },
  // Huge numbers, malformed references, unknown entities, a bare "&".
  { raw: '&#99999999999999999999;', text: malformed },
  { raw: '&#x1234567;', text: malformed },
  { raw: '&#x;', text: malformed },
  { raw: '&#;', text: malformed },
  { raw: '&#X41;', text: malformed },
  { raw: '&#-1;', text: malformed },
  { raw: '&#x41 ;', text: malformed },
  { raw: '&#65', text: malformed },
  { raw: '&nbsp;', text: malformed },
  { raw: '&foo;', text: malformed },
  { raw: '&AMP;', text: malformed },
  // Entity names that are properties of every JavaScript object: a look-up in a plain object
  // finds them, and the reader must not.
  { raw: '&__proto__;', text: malformed },
  { raw: '&constructor;', text: malformed },
  { raw: '&toString;', text: malformed },
  { raw: '&', text: malformed },
  { raw: '&amp', text: malformed },
  { raw: '<', text: malformed },
];
/** Only in text: a CDATA section (taken literally), a comment (nothing), and "]]>" (refused). */
const TEXT_ONLY_UNITS: readonly Unit[] = [
  { raw: '<![CDATA[&amp;<x>]]>', text: '&amp;<x>' },
  { raw: '<!-- &nbsp; -->', text: '' },
  { raw: ']]>', text: malformed },
];

interface ReferenceDocument {
  readonly xml: string;
  /** The attribute's value and the root's text, or the codes one of which must refuse it. */
  readonly expected:
    | { readonly attribute: string; readonly text: string }
    | { readonly refused: Set<string> };
}

const referenceDocument: fc.Arbitrary<ReferenceDocument> = fc
  .tuple(
    fc.array(fc.constantFrom(...UNITS), { maxLength: 12 }),
    fc.array(fc.constantFrom(...UNITS, ...TEXT_ONLY_UNITS), { maxLength: 24 }),
  )
  .map(([attributeUnits, textUnits]) => {
    const refused = new Set<string>();
    const decode = (units: readonly Unit[], inAttribute: boolean) =>
      units
        .map((unit) => {
          if (typeof unit.text !== 'string') {
            refused.add(unit.text.refused);
            return '';
          }
          return inAttribute ? (unit.attribute ?? unit.text) : unit.text;
        })
        .join('');
    const attribute = decode(attributeUnits, true);
    const text = decode(textUnits, false);
    const raw = (units: readonly Unit[]) => units.map((unit) => unit.raw).join('');
    return {
      xml: `<r a="${raw(attributeUnits)}">${raw(textUnits)}</r>`,
      expected: refused.size > 0 ? { refused } : { attribute, text },
    };
  });

const HOSTILE_NAMES = Object.keys(HOSTILE_SHAPES) as HostileShape[];
/** Issue 9's hostile shapes at up to 64 KB. */
const hostileDocument: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...HOSTILE_NAMES), fc.integer({ min: 1, max: 64 * 1024 }))
  .map(([shape, size]) => HOSTILE_SHAPES[shape](size));

/** Any structured document. */
const anyDocument: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: deepDocument },
  { weight: 3, arbitrary: namespaceDocument },
  { weight: 1, arbitrary: namespaceFlood },
  { weight: 2, arbitrary: referenceDocument.map((document) => document.xml) },
  { weight: 2, arbitrary: randomDocument() },
  { weight: 1, arbitrary: hostileDocument },
);

/** The default limits, the unlimited ones, or tight random ones (so that every limit gets crossed). */
const limits: fc.Arbitrary<XmlReadLimits | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant(UNLIMITED),
  fc.record(
    {
      maxLength: fc.integer({ min: 1, max: 100_000 }),
      maxDepth: fc.integer({ min: 1, max: 100 }),
      maxAttributesPerElement: fc.integer({ min: 1, max: 70 }),
      maxNamespaceDeclarationsPerElement: fc.integer({ min: 1, max: 40 }),
      maxNamespaceDeclarations: fc.integer({ min: 1, max: 300 }),
    },
    { requiredKeys: [] },
  ),
);

// ---------------------------------------------------------------------------------------------
// Byte-level mutations
// ---------------------------------------------------------------------------------------------

const encoder = new TextEncoder();

/** Byte sequences that are not UTF-8, or that mean something else at the start of a document. */
const STRAY_BYTES: readonly (readonly number[])[] = [
  [0xff],
  [0xfe],
  [0xc3], // a lead byte with no continuation
  [0x80], // a continuation with no lead
  [0xc0, 0x80], // overlong U+0000
  [0xc1, 0xbf], // overlong
  [0xe0, 0x80, 0xaf], // overlong "/"
  [0xf0, 0x80, 0x80, 0xbc], // overlong "<"
  [0xed, 0xa0, 0x80], // a surrogate
  [0xf4, 0x90, 0x80, 0x80], // past U+10FFFF
  [0xf8, 0x88, 0x80, 0x80, 0x80], // a five-byte form
  [0xef, 0xbb, 0xbf], // a UTF-8 byte-order mark, out of place
  [0xef, 0xbf, 0xbe], // U+FFFE, well-formed UTF-8 but not an XML character
  [0x00],
  [0xc3, 0xa9], // "é", valid
];
const BYTE_ORDER_MARKS: readonly (readonly number[])[] = [
  [0xef, 0xbb, 0xbf],
  [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf],
  [0xfe, 0xff],
  [0xff, 0xfe],
  [0x00, 0x00, 0xfe, 0xff],
  [0xff, 0xfe, 0x00, 0x00],
];

type Mutation =
  | { readonly kind: 'flip'; readonly at: number; readonly mask: number }
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'insert'; readonly at: number; readonly bytes: readonly number[] }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'bom'; readonly bytes: readonly number[] };

const at = fc.nat();
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at, mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at }),
  fc.record({ kind: fc.constant('insert' as const), at, bytes: fc.constantFrom(...STRAY_BYTES) }),
  fc.record({ kind: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('bom' as const), bytes: fc.constantFrom(...BYTE_ORDER_MARKS) }),
);

function mutate(bytes: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let result = bytes;
  for (const change of mutations) {
    const position = change.kind === 'bom' ? 0 : change.at % (result.length + 1);
    switch (change.kind) {
      case 'flip': {
        if (result.length === 0) break;
        result = result.slice();
        const index = position % result.length;
        result[index] = result[index]! ^ change.mask;
        break;
      }
      case 'truncate':
        result = result.slice(0, position);
        break;
      case 'insert':
      case 'bom': {
        const inserted = new Uint8Array(result.length + change.bytes.length);
        inserted.set(result.subarray(0, position));
        inserted.set(change.bytes, position);
        inserted.set(result.subarray(position), position + change.bytes.length);
        result = inserted;
        break;
      }
      case 'delete': {
        const end = Math.min(result.length, position + change.length);
        const kept = new Uint8Array(result.length - (end - position));
        kept.set(result.subarray(0, position));
        kept.set(result.subarray(end), position);
        result = kept;
        break;
      }
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// The property
// ---------------------------------------------------------------------------------------------

/** Reads and canonicalizes once; the outcome and the time it took. */
function readOnce(input: string | Uint8Array, readLimits: XmlReadLimits | undefined) {
  const started = performance.now();
  let outcome: { document: LightDocument; canonical: string } | { error: unknown };
  try {
    const document = readXml(input, readLimits);
    outcome = { document, canonical: canonicalize(document) };
  } catch (error) {
    outcome = { error };
  }
  return { outcome, ms: performance.now() - started };
}

/**
 * Checks the property on one input: a document or a typed refusal, in linear time (re-measured,
 * best of three, before a slow run counts: a collection can land in any single run), and for a
 * document, a canonical form that reads back to itself. Returns the document, if any.
 */
function checkReading(input: string | Uint8Array, readLimits?: XmlReadLimits): LightDocument | undefined {
  let { outcome, ms } = readOnce(input, readLimits);
  const bound = timeBound(input.length);
  for (let retry = 0; retry < 2 && ms > bound; retry++) ms = Math.min(ms, readOnce(input, readLimits).ms);
  expect(ms, `${input.length} characters or bytes read in ${ms.toFixed(1)} ms`).toBeLessThan(bound);
  if ('error' in outcome) {
    const { error } = outcome;
    if (!(error instanceof XmlError)) throw error; // shown as is: a RangeError, a TypeError…
    expect(KNOWN_CODES, error.message).toContain(error.code);
    return undefined;
  }
  const { document, canonical } = outcome;
  expect(canonicalize(readXml(canonical, UNLIMITED))).toBe(canonical);
  return document;
}

describe('readXml under fuzzing', () => {
  it('reads or refuses with a typed error every structured document, under any limits, in linear time', () => {
    let runs = 0;
    fc.assert(
      fc.property(anyDocument, limits, (text, readLimits) => {
        runs++;
        checkReading(text, readLimits);
      }),
      FUZZ,
    );
    expect(runs).toBeGreaterThan(100);
  }, 60_000);

  it('reads or refuses with a typed error the bytes of those documents after random mutations', () => {
    let runs = 0;
    let decoded = 0;
    fc.assert(
      fc.property(anyDocument, fc.array(mutation, { minLength: 1, maxLength: 4 }), (text, mutations) => {
        runs++;
        const bytes = mutate(encoder.encode(text), mutations);
        if (checkReading(bytes)) decoded++;
      }),
      FUZZ,
    );
    expect(runs).toBeGreaterThan(100);
    // The mutations are not all fatal: some documents survive them, so both paths are exercised.
    expect(decoded).toBeGreaterThan(0);
  }, 60_000);

  it('decodes every character reference and entity as XML 1.0 says, or refuses the document', () => {
    let runs = 0;
    fc.assert(
      fc.property(referenceDocument, ({ xml, expected }) => {
        runs++;
        let document: LightDocument;
        try {
          document = readXml(xml);
        } catch (error) {
          if (!(error instanceof XmlError)) throw error;
          expect('refused' in expected, `${xml} was refused: ${error.message}`).toBe(true);
          if ('refused' in expected) expect([...expected.refused], error.message).toContain(error.code);
          return;
        }
        expect('refused' in expected, `${xml} was read`).toBe(false);
        if ('refused' in expected) return;
        const root = document.documentElement!;
        expect(root.getAttribute('a')).toBe(expected.attribute);
        expect(root.textContent).toBe(expected.text);
        checkReading(xml);
      }),
      FUZZ,
    );
    expect(runs).toBeGreaterThan(100);
  }, 60_000);
});

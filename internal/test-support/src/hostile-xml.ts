/**
 * Hostile XML shapes at a chosen size, for the linear-time suite and `pnpm bench`: each shape is
 * the document an attacker would send to make one part of a reader do more than linear work
 * (namespace declarations that a reader copies per element, deep nesting that a recursive walker
 * follows, thousands of attributes or references, a huge text node). Sizes are in UTF-8 bytes
 * (all shapes are ASCII) and hit the target to within one repeated unit.
 */

/** The shapes, each a function from a target size in bytes to the document text. */
export const HOSTILE_SHAPES = {
  /** Issue 9's reproduction: declarations on the root, then declaring children. */
  namespaces: (size: number) => {
    const count = Math.max(1, Math.floor(size / 44));
    const declarations = Array.from({ length: count }, (_, index) => ` xmlns:p${index}="urn:x${index}"`);
    const children = Array.from({ length: count }, (_, index) => `<a xmlns:q="u${index}"/>`);
    return `<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"${declarations.join('')}>${children.join('')}</Invoice>`;
  },
  /** Many elements, each with a full set of attributes. */
  attributes: (size: number) => {
    const element = `<a ${Array.from({ length: 60 }, (_, index) => `b${index}="v"`).join(' ')}/>`;
    return `<r>${element.repeat(Math.max(1, Math.floor(size / element.length)))}</r>`;
  },
  /** One element with as many attributes as the size allows. */
  wideElement: (size: number) => {
    const count = Math.max(1, Math.floor(size / 12));
    return `<r ${Array.from({ length: count }, (_, index) => `a${index}="v"`).join(' ')}/>`;
  },
  /** Character references. */
  characterReferences: (size: number) => `<r>${'&#x1F600;'.repeat(Math.floor(size / 10))}</r>`,
  /** Predefined entity references. */
  entityReferences: (size: number) => `<r>${'&amp;'.repeat(Math.floor(size / 5))}</r>`,
  /** Siblings by the hundred thousand. */
  siblings: (size: number) => `<r>${'<a/>'.repeat(Math.floor(size / 4))}</r>`,
  /** One large text node. */
  text: (size: number) => `<r>${'x'.repeat(size)}</r>`,
  /** Nesting as deep as the size allows. */
  deep: (size: number) => {
    const depth = Math.floor(size / 7);
    return `${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}`;
  },
  /** Nesting where every level declares a namespace. */
  deepNamespaces: (size: number) => {
    const depth = Math.floor(size / 30);
    return `${'<p:a xmlns:p="urn:p">'.repeat(depth)}${'</p:a>'.repeat(depth)}`;
  },
  /** Comments and processing instructions between elements. */
  markup: (size: number) => `<r>${'<!-- c --><?p d?><a/>'.repeat(Math.floor(size / 21))}</r>`,
} as const satisfies Record<string, (size: number) => string>;

/** A hostile shape's name. */
export type HostileShape = keyof typeof HOSTILE_SHAPES;

/** Limits high enough that every shape is read in full instead of refused. */
export const UNLIMITED = {
  maxLength: 64 * 1024 * 1024,
  maxDepth: 10_000_000,
  maxAttributesPerElement: 10_000_000,
  maxNamespaceDeclarationsPerElement: 10_000_000,
  maxNamespaceDeclarations: 10_000_000,
} as const;

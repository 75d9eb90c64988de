/**
 * A lightweight, read-only tree of plain objects that has the shape of the DOM parts fatoora
 * reads (`dom-types.ts`). `read-xml.ts` builds it an order of magnitude faster than a full
 * DOM, which is what lets signing stay well under a millisecond.
 */
import type { XmlAttribute, XmlAttributes, XmlElement, XmlNode } from './dom-types.ts';
import { NODE_TYPE } from './dom-types.ts';
import { NS } from './namespaces.ts';

/**
 * The namespaces in scope on an element: the declarations written on it, linked to its parent's
 * scope and never copied. Copying the in-scope map for every element that declares a namespace
 * made reading quadratic (thousands of declarations on the root times thousands of declaring
 * children); a link costs one object per declaring element. Elements that declare nothing share
 * their parent's scope.
 */
export class NamespaceScope {
  constructor(
    /** The enclosing scope, or `null` for the document's. */
    readonly parent: NamespaceScope | null,
    /**
     * The declarations at this level as prefix, URI, prefix, URI…; the default namespace has the
     * prefix `''`. A flat array, not a Map: most levels declare one or two, and a Map per
     * declaring element cost more memory than the element.
     */
    readonly own: readonly string[],
  ) {}

  /** The namespace URI bound to `prefix` (`''` for the default namespace), or `undefined`. */
  get(prefix: string): string | undefined {
    for (let scope: NamespaceScope | null = this; scope; scope = scope.parent) {
      const { own } = scope;
      for (let index = 0; index < own.length; index += 2) if (own[index] === prefix) return own[index + 1];
    }
    return undefined;
  }

  /** A non-default prefix bound to `namespaceURI` here, nearest declaration first, or `null`. */
  prefixOf(namespaceURI: string): string | null {
    for (let scope: NamespaceScope | null = this; scope; scope = scope.parent) {
      const { own } = scope;
      for (let index = 0; index < own.length; index += 2) {
        const prefix = own[index]!;
        // A nearer declaration of the same prefix for another URI hides this one.
        if (prefix !== '' && own[index + 1] === namespaceURI && this.get(prefix) === namespaceURI)
          return prefix;
      }
    }
    return null;
  }
}

abstract class LightNode implements XmlNode {
  // Each subclass answers nodeType from its prototype: one field less on every node of a tree
  // that may hold hundreds of thousands of them.
  abstract get nodeType(): number;
  parentNode: LightParent | null = null;
  nextSibling: LightChild | null = null;
  firstChild: LightChild | null = null;
}

abstract class LightParent extends LightNode {
  lastChild: LightChild | null = null;

  appendChild(child: LightChild): void {
    child.parentNode = this;
    if (this.lastChild) this.lastChild.nextSibling = child;
    else this.firstChild = child;
    this.lastChild = child;
  }
}

/** A text node (CDATA sections become text: canonical XML does not tell them apart). */
export class LightText extends LightNode {
  get nodeType(): number {
    return NODE_TYPE.text;
  }
  constructor(public data: string) {
    super();
  }
}

/** A processing instruction. */
export class LightProcessingInstruction extends LightNode {
  get nodeType(): number {
    return NODE_TYPE.processingInstruction;
  }
  constructor(
    readonly target: string,
    readonly data: string,
  ) {
    super();
  }
}

/** An attribute or namespace declaration. */
export interface LightAttribute extends XmlAttribute {}

class LightAttributeList implements XmlAttributes {
  constructor(private readonly list: readonly LightAttribute[]) {}
  get length(): number {
    return this.list.length;
  }
  item(index: number): LightAttribute | null {
    return this.list[index] ?? null;
  }
}

const NO_ATTRIBUTES = new LightAttributeList([]);

/**
 * An element's qualified name split into its parts. The reader makes one per distinct name and
 * shares it among the elements that carry it, instead of three strings per element.
 */
export interface ElementName {
  readonly nodeName: string;
  readonly prefix: string | null;
  readonly localName: string;
}

/** An element. */
export class LightElement extends LightParent implements XmlElement {
  readonly attributes: XmlAttributes;

  constructor(
    private readonly name: ElementName,
    readonly namespaceURI: string | null,
    attributes: readonly LightAttribute[],
    /** Namespaces in scope on this element. */
    readonly scope: NamespaceScope,
  ) {
    super();
    this.attributes = attributes.length === 0 ? NO_ATTRIBUTES : new LightAttributeList(attributes);
  }

  get nodeType(): number {
    return NODE_TYPE.element;
  }
  get nodeName(): string {
    return this.name.nodeName;
  }
  get prefix(): string | null {
    return this.name.prefix;
  }
  get localName(): string {
    return this.name.localName;
  }

  /** The concatenated text of every descendant, walked without recursion (depth is input). */
  get textContent(): string {
    let text = '';
    let node: LightChild | null = this.firstChild;
    while (node) {
      if (node instanceof LightText) text += node.data;
      else if (node instanceof LightElement && node.firstChild) {
        node = node.firstChild;
        continue;
      }
      // Next in document order: a sibling, or the sibling of the nearest ancestor below `this`.
      while (node && !node.nextSibling) {
        const parent: LightParent | null = node.parentNode;
        node = parent === this || !(parent instanceof LightElement) ? null : parent;
      }
      node = node ? node.nextSibling : null;
    }
    return text;
  }

  getAttribute(qualifiedName: string): string | null {
    for (let index = 0; index < this.attributes.length; index++) {
      const attribute = this.attributes.item(index)!;
      if (attribute.name === qualifiedName) return attribute.value;
    }
    return null;
  }

  lookupPrefix(namespaceURI: string | null): string | null {
    return namespaceURI ? this.scope.prefixOf(namespaceURI) : null;
  }
}

/** The document node. */
export class LightDocument extends LightParent {
  get nodeType(): number {
    return NODE_TYPE.document;
  }
  documentElement: LightElement | null = null;
}

/** Child nodes. */
export type LightChild = LightElement | LightText | LightProcessingInstruction;

/** The scope every document starts with: only the reserved `xml` prefix is bound. */
export const ROOT_SCOPE = new NamespaceScope(null, ['xml', NS.xml]);

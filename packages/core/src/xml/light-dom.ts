/**
 * A lightweight, read-only tree of plain objects that has the shape of the DOM parts fatoora
 * reads (`dom-types.ts`). `read-xml.ts` builds it an order of magnitude faster than a full
 * DOM, which is what lets signing stay well under a millisecond.
 */
import type { XmlAttribute, XmlAttributes, XmlElement, XmlNode } from './dom-types.ts';
import { NODE_TYPE } from './dom-types.ts';
import { NS } from './namespaces.ts';

/** Prefix → namespace URI in scope; the default namespace is under `''`. */
export type NamespaceScope = ReadonlyMap<string, string>;

abstract class LightNode implements XmlNode {
  abstract readonly nodeType: number;
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
  readonly nodeType = NODE_TYPE.text;
  constructor(public data: string) {
    super();
  }
}

/** A processing instruction. */
export class LightProcessingInstruction extends LightNode {
  readonly nodeType = NODE_TYPE.processingInstruction;
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

/** An element. */
export class LightElement extends LightParent implements XmlElement {
  readonly nodeType = NODE_TYPE.element;
  readonly attributes: XmlAttributes;

  constructor(
    readonly nodeName: string,
    readonly prefix: string | null,
    readonly localName: string,
    readonly namespaceURI: string | null,
    attributes: readonly LightAttribute[],
    /** Namespaces in scope on this element. */
    readonly scope: NamespaceScope,
  ) {
    super();
    this.attributes = attributes.length === 0 ? NO_ATTRIBUTES : new LightAttributeList(attributes);
  }

  get textContent(): string {
    let text = '';
    for (let child = this.firstChild; child; child = child.nextSibling) {
      if (child instanceof LightText) text += child.data;
      else if (child instanceof LightElement) text += child.textContent;
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
    if (!namespaceURI) return null;
    for (const [prefix, uri] of this.scope) if (prefix !== '' && uri === namespaceURI) return prefix;
    return null;
  }
}

/** The document node. */
export class LightDocument extends LightParent {
  readonly nodeType = NODE_TYPE.document;
  documentElement: LightElement | null = null;
}

/** Child nodes. */
export type LightChild = LightElement | LightText | LightProcessingInstruction;

/** The scope every document starts with: only the reserved `xml` prefix is bound. */
export const ROOT_SCOPE: NamespaceScope = new Map([['xml', NS.xml]]);

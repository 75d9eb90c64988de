/**
 * The small part of the DOM that fatoora reads: enough for canonicalization, hashing, signing
 * and verification. Both xmldom's nodes and our lightweight tree (see `read-xml.ts`) satisfy
 * these shapes, so one implementation of C14N and of the invoice rules serves both.
 */

/** Node type numbers, as in the W3C DOM. */
export const NODE_TYPE = {
  element: 1,
  text: 3,
  cdata: 4,
  processingInstruction: 7,
  comment: 8,
  document: 9,
} as const;

/** An attribute or namespace declaration (`xmlns`, `xmlns:p`). */
export interface XmlAttribute {
  readonly name: string;
  readonly prefix: string | null;
  readonly localName: string | null;
  readonly namespaceURI: string | null;
  readonly value: string;
}

/** An element's attributes, in document order. */
export interface XmlAttributes {
  readonly length: number;
  item(index: number): XmlAttribute | null;
}

/** Any node: enough to walk the tree. */
export interface XmlNode {
  readonly nodeType: number;
  readonly firstChild: XmlNode | null;
  readonly nextSibling: XmlNode | null;
  readonly parentNode: XmlNode | null;
}

/** An element. */
export interface XmlElement extends XmlNode {
  readonly nodeName: string;
  readonly prefix: string | null;
  readonly localName: string | null;
  readonly namespaceURI: string | null;
  readonly attributes: XmlAttributes;
  readonly textContent: string | null;
  getAttribute(qualifiedName: string): string | null;
  lookupPrefix(namespaceURI: string | null): string | null;
}

/** A document. */
export interface XmlDocument extends XmlNode {
  readonly documentElement: XmlElement | null;
}

/** Text and CDATA nodes carry `data`; processing instructions `target` and `data`. */
export interface XmlCharacterData extends XmlNode {
  readonly data: string;
}

/** A processing instruction. */
export interface XmlProcessingInstruction extends XmlCharacterData {
  readonly target: string;
}

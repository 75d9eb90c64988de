/**
 * Small, typed navigation helpers over an xmldom tree: find child elements by namespace URI and
 * local name, read their text. They replace XPath on the hot paths (hashing, signing,
 * verification), where a handful of fixed steps is all that is needed and a general XPath engine
 * would cost more than the work itself.
 */
import type { XmlElement as Element, XmlNode as Node } from './dom-types.ts';

const ELEMENT_NODE = 1;

/**
 * The child elements of `parent` with the given namespace URI and local name, in order.
 *
 * @example
 * ```ts
 * childElements(root, NS.cac, 'AdditionalDocumentReference').length; // 3
 * ```
 */
export function childElements(parent: Node, namespaceURI: string, localName: string): Element[] {
  const found: Element[] = [];
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (isElement(child, namespaceURI, localName)) found.push(child);
  }
  return found;
}

/**
 * The first child element of `parent` with the given name, or `undefined`.
 *
 * @example
 * ```ts
 * childElement(root, NS.cbc, 'IssueDate')?.textContent; // '2022-08-17'
 * ```
 */
export function childElement(parent: Node, namespaceURI: string, localName: string): Element | undefined {
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (isElement(child, namespaceURI, localName)) return child;
  }
  return undefined;
}

/**
 * Follows a path of `[namespaceURI, localName]` steps, taking the first match at each step.
 *
 * @example
 * ```ts
 * descend(root, [NS.cac, 'LegalMonetaryTotal'], [NS.cbc, 'PayableAmount'])?.textContent;
 * ```
 */
export function descend(start: Node, ...steps: readonly (readonly [string, string])[]): Element | undefined {
  let current: Node | undefined = start;
  for (const [namespaceURI, localName] of steps) {
    if (!current) return undefined;
    current = childElement(current, namespaceURI, localName);
  }
  return current as Element | undefined;
}

/** The concatenated text of an element (its XPath string value), or `undefined` if absent. */
export function textOf(element: Element | undefined): string | undefined {
  return element ? (element.textContent ?? '') : undefined;
}

/** Whether `node` is an element with the given namespace URI and local name. */
export function isElement(node: Node, namespaceURI: string, localName: string): node is Element {
  return (
    node.nodeType === ELEMENT_NODE &&
    (node as Element).localName === localName &&
    (node as Element).namespaceURI === namespaceURI
  );
}

/**
 * Every descendant element of `root` with the given name, in document order.
 *
 * @example
 * ```ts
 * descendantElements(doc, NS.ds, 'DigestValue').length; // 3 in a signed invoice
 * ```
 */
export function descendantElements(root: Node, namespaceURI: string, localName: string): Element[] {
  const found: Element[] = [];
  // Document order without recursion: nesting depth comes from the input.
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === ELEMENT_NODE) {
      if (isElement(node, namespaceURI, localName)) found.push(node);
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
    }
    while (node && !node.nextSibling) {
      const parent: Node | null = node.parentNode;
      node = parent === root ? null : parent;
    }
    node = node ? node.nextSibling : null;
  }
  return found;
}

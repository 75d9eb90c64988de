/**
 * Writes indented XML text, escaping as it goes. The UBL builder uses it so that element order
 * is the code's order (the UBL schema's sequence) and no value can break the markup.
 */

/** An element to write: name, attributes, and either text or children. */
export interface XmlNodeSpec {
  readonly name: string;
  readonly attributes?: Readonly<Record<string, string | undefined>>;
  readonly text?: string;
  readonly children?: readonly (XmlNodeSpec | undefined | false)[];
}

/**
 * An element spec; `undefined`/`false` children are skipped, which keeps optional parts inline.
 *
 * @example
 * ```ts
 * writeXml(el('cac:Country', {}, [el('cbc:IdentificationCode', {}, 'SA')])); // '<cac:Country>…'
 * ```
 */
export function el(
  name: string,
  attributes: Readonly<Record<string, string | undefined>> = {},
  content?: string | readonly (XmlNodeSpec | undefined | false)[],
): XmlNodeSpec {
  return typeof content === 'string'
    ? { name, attributes, text: content }
    : { name, attributes, children: content ?? [] };
}

/** Writes a spec with four-space indentation, starting at `depth`. */
export function writeXml(node: XmlNodeSpec, depth = 0): string {
  const indent = '    '.repeat(depth);
  let attributes = '';
  for (const [key, value] of Object.entries(node.attributes ?? {})) {
    if (value !== undefined) attributes += ` ${key}="${escapeAttribute(value)}"`;
  }
  if (node.text !== undefined)
    return `${indent}<${node.name}${attributes}>${escapeText(node.text)}</${node.name}>`;
  const children = (node.children ?? []).filter((child): child is XmlNodeSpec => Boolean(child));
  if (children.length === 0) return `${indent}<${node.name}${attributes}/>`;
  return `${indent}<${node.name}${attributes}>\n${children.map((child) => writeXml(child, depth + 1)).join('\n')}\n${indent}</${node.name}>`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

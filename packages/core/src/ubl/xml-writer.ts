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
  const out: string[] = [];
  writeNode(node, depth, out);
  return out.join('');
}

/** Indentation strings by depth, made once: the builder writes the same few depths thousands of times. */
const INDENTS: string[] = [];
const indentOf = (depth: number): string => {
  INDENTS[depth] ??= '    '.repeat(depth);
  return INDENTS[depth];
};

// One output array for the whole document: building a string per element and joining the
// children at every level copied the document once per depth (the builder's hottest path).
function writeNode(node: XmlNodeSpec, depth: number, out: string[]): void {
  const indent = indentOf(depth);
  out.push(indent, '<', node.name);
  const attributes = node.attributes;
  if (attributes) {
    for (const key in attributes) {
      const value = attributes[key];
      if (value !== undefined) out.push(' ', key, '="', escapeAttribute(value), '"');
    }
  }
  if (node.text !== undefined) {
    out.push('>', escapeText(node.text), '</', node.name, '>');
    return;
  }
  let open = false;
  for (const child of node.children ?? []) {
    if (!child) continue;
    out.push(open ? '\n' : '>\n');
    open = true;
    writeNode(child, depth + 1, out);
  }
  if (open) out.push('\n', indent, '</', node.name, '>');
  else out.push('/>');
}

const NEEDS_ESCAPE = /[&<>\r]/;

function escapeText(text: string): string {
  // Most values (amounts, codes, ids) need no escaping: skip the four passes for them.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

function escapeAttribute(text: string): string {
  if (!/[&<>\r"\t\n]/.test(text)) return text;
  return escapeText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

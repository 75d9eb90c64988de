/**
 * The digest of `xades:SignedProperties`, computed exactly as ZATCA's SDK computes it
 * (signing-rules §2, proven on all 45 samples). It is *not* a canonical form: the SDK digests the
 * element as written in the document — same indentation and line feeds — with the XAdES namespace
 * declared first on `xades:SignedProperties` (before `Id`), the XML-DSig namespace declared on
 * every `ds:*` element, empty elements self-closed, and the digest given as base64 of the
 * lowercase hex text of SHA-256. Inclusive or exclusive C14N both give other digests, which is
 * why "signed-properties-hashing" errors top other ZATCA libraries' trackers.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { sha256Text } from '../crypto/sha256-text.ts';
import { encodeBase64 } from '../encoding/base64.ts';
import { utf8Encode } from '../encoding/utf8.ts';
import { escapeAttribute, escapeText } from '../xml/c14n.ts';
import type { XmlElement as Element, XmlNode as Node } from '../xml/dom-types.ts';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/**
 * The text the SignedProperties digest is taken over, from the element in a parsed document.
 *
 * @example
 * ```ts
 * signedPropertiesDigestInput(signedProperties).startsWith(
 *   '<xades:SignedProperties xmlns:xades="http://uri.etsi.org/01903/v1.3.2#" Id="xadesSignedProperties">',
 * ); // true
 * ```
 */
export function signedPropertiesDigestInput(signedProperties: Element): string {
  return serialize(signedProperties, signedProperties.namespaceURI ?? '', true);
}

/**
 * ZATCA's digest form: base64 of the lowercase hex of SHA-256 over the UTF-8 text.
 * The same form serves the certificate digest (`xades:CertDigest`).
 *
 * @example
 * ```ts
 * hexDigestBase64('abc'); // 'YmE3ODE2YmY4ZjAx…'
 * ```
 */
export function hexDigestBase64(text: string): string {
  return encodeBase64(utf8Encode(bytesToHex(sha256Text(text))));
}

function serialize(element: Element, rootNamespace: string, isRoot: boolean): string {
  let out = `<${element.nodeName}`;
  // The root declares its own namespace; a descendant declares its namespace whenever it is not
  // the root's (in practice: every ds:* element), as the SDK's serializer writes them.
  if (isRoot || element.namespaceURI !== rootNamespace) {
    const prefix = element.prefix;
    out += `${prefix ? ` xmlns:${prefix}` : ' xmlns'}="${escapeAttribute(element.namespaceURI ?? '')}"`;
  }
  const attributes = element.attributes;
  for (let index = 0; index < attributes.length; index++) {
    const attribute = attributes.item(index)!;
    if (attribute.name === 'xmlns' || attribute.prefix === 'xmlns') continue;
    out += ` ${attribute.name}="${escapeAttribute(attribute.value)}"`;
  }
  if (!element.firstChild) return `${out}/>`;
  out += '>';
  for (let child: Node | null = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === ELEMENT_NODE) out += serialize(child as Element, rootNamespace, false);
    else if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) {
      out += escapeText((child as unknown as { data: string }).data);
    }
  }
  return `${out}</${element.nodeName}>`;
}

/**
 * Safe XML parsing and canonicalization.
 *
 * @module @fatoora/core/xml
 */
export {
  CANONICALIZATION_URI,
  type CanonicalizationAlgorithm,
  type CanonicalizeOptions,
  canonicalize,
} from './c14n.ts';
export { decodeXmlBytes } from './decode-xml-bytes.ts';
export { NS } from './namespaces.ts';
export { parseXml } from './parse.ts';
export { DEFAULT_XML_LIMITS, type XmlReadLimits } from './read-limits.ts';
export { readXml, toXmlText } from './read-xml.ts';
export { serializeXml } from './serialize.ts';

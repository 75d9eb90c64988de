/**
 * Safe XML parsing and canonicalization.
 */
export {
  CANONICALIZATION_URI,
  type CanonicalizationAlgorithm,
  type CanonicalizeOptions,
  canonicalize,
} from './c14n.ts';
export { NS } from './namespaces.ts';
export { parseXml } from './parse.ts';
export { readXml } from './read-xml.ts';
export { serializeXml } from './serialize.ts';

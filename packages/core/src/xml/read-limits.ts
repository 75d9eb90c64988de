/**
 * The limits every XML reader in fatoora applies to untrusted input, with defaults that no genuine
 * invoice comes near: a UBL invoice with its XAdES signature nests 15 levels deep
 * (Invoice/UBLExtensions/…/xades:IssuerSerial/ds:X509IssuerName), declares about a dozen
 * namespaces, and carries a handful of attributes per element. Without them a small hostile
 * document could exhaust the stack (deep nesting), or the memory and time of a server that reads
 * it (declarations and attributes by the thousand). Each refusal is an `XmlError` with its own
 * code and the line and column where the limit was crossed.
 */
import { InputError } from '../errors/input-error.ts';

/** Limits for {@link readXml}; every one optional, each defaulting to {@link DEFAULT_XML_LIMITS}. */
export interface XmlReadLimits {
  /**
   * Longest accepted input: characters for text, bytes for a `Uint8Array`. Servers pass the cap
   * of their request body. Refusal: `xml-too-large`.
   */
  readonly maxLength?: number;
  /** Deepest element nesting (the root is depth 1). Refusal: `xml-too-deep`. */
  readonly maxDepth?: number;
  /** Most attributes on one element, namespace declarations included. Refusal: `xml-too-many-attributes`. */
  readonly maxAttributesPerElement?: number;
  /** Most namespace declarations on one element. Refusal: `xml-too-many-namespaces`. */
  readonly maxNamespaceDeclarationsPerElement?: number;
  /** Most namespace declarations in the whole document. Refusal: `xml-too-many-namespaces`. */
  readonly maxNamespaceDeclarations?: number;
}

/**
 * The default limits: ten times what a large genuine invoice needs, and 10 MiB of input (a
 * 1,000-line invoice is about 1 MiB).
 *
 * @example
 * ```ts
 * readXml(xml, { ...DEFAULT_XML_LIMITS, maxLength: 2 * 1024 * 1024 });
 * ```
 */
export const DEFAULT_XML_LIMITS: Readonly<Required<XmlReadLimits>> = Object.freeze({
  maxLength: 10 * 1024 * 1024,
  maxDepth: 64,
  maxAttributesPerElement: 64,
  maxNamespaceDeclarationsPerElement: 32,
  maxNamespaceDeclarations: 256,
});

/**
 * The limits in force: the caller's, the defaults for the rest.
 *
 * @throws {InputError} for a limit that is not a positive whole number (rule `xml-limit`).
 * @example
 * ```ts
 * resolveXmlLimits({ maxDepth: 20 }).maxDepth; // 20
 * ```
 */
export function resolveXmlLimits(limits: XmlReadLimits | undefined): Required<XmlReadLimits> {
  const resolved = { ...DEFAULT_XML_LIMITS };
  if (!limits) return resolved;
  for (const key of Object.keys(resolved) as (keyof XmlReadLimits)[]) {
    const value = limits[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
      throw new InputError(key, 'xml-limit', `The XML limit ${key} must be a positive whole number.`);
    }
    resolved[key] = value;
  }
  return resolved;
}

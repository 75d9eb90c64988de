/**
 * Reading DER with asn1js (a maintained ASN.1 library): parse strictly (the whole input, nothing
 * after it) and navigate the tree with a few typed accessors. The certificate reader uses it
 * directly instead of schema classes, which keeps what a browser till downloads for signing and
 * verification small.
 */
import * as asn1js from 'asn1js';
import { decodeBase64 } from '../encoding/base64.ts';
import { readPemBlocks } from '../encoding/pem.ts';

/** A node of a parsed DER tree. */
export type DerNode = asn1js.AsnType;

/** ASN.1 tag classes as asn1js numbers them. */
const UNIVERSAL = 1;
const CONTEXT = 3;

/**
 * Parses DER bytes; `undefined` when they are not one well-formed ASN.1 value with nothing after it.
 *
 * @example
 * ```ts
 * const certificate = parseDer(der); // SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue }
 * ```
 */
export function parseDer(bytes: Uint8Array): DerNode | undefined {
  if (bytes.length === 0) return undefined;
  let parsed: ReturnType<typeof asn1js.fromBER>;
  try {
    parsed = asn1js.fromBER(bytes.slice().buffer as ArrayBuffer);
  } catch {
    // asn1js throws on some malformed values instead of flagging them (a UniversalString whose
    // length is not a multiple of 4 is a RangeError): not DER either.
    return undefined;
  }
  const { offset, result } = parsed;
  if (offset !== bytes.length || result.error) return undefined;
  return result;
}

/** The children of a constructed node (empty for a primitive one). */
export function childrenOf(node: DerNode | undefined): DerNode[] {
  const value = (node as { valueBlock?: { value?: unknown } } | undefined)?.valueBlock?.value;
  return Array.isArray(value) ? (value as DerNode[]) : [];
}

/** Whether the node has the given universal tag (16 SEQUENCE, 2 INTEGER, 3 BIT STRING, …). */
export function isUniversal(node: DerNode | undefined, tagNumber: number): node is DerNode {
  return node?.idBlock.tagClass === UNIVERSAL && node.idBlock.tagNumber === tagNumber;
}

/** Whether the node is a context-specific `[tagNumber]`. */
export function isContext(node: DerNode | undefined, tagNumber: number): node is DerNode {
  return node?.idBlock.tagClass === CONTEXT && node.idBlock.tagNumber === tagNumber;
}

/** The dotted text of an OBJECT IDENTIFIER node. */
export function oidOf(node: DerNode | undefined): string | undefined {
  return node instanceof asn1js.ObjectIdentifier ? node.valueBlock.toString() : undefined;
}

/** The content bytes of a primitive node (for a BIT STRING: without the unused-bits byte). */
export function contentOf(node: DerNode | undefined): Uint8Array {
  const view = (node as { valueBlock?: { valueHexView?: Uint8Array } } | undefined)?.valueBlock?.valueHexView;
  return view ? Uint8Array.from(view) : new Uint8Array();
}

/** The complete encoding (tag, length and content) of a node as it was read. */
export function encodingOf(node: DerNode): Uint8Array {
  return Uint8Array.from(node.valueBeforeDecodeView);
}

/** The text of an ASN.1 string node (UTF8String, PrintableString, IA5String, BMPString, …). */
export function stringOf(node: DerNode | undefined): string | undefined {
  if (node instanceof asn1js.BaseStringBlock) return node.getValue();
  return undefined;
}

/** The date of a UTCTime or GeneralizedTime node. */
export function dateOf(node: DerNode | undefined): Date | undefined {
  return node instanceof asn1js.UTCTime || node instanceof asn1js.GeneralizedTime ? node.toDate() : undefined;
}

/**
 * The DER encodings `input` may stand for: the PEM blocks with one of `labels`; else the bare
 * base64 text; else the bytes themselves.
 *
 * @example
 * ```ts
 * derCandidates(readFileSync('cert.pem', 'utf8'), ['CERTIFICATE']);
 * ```
 */
export function derCandidates(input: string | Uint8Array, labels: readonly string[]): Uint8Array[] {
  if (input instanceof Uint8Array) return [input];
  if (typeof input !== 'string') return [];
  try {
    if (input.includes('-----BEGIN')) {
      return readPemBlocks(input)
        .filter((block) => labels.includes(block.label))
        .map((block) => block.der);
    }
    return [decodeBase64(input.trim())];
  } catch {
    return [];
  }
}

/**
 * Reads and checks the CSR of `POST /compliance` and `PATCH /production/csids` as ZATCA's CA
 * does before it issues a CSID: the `csr` field is base64 of PEM text; the request is PKCS#10
 * (RFC 2986) signed with ecdsa-with-SHA256 by a secp256k1 key, and the signature verifies over
 * the request info exactly as sent (proof of possession); there is a certificate template name
 * extension (which names an environment accepts is the endpoint's policy: `csr-request.ts`); no
 * subject or EGS attribute is over 64 UTF-8 bytes (a separate refusal: the CA answers it with a
 * bare `NOT_COMPLIANT`); the subject has C, OU, O and CN and the SubjectAltName directory name has
 * SN, UID, title, registeredAddress and businessCategory, each checked with core's CSR field rules
 * (`validateCsrConfig`: the EGS serial's `1-…|2-…|3-…` form, a VAT number of 15 digits that
 * begins and ends with 3, four title flags enabling standard or simplified documents, the VAT
 * group's 10-digit TIN). Every problem is kept, not only the first.
 */
import { importPublicKey, OID, readPemBlocks, verifySha256Ecdsa } from '@fatoora/core/crypto';
import { type CsrConfig, validateCsrConfig } from '@fatoora/core/csr';
import { CertificationRequest } from '@peculiar/asn1-csr';
import { AsnConvert } from '@peculiar/asn1-schema';
import { type Extension, Extensions, type Name, SubjectAlternativeName } from '@peculiar/asn1-x509';
import { base64 } from '@scure/base';
import * as asn1js from 'asn1js';

/** A CSR that passed every check: what the CA copies into the certificate. */
export interface CheckedCsr {
  readonly der: Uint8Array;
  readonly request: CertificationRequest;
  /** The two extensions the certificate copies: the template name and the SubjectAltName. */
  readonly copiedExtensions: readonly Extension[];
  readonly fields: CsrConfig;
  /** The certificate template name the CSR asks for (extension 1.3.6.1.4.1.311.20.2). */
  readonly templateName: string;
}

/** The outcome of reading a CSR. */
export type CsrReading =
  | { readonly ok: true; readonly csr: CheckedCsr }
  | {
      readonly ok: false;
      /**
       * `attribute-too-long`: a subject or EGS attribute is over the limit (64 UTF-8 bytes, or
       * characters); else `invalid`.
       */
      readonly refusal: 'invalid' | 'attribute-too-long';
      readonly problems: readonly string[];
    };

/**
 * The longest attribute value ZATCA's CA takes: 64 UTF-8 bytes (fatoora-api.md §4, §8), or 64
 * characters with the `long-csr-attribute` behaviour at `count-characters`.
 */
const MAX_ATTRIBUTE_LENGTH = 64;

/** How an attribute's length is counted: in UTF-8 bytes (the doc's default) or in characters (X.520). */
export type AttributeLength = 'utf8-bytes' | 'characters';

const LENGTH_OF: Readonly<Record<AttributeLength, (value: string) => number>> = {
  'utf8-bytes': (value) => new TextEncoder().encode(value).length,
  characters: (value) => [...value].length,
};

/** The armour labels of a CSR (RFC 7468 §7, and the older `NEW CERTIFICATE REQUEST`). */
const CSR_LABELS = ['CERTIFICATE REQUEST', 'NEW CERTIFICATE REQUEST'];

/**
 * Decodes the API's `csr` field (base64 of the PEM text) to DER.
 *
 * @example
 * ```ts
 * decodeCsrField(createCsr(config, key, { environment: 'simulation' }).base64); // Uint8Array
 * decodeCsrField('nope'); // undefined
 * ```
 */
export function decodeCsrField(field: unknown): Uint8Array | undefined {
  if (typeof field !== 'string') return undefined;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(base64.decode(field.trim()));
    return readPemBlocks(text).find((block) => CSR_LABELS.includes(block.label))?.der;
  } catch {
    return undefined;
  }
}

/**
 * Reads and checks a CSR (DER).
 *
 * @example
 * ```ts
 * const reading = readCsr(der);
 * if (reading.ok) reading.csr.templateName; // 'PREZATCA-Code-Signing'
 * else console.log(reading.refusal, reading.problems.join('; '));
 * ```
 */
export function readCsr(der: Uint8Array, attributeLength: AttributeLength = 'utf8-bytes'): CsrReading {
  let request: CertificationRequest;
  let signedInfo: Uint8Array;
  try {
    request = AsnConvert.parse(der, CertificationRequest);
    const { offset, result } = asn1js.fromBER(der.slice().buffer as ArrayBuffer);
    const info = (result as asn1js.Sequence).valueBlock.value[0];
    if (offset !== der.length || result.error || !info) throw new Error('trailing or missing data');
    signedInfo = new Uint8Array(info.valueBeforeDecodeView);
  } catch {
    return { ok: false, refusal: 'invalid', problems: ['The CSR is not a PKCS#10 certification request.'] };
  }

  const problems: string[] = [];
  const info = request.certificationRequestInfo;
  if (request.signatureAlgorithm.algorithm !== OID.ecdsaWithSha256) {
    problems.push(
      `The CSR must be signed with ecdsa-with-SHA256, not ${request.signatureAlgorithm.algorithm}.`,
    );
  }
  let publicKey: Uint8Array | undefined;
  try {
    publicKey = importPublicKey(new Uint8Array(AsnConvert.serialize(info.subjectPKInfo)));
  } catch (cause) {
    problems.push(`The CSR's public key is unusable: ${(cause as Error).message}`);
  }
  if (publicKey && !verifySha256Ecdsa(publicKey, signedInfo, new Uint8Array(request.signature))) {
    problems.push("The CSR's signature does not verify with its own public key (no proof of possession).");
  }

  const extensions = extensionRequest(request);
  const template = extensions?.find((extension) => extension.extnID === OID.certificateTemplateName);
  const subjectAltName = extensions?.find((extension) => extension.extnID === OID.subjectAltName);
  const templateName = template && stringValue(new Uint8Array(template.extnValue.buffer));
  if (templateName === undefined) {
    problems.push(`The CSR has no certificate template name extension (${OID.certificateTemplateName}).`);
  }
  const egsName = subjectAltName && directoryName(subjectAltName);
  if (!egsName) problems.push('The CSR has no SubjectAltName directory name with the EGS unit fields.');

  const subject = nameValues(info.subject);
  const egs = egsName ? nameValues(egsName) : new Map<string, string>();
  const tooLong = [...subject.values(), ...egs.values()].filter(
    (value) => LENGTH_OF[attributeLength](value) > MAX_ATTRIBUTE_LENGTH,
  );
  if (tooLong.length > 0) {
    return {
      ok: false,
      refusal: 'attribute-too-long',
      problems: [
        `${tooLong.length} attribute(s) over ${MAX_ATTRIBUTE_LENGTH} ${attributeLength === 'characters' ? 'characters' : 'UTF-8 bytes'}.`,
      ],
    };
  }
  const fields: CsrConfig = {
    commonName: subject.get(OID.commonName) ?? '',
    organizationUnitName: subject.get(OID.organizationalUnitName) ?? '',
    organizationName: subject.get(OID.organizationName) ?? '',
    countryName: subject.get(OID.countryName) ?? '',
    egsSerialNumber: egs.get(OID.surname) ?? '',
    vatNumber: egs.get(OID.userId) ?? '',
    invoiceType: egs.get(OID.title) ?? '',
    location: egs.get(OID.registeredAddress) ?? '',
    industry: egs.get(OID.businessCategory) ?? '',
  };
  if (egsName) problems.push(...validateCsrConfig(fields).map((fault) => fault.message));
  if (problems.length > 0 || !template || !subjectAltName || templateName === undefined) {
    return { ok: false, refusal: 'invalid', problems };
  }
  return {
    ok: true,
    csr: { der, request, copiedExtensions: [template, subjectAltName], fields, templateName },
  };
}

/** The extensions of the CSR's extensionRequest attribute (RFC 2985 §5.4.2), if any. */
function extensionRequest(request: CertificationRequest): Extensions | undefined {
  const attribute = (request.certificationRequestInfo.attributes ?? []).find(
    (candidate) => candidate.type === OID.extensionRequest,
  );
  const value = attribute?.values[0];
  if (!value) return undefined;
  try {
    return AsnConvert.parse(value, Extensions);
  } catch {
    return undefined;
  }
}

/** The directoryName of a SubjectAltName extension. */
function directoryName(extension: Extension): Name | undefined {
  try {
    return AsnConvert.parse(extension.extnValue.buffer, SubjectAlternativeName).find(
      (name) => name.directoryName,
    )?.directoryName;
  } catch {
    return undefined;
  }
}

/** The text of a DER string of any ASN.1 string type (the template name is a PrintableString or similar). */
function stringValue(der: Uint8Array): string | undefined {
  const { offset, result } = asn1js.fromBER(der.slice().buffer as ArrayBuffer);
  if (offset !== der.length || result.error) return undefined;
  return result instanceof asn1js.BaseStringBlock ? result.getValue() : undefined;
}

/** The first value of each attribute type of a name. */
function nameValues(name: Name): Map<string, string> {
  const values = new Map<string, string>();
  for (const rdn of name) {
    for (const attribute of rdn) {
      if (!values.has(attribute.type)) values.set(attribute.type, attribute.value.toString());
    }
  }
  return values;
}

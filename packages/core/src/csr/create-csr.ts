/**
 * Builds the PKCS#10 certificate signing request (RFC 2986) an EGS unit sends to
 * `POST /compliance`, with the fields ZATCA's CA expects (Security Features Implementation
 * Standards §2.2.2): subject C, OU, O, CN; an extensionRequest carrying the certificate template
 * name of the environment (Microsoft's 1.3.6.1.4.1.311.20.2, as ZATCA's OpenSSL configuration
 * writes it: a PrintableString) and a SubjectAltName directory name with SN, UID, title,
 * registeredAddress and businessCategory. Signed with ECDSA-SHA256 by the unit's key, which
 * proves possession of it.
 */

import { Attributes, CertificationRequest, CertificationRequestInfo } from '@peculiar/asn1-csr';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import {
  AlgorithmIdentifier,
  Attribute,
  AttributeTypeAndValue,
  AttributeValue,
  DirectoryString,
  Extension,
  Extensions,
  GeneralName,
  Name,
  RelativeDistinguishedName,
  SubjectAlternativeName,
  SubjectPublicKeyInfo,
} from '@peculiar/asn1-x509';
import { signSha256Ecdsa } from '../crypto/ecdsa.ts';
import { publicKeySpki, toArrayBuffer } from '../crypto/keys.ts';
import { OID } from '../crypto/oids.ts';
import type { PrivateKey } from '../crypto/private-key.ts';
import { encodeBase64 } from '../encoding/base64.ts';
import { writePem } from '../encoding/pem.ts';
import { utf8Encode } from '../encoding/utf8.ts';
import { InputError } from '../errors/input-error.ts';
import { ENVIRONMENTS, type FatooraEnvironment, isFatooraEnvironment } from '../model/environments.ts';
import { type CsrConfig, validateCsrConfig } from './csr-config.ts';
import { parseCsrProperties } from './properties.ts';

/** A CSR in the forms callers need. */
export interface Csr {
  /** The PKCS #10 request's DER bytes. */
  readonly der: Uint8Array;
  /** The request as PEM text (`-----BEGIN CERTIFICATE REQUEST-----`), as OpenSSL and ZATCA's SDK write it. */
  readonly pem: string;
  /** base64 of the PEM text: the form the Fatoora API's `csr` field takes. */
  readonly base64: string;
}

/** Options of {@link createCsr}. */
export interface CreateCsrOptions {
  /** Which Fatoora environment the certificate is for; sets the template name (`ENVIRONMENTS`). */
  readonly environment: FatooraEnvironment;
}

/**
 * Creates and signs the CSR of an EGS unit. `config` is a {@link CsrConfig} or the text of the
 * SDK's `.properties` CSR configuration.
 *
 * @throws {InputError} naming the first broken field and rule (all faults are in
 * `details.faults`); field `environment` for an unknown environment.
 * @example
 * ```ts
 * const key = generatePrivateKey();
 * const csr = createCsr(propertiesText, key, { environment: 'simulation' }); // or a CsrConfig object
 * await api.requestComplianceCsid({ csr: csr.base64, otp: '123345' });
 * ```
 */
export function createCsr(
  config: CsrConfig | string,
  privateKey: PrivateKey,
  options: CreateCsrOptions,
): Csr {
  if (typeof config === 'string') config = parseCsrProperties(config);
  const faults = validateCsrConfig(config);
  const first = faults[0];
  if (first) {
    throw new InputError(
      first.field,
      first.rule,
      faults.length === 1 ? first.message : `${first.message} (and ${faults.length - 1} more)`,
      {
        details: { faults },
      },
    );
  }
  if (!isFatooraEnvironment(options?.environment)) {
    throw new InputError(
      'environment',
      'csr-environment',
      `environment must be one of ${Object.keys(ENVIRONMENTS).join(', ')}.`,
    );
  }
  const templateName = ENVIRONMENTS[options.environment].csrTemplateName;

  const subject = new Name([
    rdn(OID.countryName, { printableString: config.countryName }),
    rdn(OID.organizationalUnitName, { utf8String: config.organizationUnitName }),
    rdn(OID.organizationName, { utf8String: config.organizationName }),
    rdn(OID.commonName, { utf8String: config.commonName }),
  ]);
  const egsName = new Name([
    rdn(OID.surname, { utf8String: config.egsSerialNumber }),
    rdn(OID.userId, { utf8String: config.vatNumber }),
    rdn(OID.title, { utf8String: config.invoiceType }),
    rdn(OID.registeredAddress, { utf8String: config.location }),
    rdn(OID.businessCategory, { utf8String: config.industry }),
  ]);
  const extensions = new Extensions([
    new Extension({
      extnID: OID.certificateTemplateName,
      critical: false,
      extnValue: new OctetString(
        AsnConvert.serialize(new DirectoryString({ printableString: templateName })),
      ),
    }),
    new Extension({
      extnID: OID.subjectAltName,
      critical: false,
      extnValue: new OctetString(
        AsnConvert.serialize(new SubjectAlternativeName([new GeneralName({ directoryName: egsName })])),
      ),
    }),
  ]);
  const info = new CertificationRequestInfo({
    version: 0,
    subject,
    subjectPKInfo: AsnConvert.parse(publicKeySpki(privateKey), SubjectPublicKeyInfo),
    attributes: new Attributes([
      new Attribute({ type: OID.extensionRequest, values: [AsnConvert.serialize(extensions)] }),
    ]),
  });
  const infoDer = new Uint8Array(AsnConvert.serialize(info));
  const request = new CertificationRequest({
    certificationRequestInfo: info,
    // RFC 5758 §3.2: ecdsa-with-SHA256 has no parameters (absent, not NULL).
    signatureAlgorithm: new AlgorithmIdentifier({ algorithm: OID.ecdsaWithSha256 }),
    signature: toArrayBuffer(signSha256Ecdsa(privateKey, infoDer)),
  });
  const der = new Uint8Array(AsnConvert.serialize(request));
  const pem = writePem('CERTIFICATE REQUEST', der);
  return { der, pem, base64: encodeBase64(utf8Encode(pem)) };
}

function rdn(type: string, value: Partial<AttributeValue>): RelativeDistinguishedName {
  return new RelativeDistinguishedName([
    new AttributeTypeAndValue({ type, value: new AttributeValue(value) }),
  ]);
}

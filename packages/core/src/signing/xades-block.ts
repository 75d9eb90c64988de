/**
 * Writes the signature parts a ZATCA invoice carries: the `ext:UBLExtensions` block holding the
 * XAdES-BES `ds:Signature`, the QR `cac:AdditionalDocumentReference` and the `cac:Signature`
 * pointer. The layout follows ZATCA's SDK output (signing-rules §2), and the SignedProperties
 * digest is computed from the very text written here, so the two cannot drift apart.
 */
import { escapeText } from '../xml/c14n.ts';
import { NS } from '../xml/namespaces.ts';
import { hexDigestBase64 } from './signed-properties.ts';

/** Algorithm identifiers of ZATCA's XAdES profile (Security Features standard §2.3). */
export const XADES_ALGORITHMS = {
  canonicalization: 'http://www.w3.org/2006/12/xml-c14n11',
  signature: 'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256',
  digest: 'http://www.w3.org/2001/04/xmlenc#sha256',
  signedPropertiesType: 'http://www.w3.org/2000/09/xmldsig#SignatureProperties',
  xpath: 'http://www.w3.org/TR/1999/REC-xpath-19991116',
} as const;

/** What goes into `xades:SignedProperties`. */
export interface SignedPropertiesValues {
  /** `YYYY-MM-DDTHH:MM:SS`, UTC, no zone suffix. */
  readonly signingTime: string;
  /** base64 of the lowercase hex SHA-256 of the certificate's base64 text. */
  readonly certificateDigest: string;
  /** Issuer DN, most specific RDN first, `", "` separated. */
  readonly issuerName: string;
  /** Certificate serial number, decimal. */
  readonly serialNumber: string;
}

/** Where the prefixes used inside the inserted parts come from. */
export interface PrefixPlan {
  /** The prefix bound to each UBL namespace in the invoice root (or the conventional one). */
  readonly ext: string;
  readonly cac: string;
  readonly cbc: string;
  /** Declarations to add on an inserted element for namespaces the root does not bind. */
  readonly localDeclarations: { readonly ext: string; readonly cac: string; readonly cbc: string };
}

const SIGNED_PROPERTIES_INDENT = '                                ';

/**
 * The `xades:SignedProperties` element as it is written into the document (`forDigest: false`)
 * or as the SDK digests it (`forDigest: true`: XAdES namespace first, XML-DSig namespace on each
 * `ds:*` element, empty `ds:DigestMethod` self-closed).
 */
export function signedPropertiesText(values: SignedPropertiesValues, forDigest: boolean): string {
  const xades = forDigest ? ` xmlns:xades="${NS.xades}"` : '';
  const ds = forDigest ? ` xmlns:ds="${NS.ds}"` : '';
  const i = SIGNED_PROPERTIES_INDENT;
  return [
    `<xades:SignedProperties${xades} Id="xadesSignedProperties">`,
    `${i}    <xades:SignedSignatureProperties>`,
    `${i}        <xades:SigningTime>${escapeText(values.signingTime)}</xades:SigningTime>`,
    `${i}        <xades:SigningCertificate>`,
    `${i}            <xades:Cert>`,
    `${i}                <xades:CertDigest>`,
    `${i}                    <ds:DigestMethod${ds} Algorithm="${XADES_ALGORITHMS.digest}"/>`,
    `${i}                    <ds:DigestValue${ds}>${escapeText(values.certificateDigest)}</ds:DigestValue>`,
    `${i}                </xades:CertDigest>`,
    `${i}                <xades:IssuerSerial>`,
    `${i}                    <ds:X509IssuerName${ds}>${escapeText(values.issuerName)}</ds:X509IssuerName>`,
    `${i}                    <ds:X509SerialNumber${ds}>${escapeText(values.serialNumber)}</ds:X509SerialNumber>`,
    `${i}                </xades:IssuerSerial>`,
    `${i}            </xades:Cert>`,
    `${i}        </xades:SigningCertificate>`,
    `${i}    </xades:SignedSignatureProperties>`,
    `${i}</xades:SignedProperties>`,
  ].join('\n');
}

/** Everything the UBLExtensions block needs. */
export interface UblExtensionsValues extends SignedPropertiesValues {
  readonly invoiceHash: string;
  readonly signatureValue: string;
  /** The certificate's DER as base64, no line breaks. */
  readonly certificateBase64: string;
}

/**
 * The complete `ext:UBLExtensions` element with the XAdES signature.
 *
 * @example
 * ```ts
 * ublExtensionsText(values, prefixes).startsWith('<ext:UBLExtensions>'); // true
 * ```
 */
export function ublExtensionsText(values: UblExtensionsValues, prefixes: PrefixPlan): string {
  const { ext, cbc } = prefixes;
  const extraDeclarations = prefixes.localDeclarations.ext + prefixes.localDeclarations.cbc;
  const signedPropertiesDigest = hexDigestBase64(signedPropertiesText(values, true));
  const xpath = (expression: string): string[] => [
    `                                    <ds:Transform Algorithm="${XADES_ALGORITHMS.xpath}">`,
    `                                        <ds:XPath>${expression}</ds:XPath>`,
    '                                    </ds:Transform>',
  ];
  return [
    `<${ext}:UBLExtensions${extraDeclarations}>`,
    `    <${ext}:UBLExtension>`,
    `        <${ext}:ExtensionURI>urn:oasis:names:specification:ubl:dsig:enveloped:xades</${ext}:ExtensionURI>`,
    `        <${ext}:ExtensionContent>`,
    `            <sig:UBLDocumentSignatures xmlns:sig="${NS.sig}" xmlns:sac="${NS.sac}" xmlns:sbc="${NS.sbc}">`,
    '                <sac:SignatureInformation>',
    `                    <${cbc}:ID>urn:oasis:names:specification:ubl:signature:1</${cbc}:ID>`,
    '                    <sbc:ReferencedSignatureID>urn:oasis:names:specification:ubl:signature:Invoice</sbc:ReferencedSignatureID>',
    `                    <ds:Signature xmlns:ds="${NS.ds}" Id="signature">`,
    '                        <ds:SignedInfo>',
    `                            <ds:CanonicalizationMethod Algorithm="${XADES_ALGORITHMS.canonicalization}"/>`,
    `                            <ds:SignatureMethod Algorithm="${XADES_ALGORITHMS.signature}"/>`,
    '                            <ds:Reference Id="invoiceSignedData" URI="">',
    '                                <ds:Transforms>',
    // The XPath expressions name the prefixes the SDK uses; they document the removal that the
    // hash implements by namespace URI (signing-rules §1), and are bound here for readers that
    // evaluate them.
    ...xpath(`not(//ancestor-or-self::${ext}:UBLExtensions)`),
    ...xpath(`not(//ancestor-or-self::${prefixes.cac}:Signature)`),
    ...xpath(`not(//ancestor-or-self::${prefixes.cac}:AdditionalDocumentReference[${cbc}:ID='QR'])`),
    `                                    <ds:Transform Algorithm="${XADES_ALGORITHMS.canonicalization}"/>`,
    '                                </ds:Transforms>',
    `                                <ds:DigestMethod Algorithm="${XADES_ALGORITHMS.digest}"/>`,
    `                                <ds:DigestValue>${values.invoiceHash}</ds:DigestValue>`,
    '                            </ds:Reference>',
    `                            <ds:Reference Type="${XADES_ALGORITHMS.signedPropertiesType}" URI="#xadesSignedProperties">`,
    `                                <ds:DigestMethod Algorithm="${XADES_ALGORITHMS.digest}"/>`,
    `                                <ds:DigestValue>${signedPropertiesDigest}</ds:DigestValue>`,
    '                            </ds:Reference>',
    '                        </ds:SignedInfo>',
    `                        <ds:SignatureValue>${values.signatureValue}</ds:SignatureValue>`,
    '                        <ds:KeyInfo>',
    '                            <ds:X509Data>',
    `                                <ds:X509Certificate>${values.certificateBase64}</ds:X509Certificate>`,
    '                            </ds:X509Data>',
    '                        </ds:KeyInfo>',
    '                        <ds:Object>',
    `                            <xades:QualifyingProperties xmlns:xades="${NS.xades}" Target="signature">`,
    `${SIGNED_PROPERTIES_INDENT}${signedPropertiesText(values, false)}`,
    '                            </xades:QualifyingProperties>',
    '                        </ds:Object>',
    '                    </ds:Signature>',
    '                </sac:SignatureInformation>',
    '            </sig:UBLDocumentSignatures>',
    `        </${ext}:ExtensionContent>`,
    `    </${ext}:UBLExtension>`,
    `</${ext}:UBLExtensions>`,
  ].join('\n');
}

/**
 * The QR `cac:AdditionalDocumentReference`.
 *
 * @example
 * ```ts
 * qrReferenceText('AQ…', prefixes); // '<cac:AdditionalDocumentReference>…'
 * ```
 */
export function qrReferenceText(qr: string, prefixes: PrefixPlan): string {
  const { cac, cbc } = prefixes;
  return [
    `<${cac}:AdditionalDocumentReference${prefixes.localDeclarations.cac}${prefixes.localDeclarations.cbc}>`,
    `        <${cbc}:ID>QR</${cbc}:ID>`,
    `        <${cac}:Attachment>`,
    `            <${cbc}:EmbeddedDocumentBinaryObject mimeCode="text/plain">${qr}</${cbc}:EmbeddedDocumentBinaryObject>`,
    `        </${cac}:Attachment>`,
    `    </${cac}:AdditionalDocumentReference>`,
  ].join('\n');
}

/** The `cac:Signature` element that points UBL readers at the XAdES signature. */
export function signaturePointerText(prefixes: PrefixPlan): string {
  const { cac, cbc } = prefixes;
  return [
    `<${cac}:Signature${prefixes.localDeclarations.cac}${prefixes.localDeclarations.cbc}>`,
    `        <${cbc}:ID>urn:oasis:names:specification:ubl:signature:Invoice</${cbc}:ID>`,
    `        <${cbc}:SignatureMethod>urn:oasis:names:specification:ubl:dsig:enveloped:xades</${cbc}:SignatureMethod>`,
    `    </${cac}:Signature>`,
  ].join('\n');
}

/**
 * Answers the Fatoora API gives, as the API client's tests script them (shapes from
 * `shared/docs/fatoora-api.md`), and the inputs they need: the SDK test certificate as a
 * `binarySecurityToken`, a CSR, and signed SDK sample invoices with their hash and UUID.
 */
import { csrConfigExamples } from '@fatoora/test-support/zatca-sdk-samples';
import { encodeBase64 } from '../../src/encoding/base64.ts';
import { utf8Encode } from '../../src/encoding/utf8.ts';
import { r348Samples, sdkCertificateText } from '../samples.ts';

/** The SDK certificate as the API sends it: base64 of its base64 DER text. */
export const sdkBinarySecurityToken = encodeBase64(utf8Encode(sdkCertificateText.trim()));

/** A secret that must never appear in an error, a log or a request other than `Authorization`. */
export const testSecret = 'Dehvg1fc9RG4kVzSX8Ftrg+G4RG0nhdXS6jvdCCeCI0=';

/** Credentials made of the SDK certificate and {@link testSecret}. */
export const testCredentials = { binarySecurityToken: sdkBinarySecurityToken, secret: testSecret } as const;

/** The `Authorization` header value for {@link testCredentials}. */
export const testAuthorization = `Basic ${encodeBase64(utf8Encode(`${sdkBinarySecurityToken}:${testSecret}`))}`;

/** A CSID answer (#1, #3, #4) with a request id past 2^53, to prove no digit is lost. */
export function csidAnswer(requestId = '98765432109876543'): string {
  return `{"requestID": ${requestId}, "tokenType": "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-x509-token-profile-1.0#X509v3", "dispositionMessage": "ISSUED", "binarySecurityToken": "${sdkBinarySecurityToken}", "secret": "${testSecret}", "errors": null}`;
}

/**
 * Renewal's 428 body (fatoora-api.md §5 #4): `NOT_COMPLIANT` with a compliance CSID for the new CSR,
 * `binarySecurityToken` the SDK certificate's unless another token is given.
 */
export function complianceRequiredAnswer(
  requestId = '1234567890123',
  binarySecurityToken = sdkBinarySecurityToken,
): string {
  return `{"requestID":${requestId},"tokenType":null,"dispositionMessage":"NOT_COMPLIANT","binarySecurityToken":"${binarySecurityToken}","secret":"${testSecret}","errors":null}`;
}

/**
 * A CSID answer (#1, #3, #4) issuing the certificate whose base64 DER is `certificate`, with a
 * secret of its own.
 */
export function csidAnswerFor(
  certificate: string,
  requestId: string,
  secret = `secret-${requestId}`,
): string {
  const token = encodeBase64(utf8Encode(certificate));
  return `{"requestID":${requestId},"tokenType":"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-x509-token-profile-1.0#X509v3","dispositionMessage":"ISSUED","binarySecurityToken":"${token}","secret":"${secret}","errors":null}`;
}

const info = {
  type: 'INFO',
  code: 'XSD_ZATCA_VALID',
  category: 'XSD validation',
  message: 'Complied with UBL 2.1 standards in line with ZATCA specifications',
  status: 'PASS',
};
const warning = {
  type: 'WARNING',
  code: 'BR-KSA-98',
  category: 'KSA',
  message: 'The simplified invoice should be submitted within 24 hours of issuing the invoice.',
  status: 'WARNING',
};
const error = {
  type: 'ERROR',
  code: 'invalid-invoice-hash',
  category: 'INVOICE_HASHING_ERRORS',
  message: 'The invoice hash API body does not match the (calculated) Hash of the XML',
  status: 'ERROR',
};

/** An invoice answer (#2, #5, #6). */
export function invoiceAnswer(
  kind: 'clean' | 'warnings' | 'rejected',
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    validationResults: {
      infoMessages: [info],
      warningMessages: kind === 'warnings' ? [warning] : [],
      errorMessages: kind === 'rejected' ? [error] : [],
      status: kind === 'clean' ? 'PASS' : kind === 'warnings' ? 'WARNING' : 'ERROR',
    },
    reportingStatus: null,
    clearanceStatus: null,
    clearedInvoice: null,
    ...extra,
  };
}

function sample(path: string) {
  const found = r348Samples.find((candidate) => candidate.path === path);
  if (!found) throw new Error(`sample missing: ${path}`);
  const uuid = /<cbc:UUID>([^<]+)<\/cbc:UUID>/.exec(found.xml)?.[1];
  if (!uuid) throw new Error(`sample without UUID: ${path}`);
  return { xml: found.xml, invoiceHash: found.expectedHash, uuid };
}

/** The SDK's signed simplified invoice, its invoice hash and UUID. */
export const simplifiedInvoice = sample('Data/Samples/Simplified/Invoice/Simplified_Invoice.xml');

/** The SDK's signed standard invoice, its invoice hash and UUID. */
export const standardInvoice = sample('Data/Samples/Standard/Invoice/Standard_Invoice.xml');

/** The SDK's English CSR configuration (`csr-config-example-EN.properties`), for the CSR requests. */
export const csrConfigText: string = csrConfigExamples['csr-config-example-EN.properties']!;

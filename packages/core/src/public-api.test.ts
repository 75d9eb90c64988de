import { describe, expect, it } from 'vitest';
import * as core from './index.ts';

describe('@fatoora/core public surface', () => {
  it('exports exactly the documented runtime names (update this list deliberately)', () => {
    expect(Object.keys(core).sort()).toMatchInlineSnapshot(`
      [
        "CANONICALIZATION_URI",
        "CSR_ENVIRONMENTS",
        "CertificateError",
        "FIRST_PREVIOUS_INVOICE_HASH",
        "FatooraError",
        "InputError",
        "KeyError",
        "NS",
        "PrivateKey",
        "QR_MAX_BASE64_LENGTH",
        "QR_SAFE_VALUE_LENGTH",
        "QR_TAGS",
        "SignatureError",
        "VERIFICATION_CODES",
        "XmlError",
        "canonicalInvoice",
        "canonicalize",
        "certificateFromBinarySecurityToken",
        "createCsr",
        "decodeQr",
        "encodeQr",
        "exportPrivateKey",
        "formatSigningTime",
        "generatePrivateKey",
        "hashInvoice",
        "importPrivateKey",
        "importPublicKey",
        "invoiceDigest",
        "parseCertificate",
        "parseCsrProperties",
        "parseXml",
        "publicKeySpki",
        "readInvoiceQr",
        "readXml",
        "serializeXml",
        "signInvoice",
        "signSha256Ecdsa",
        "stripSignature",
        "validateCsrConfig",
        "verifyInvoice",
        "verifySha256Ecdsa",
      ]
    `);
  });
});

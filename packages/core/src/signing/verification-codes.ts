/**
 * The findings {@link verifyInvoice} can report, as data: each code with what it means, and its
 * severity — whether ZATCA's platform rejects a document for it (`error`) or accepts it with a
 * warning (`warning`). Callers switch on the code; the React kit and the CLI show the description.
 */

/** Every verification finding code and what it means. */
export const VERIFICATION_CODES = {
  'not-an-invoice': 'The root element is not a UBL 2.1 Invoice.',
  'signature-missing': 'No XAdES ds:Signature in ext:UBLExtensions.',
  'algorithm-unsupported':
    'The signature names an algorithm other than ZATCA’s (C14N 1.1, ECDSA-SHA256, SHA-256).',
  'invoice-hash-mismatch':
    'The invoiceSignedData digest is not the hash of the document: the invoice was changed after signing.',
  'signature-invalid':
    'ds:SignatureValue is not a valid ECDSA signature of the invoice hash by the certificate’s key.',
  'signed-properties-missing': 'xades:SignedProperties or one of its values is missing.',
  'signed-properties-digest-mismatch':
    'The SignedProperties digest does not match: the signing time, certificate digest or issuer/serial was changed.',
  'certificate-missing': 'No ds:X509Certificate in the signature.',
  'certificate-unreadable': 'ds:X509Certificate is not a readable secp256k1 X.509 certificate.',
  'certificate-unexpected': 'The document is signed with another certificate than the one expected.',
  'certificate-untrusted':
    'The signing certificate was not issued by any of the trust anchors given: no anchor has its issuer’s name, the issuer’s signature on it does not verify with the anchor’s key (a home-made CA copying the name), or the anchor was not valid at the signing time.',
  'certificate-expired': 'The document was signed after the signing certificate’s notAfter.',
  'certificate-not-yet-valid': 'The document was signed before the signing certificate’s notBefore.',
  'certificate-not-end-entity':
    'The signing certificate is a CA certificate (basicConstraints cA=TRUE) or its keyUsage does not allow digitalSignature.',
  'certificate-digest-mismatch': 'xades:CertDigest is not the digest of the embedded certificate.',
  'issuer-mismatch': 'ds:X509IssuerName is not the embedded certificate’s issuer.',
  'serial-mismatch': 'ds:X509SerialNumber is not the embedded certificate’s serial number.',
  'signing-time-invalid':
    'xades:SigningTime is not an xsd:dateTime (YYYY-MM-DDTHH:MM:SS, optionally with fractional seconds and Z or ±hh:mm).',
  'qr-missing':
    'No QR AdditionalDocumentReference, or one without cac:Attachment/cbc:EmbeddedDocumentBinaryObject.',
  'qr-empty':
    'The QR AdditionalDocumentReference is there, but its cbc:EmbeddedDocumentBinaryObject is empty.',
  'qr-malformed': 'The QR text is not valid base64 TLV with tags 1–8 (1–9).',
  'qr-mismatch':
    'A QR field disagrees with the document, the hash, the signature or the certificate (for tag 3: another date or time than IssueDate and IssueTime).',
  'qr-timestamp-mismatch':
    'QR tag 3 names the invoice’s issue date and time but is written differently (a Z or offset IssueTime lacks, or fractional seconds): ZATCA warns (invoiceTimeStamp_QRCODE_INVALID) and accepts.',
  'pih-missing': 'No PIH AdditionalDocumentReference.',
  'pih-mismatch': 'The PIH is not the previous invoice’s hash.',
  'structure-duplicated':
    'A structure ZATCA’s layout has once (the signature or a part of it, ext:UBLExtensions, cac:Signature, the ICV, PIH or QR reference, a root element such as cbc:UUID) occurs several times: the hash and the signature cannot tell which copy is meant.',
  'structure-misplaced':
    'A part of the signature (ds:Signature, xades:SignedProperties, cac:Signature, …) sits outside its place in the signature extension or the root.',
  'structure-unexpected':
    'An element with no place in UBL 2.1 or ZATCA’s layout sits in the signature, cac:Signature or an ICV/PIH/QR reference, where its content escapes verification.',
} as const;

/** A verification finding code. */
export type VerificationCode = keyof typeof VERIFICATION_CODES;

/** Whether a finding makes ZATCA reject the document (`error`) or only warn (`warning`). */
export type VerificationSeverity = 'error' | 'warning';

/**
 * The severity of each finding code. A document is valid when it has no `error` finding.
 *
 * `qr-timestamp-mismatch` is a warning because the platform answers exactly that difference with
 * the warning `invoiceTimeStamp_QRCODE_INVALID` (category `QRCODE_VALIDATION`) and reports or
 * clears the document (fatoora-api.md §7, [LIVE]; odoo/odoo#143379, Saleh7/php-zatca-xml#34).
 * Every other finding is an error: the platform rejects a broken hash, signature, signed property,
 * certificate or QR (§7: `invalid-invoice-hash`, `invalid-digital-signature`,
 * `signed-properties-hashing`, `QRCODE_INVALID`, …); the PIH and trust findings are the
 * caller's own conditions, which a valid document must meet.
 *
 * @example
 * ```ts
 * VERIFICATION_SEVERITY['qr-timestamp-mismatch']; // 'warning'
 * VERIFICATION_SEVERITY['signature-invalid']; // 'error'
 * ```
 */
export const VERIFICATION_SEVERITY = {
  'not-an-invoice': 'error',
  'signature-missing': 'error',
  'algorithm-unsupported': 'error',
  'invoice-hash-mismatch': 'error',
  'signature-invalid': 'error',
  'signed-properties-missing': 'error',
  'signed-properties-digest-mismatch': 'error',
  'certificate-missing': 'error',
  'certificate-unreadable': 'error',
  'certificate-unexpected': 'error',
  'certificate-untrusted': 'error',
  'certificate-expired': 'error',
  'certificate-not-yet-valid': 'error',
  'certificate-not-end-entity': 'error',
  'certificate-digest-mismatch': 'error',
  'issuer-mismatch': 'error',
  'serial-mismatch': 'error',
  'signing-time-invalid': 'error',
  'qr-missing': 'error',
  'qr-empty': 'error',
  'qr-malformed': 'error',
  'qr-mismatch': 'error',
  'qr-timestamp-mismatch': 'warning',
  'pih-missing': 'error',
  'pih-mismatch': 'error',
  'structure-duplicated': 'error',
  'structure-misplaced': 'error',
  'structure-unexpected': 'error',
} as const satisfies Record<VerificationCode, VerificationSeverity>;

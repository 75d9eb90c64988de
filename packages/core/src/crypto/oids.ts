/**
 * The object identifiers ZATCA's keys, certificates and CSRs use, named once.
 * Sources: RFC 5480 (EC keys, the NIST curves), RFC 5758 (ECDSA signatures), SEC 2 (secp256k1),
 * RFC 5280 (extensions) and X.520 (names), RFC 2985 (extensionRequest), Microsoft's certificate
 * template name extension, and ZATCA's Security Features Implementation Standards §2.2.2 (CSR
 * fields).
 */
export const OID = {
  ecPublicKey: '1.2.840.10045.2.1',
  secp256k1: '1.3.132.0.10',
  /** NIST P-256 (prime256v1, RFC 5480 §2.1.1.1): accepted for a CA, never for a signing key. */
  p256: '1.2.840.10045.3.1.7',
  /** NIST P-384 (secp384r1): accepted for a CA, never for a signing key. */
  p384: '1.3.132.0.34',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  ecdsaWithSha384: '1.2.840.10045.4.3.3',
  extensionRequest: '1.2.840.113549.1.9.14',
  subjectAltName: '2.5.29.17',
  keyUsage: '2.5.29.15',
  basicConstraints: '2.5.29.19',
  /** szOID_ENROLL_CERTTYPE_EXTENSION: the certificate template name ZATCA's CA issues by. */
  certificateTemplateName: '1.3.6.1.4.1.311.20.2',
  commonName: '2.5.4.3',
  surname: '2.5.4.4',
  serialNumber: '2.5.4.5',
  countryName: '2.5.4.6',
  localityName: '2.5.4.7',
  stateOrProvinceName: '2.5.4.8',
  streetAddress: '2.5.4.9',
  organizationName: '2.5.4.10',
  organizationalUnitName: '2.5.4.11',
  title: '2.5.4.12',
  businessCategory: '2.5.4.15',
  registeredAddress: '2.5.4.26',
  organizationIdentifier: '2.5.4.97',
  userId: '0.9.2342.19200300.100.1.1',
  domainComponent: '0.9.2342.19200300.100.1.25',
  emailAddress: '1.2.840.113549.1.9.1',
} as const;

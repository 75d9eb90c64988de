/**
 * Distinguished names as ZATCA writes them in `ds:X509IssuerName`: most specific RDN first
 * (the reverse of DER order), `", "` between RDNs, `+` inside a multi-valued RDN, short attribute
 * names, and values escaped per RFC 4514 §2.4 — e.g. `CN=PRZEINVOICESCA4-CA, DC=extgazt,
 * DC=gov, DC=local` for the SDK's certificate (signing-rules §2).
 */

import { bytesToHex } from '@noble/hashes/utils.js';
import { AsnConvert } from '@peculiar/asn1-schema';
import type { Name } from '@peculiar/asn1-x509';
import { OID } from './oids.ts';

/** Short names for the attribute types found in ZATCA certificates (RFC 4514 §3, X.520). */
const SHORT_NAMES: Readonly<Record<string, string>> = {
  [OID.commonName]: 'CN',
  [OID.countryName]: 'C',
  [OID.localityName]: 'L',
  [OID.stateOrProvinceName]: 'ST',
  [OID.streetAddress]: 'STREET',
  [OID.organizationName]: 'O',
  [OID.organizationalUnitName]: 'OU',
  [OID.domainComponent]: 'DC',
  [OID.userId]: 'UID',
  [OID.surname]: 'SN',
  [OID.serialNumber]: 'SERIALNUMBER',
  [OID.title]: 'T',
  [OID.emailAddress]: 'E',
  [OID.organizationIdentifier]: 'organizationIdentifier',
  [OID.businessCategory]: 'businessCategory',
  [OID.registeredAddress]: 'registeredAddress',
};

/**
 * Formats a Name in ZATCA's string form.
 *
 * @example
 * ```ts
 * formatDistinguishedName(certificate.tbsCertificate.issuer); // 'CN=PRZEINVOICESCA4-CA, DC=extgazt, DC=gov, DC=local'
 * ```
 */
export function formatDistinguishedName(name: Name): string {
  return [...name]
    .reverse()
    .map((rdn) =>
      [...rdn]
        .map((attribute) => {
          const type = SHORT_NAMES[attribute.type];
          if (!type) {
            // RFC 4514 §2.4: an unknown type is written as its OID, its value as #hex of the DER.
            return `${attribute.type}=#${bytesToHex(new Uint8Array(AsnConvert.serialize(attribute.value)))}`;
          }
          return `${type}=${escapeValue(attribute.value.toString())}`;
        })
        .join('+'),
    )
    .join(', ');
}

/** The values of a Name by attribute OID (first occurrence of each). */
export function nameValues(name: Name): Map<string, string> {
  const values = new Map<string, string>();
  for (const rdn of name) {
    for (const attribute of rdn) {
      if (!values.has(attribute.type)) values.set(attribute.type, attribute.value.toString());
    }
  }
  return values;
}

/** RFC 4514 §2.4 escaping. */
function escapeValue(value: string): string {
  let escaped = value.replace(/["+,;<>\\]/g, '\\$&');
  if (escaped.startsWith('#') || escaped.startsWith(' ')) escaped = `\\${escaped}`;
  if (escaped.endsWith(' ') && escaped.length > 1) escaped = `${escaped.slice(0, -1)}\\ `;
  return escaped;
}

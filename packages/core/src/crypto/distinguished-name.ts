/**
 * Distinguished names as ZATCA writes them in `ds:X509IssuerName`: most specific RDN first
 * (the reverse of DER order), `", "` between RDNs, `+` inside a multi-valued RDN, short attribute
 * names, and values escaped per RFC 4514 §2.4 — e.g. `CN=PRZEINVOICESCA4-CA, DC=extgazt,
 * DC=gov, DC=local` for the SDK's certificate (signing-rules §2).
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { childrenOf, type DerNode, encodingOf, oidOf, stringOf } from './der.ts';
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

/** One attribute of a name: its type OID and its value node. */
interface NameAttribute {
  readonly type: string;
  readonly value: DerNode;
}

/** The RDNs of a DER `Name` (SEQUENCE OF SET OF AttributeTypeAndValue), in DER order. */
function rdnsOf(name: DerNode): NameAttribute[][] {
  return childrenOf(name).map((rdn) =>
    childrenOf(rdn).map((attribute) => {
      const [type, value] = childrenOf(attribute);
      return { type: oidOf(type) ?? '', value: value! };
    }),
  );
}

/**
 * Formats a DER `Name` in ZATCA's string form.
 *
 * @example
 * ```ts
 * formatDistinguishedName(issuerNode); // 'CN=PRZEINVOICESCA4-CA, DC=extgazt, DC=gov, DC=local'
 * ```
 */
export function formatDistinguishedName(name: DerNode): string {
  return rdnsOf(name)
    .reverse()
    .map((rdn) =>
      rdn
        .map(({ type, value }) => {
          const short = SHORT_NAMES[type];
          const text = stringOf(value);
          // RFC 4514 §2.4: an unknown type or non-string value is written as #hex of its DER.
          if (!short || text === undefined) return `${short ?? type}=#${bytesToHex(encodingOf(value))}`;
          return `${short}=${escapeValue(text)}`;
        })
        .join('+'),
    )
    .join(', ');
}

/** The string values of a DER `Name` by attribute OID (first occurrence of each). */
export function nameValues(name: DerNode): Map<string, string> {
  const values = new Map<string, string>();
  for (const rdn of rdnsOf(name)) {
    for (const { type, value } of rdn) {
      const text = stringOf(value);
      if (text !== undefined && !values.has(type)) values.set(type, text);
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

/**
 * PEM armour (RFC 7468) for the few things the simulator reads and writes as text: the CSR of
 * `POST /compliance` (the API sends base64 of its PEM) and the CA certificate it publishes.
 */
import { base64 } from '@scure/base';

/**
 * The DER inside the first PEM block with one of `labels`, or `undefined` when there is none or
 * its body is not base64.
 *
 * @example
 * ```ts
 * readPem(csrText, ['CERTIFICATE REQUEST', 'NEW CERTIFICATE REQUEST']); // Uint8Array
 * ```
 */
export function readPem(text: string, labels: readonly string[]): Uint8Array | undefined {
  const pattern = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;
  for (const [, label, body] of text.matchAll(pattern)) {
    if (!labels.includes(label!)) continue;
    try {
      return base64.decode(body!.replace(/\s+/g, ''));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * PEM text of DER bytes, in 64-character lines.
 *
 * @example
 * ```ts
 * writePem('CERTIFICATE', der); // '-----BEGIN CERTIFICATE-----\nMIIB…\n-----END CERTIFICATE-----\n'
 * ```
 */
export function writePem(label: string, der: Uint8Array): string {
  const lines = base64.encode(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

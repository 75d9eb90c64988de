/**
 * PEM armour (RFC 7468) in and out. ZATCA's SDK ships its test certificate and key as bare base64
 * without armour, and the platform returns certificates as base64 inside base64, so readers accept
 * armoured text, bare base64 and raw DER bytes alike.
 */
import { decodeBase64, encodeBase64 } from './base64.ts';

/** One armoured block: its label (`CERTIFICATE`, `EC PRIVATE KEY`, …) and DER bytes. */
export interface PemBlock {
  /** The word between `BEGIN`/`END` (`CERTIFICATE`, `EC PRIVATE KEY`, …): what kind of object it is. */
  readonly label: string;
  /** The block's content, base64-decoded. */
  readonly der: Uint8Array;
}

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;

/**
 * Finds every armoured block in `text`, in order.
 *
 * @throws {Error} when a block's body is not base64.
 * @example
 * ```ts
 * readPemBlocks(pemText)[0]?.label; // 'CERTIFICATE'
 * ```
 */
export function readPemBlocks(text: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  for (const match of text.matchAll(PEM_BLOCK)) {
    const body = (match[2] ?? '')
      .split(/\r?\n/)
      .filter((line) => !line.includes(':')) // RFC 1421 headers such as Proc-Type
      .join('');
    blocks.push({ label: match[1] ?? '', der: decodeBase64(body) });
  }
  return blocks;
}

/**
 * Wraps DER bytes in PEM armour with 64-character lines and a trailing newline.
 *
 * @example
 * ```ts
 * writePem('CERTIFICATE', der); // '-----BEGIN CERTIFICATE-----\nMIID…\n-----END CERTIFICATE-----\n'
 * ```
 */
export function writePem(label: string, der: Uint8Array): string {
  const body = encodeBase64(der).replace(/.{64}/g, '$&\n').replace(/\n$/, '');
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
}

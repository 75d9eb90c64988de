/**
 * Certificate files named by `verify`: the pinned certificate (`--cert`) and the trust anchors
 * (`--ca`, repeatable), each PEM — a PEM file may hold several certificates, a bundle — bare
 * base64 or binary DER. An unreadable file, or an anchor that is not a CA certificate, is bad
 * input (exit code 2), named by its path.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Certificate, parseCertificate, readTrustAnchors, type TrustAnchor } from '@fatoora/core';
import { type CliIo, describeFsError } from './io.ts';
import { asUsageError, UsageError } from './usage-error.ts';

/**
 * Reads a certificate file (PEM, bare base64 or DER).
 *
 * @throws {UsageError} when the file cannot be read or holds no certificate.
 * @example
 * ```ts
 * const pinned = readCertificateFile(io, 'csid.pem');
 * ```
 */
export function readCertificateFile(io: CliIo, path: string): Certificate {
  const content = readCertificateBytes(io, path);
  return asUsageError(path, () => parseCertificate(content));
}

/**
 * Reads the trust anchors of every `--ca` file, in order; a PEM bundle gives one per certificate.
 *
 * @throws {UsageError} when a file cannot be read, holds no certificate, or holds one that is not a
 *   CA certificate (a signing certificate given by mistake).
 * @example
 * ```ts
 * const anchors = readTrustAnchorFiles(io, ['zatca-ca.pem', 'simulator-ca.pem']);
 * ```
 */
export function readTrustAnchorFiles(io: CliIo, paths: readonly string[]): TrustAnchor[] {
  return paths.flatMap((path) => {
    const content = readCertificateBytes(io, path);
    return asUsageError(path, () => readTrustAnchors([content]));
  });
}

/** The file as text when it is text (PEM or base64), else its bytes (DER). */
function readCertificateBytes(io: CliIo, path: string): string | Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(io.cwd, path));
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${describeFsError(error)}`);
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters mean DER, not text.
    if (!/[\u0000-\u0008\u000e-\u001f]/.test(text)) return text;
  } catch {
    // Not UTF-8: DER.
  }
  return Uint8Array.from(bytes);
}

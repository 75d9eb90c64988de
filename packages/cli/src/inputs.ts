/**
 * Reading the keys, certificates and documents named on the command line, turning the core's
 * typed errors into the CLI's exit codes: an unreadable key or certificate is bad input (2), a
 * malformed invoice is an invalid document (1).
 */
import {
  type Certificate,
  FatooraError,
  importPrivateKey,
  type PrivateKey,
  parseCertificate,
  XmlError,
} from '@fatoora/core';
import { type CliIo, readTextFile } from './io.ts';
import { asUsageError, InvalidDocumentError } from './usage-error.ts';

/** Reads a private key file (SEC1 or PKCS#8; PEM or bare base64). */
export function readPrivateKey(io: CliIo, path: string): PrivateKey {
  return asUsageError(path, () => importPrivateKey(readTextFile(io, path)));
}

/** Reads a certificate file (PEM or bare base64). */
export function readCertificate(io: CliIo, path: string): Certificate {
  return asUsageError(path, () => parseCertificate(readTextFile(io, path)));
}

/** Runs `work` on a document, turning core's XML and signing errors into exit code 1. */
export function onDocument<T>(path: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof XmlError || error instanceof FatooraError) {
      throw new InvalidDocumentError(`${path}: ${error.message}`);
    }
    throw error;
  }
}

/**
 * The CLI's two failure kinds, mapped to exit codes: {@link UsageError} (2: bad usage or input
 * that cannot be read — a flag, a file, a key, a certificate, a configuration) and
 * {@link InvalidDocumentError} (1: the invoice itself is invalid).
 */
import { FatooraError } from '@fatoora/core/errors';

/** Bad usage or unreadable input: exit code 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
}

/** The document is invalid (malformed, unsignable, or fails verification): exit code 1. */
export class InvalidDocumentError extends Error {
  readonly exitCode = 1;
}

/**
 * Runs `work` on the contents of the file at `path` (a key, a certificate, trust anchors),
 * turning core's errors into a {@link UsageError} that names the file.
 *
 * @throws {UsageError} when `work` throws a `FatooraError`; anything else passes through.
 * @example
 * ```ts
 * const certificate = asUsageError('cert.pem', () => parseCertificate(text));
 * ```
 */
export function asUsageError<T>(path: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof FatooraError) throw new UsageError(`${path}: ${error.message}`);
    throw error;
  }
}

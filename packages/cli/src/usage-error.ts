/**
 * The CLI's two failure kinds, mapped to exit codes: {@link UsageError} (2: bad usage or input
 * that cannot be read — a flag, a file, a key, a certificate, a configuration) and
 * {@link InvalidDocumentError} (1: the invoice itself is invalid).
 */

/** Bad usage or unreadable input: exit code 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
}

/** The document is invalid (malformed, unsignable, or fails verification): exit code 1. */
export class InvalidDocumentError extends Error {
  readonly exitCode = 1;
}

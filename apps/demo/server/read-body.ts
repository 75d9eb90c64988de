/**
 * Reads a request body into memory with a size cap, so a client cannot make the proxy hold more
 * than `maxBytes`: a `Content-Length` over the cap is refused before a byte is kept, and a body
 * that streams past it (chunked, or lying about its length) is refused as soon as it does. What
 * still arrives is read and thrown away, so the client can finish sending and read the 413, which
 * the proxy sends with `Connection: close`.
 */
import type { IncomingMessage } from 'node:http';
import { concatBytes } from './concat-bytes.ts';

/** Thrown by {@link readBody} for a body over the cap; the proxy answers 413. */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
  /** The cap that was exceeded, in bytes. */
  readonly maxBytes: number;

  constructor(maxBytes: number) {
    super(`The request body is larger than ${maxBytes} bytes.`);
    this.maxBytes = maxBytes;
  }
}

/**
 * The body of `request`, at most `maxBytes` long.
 *
 * @throws {BodyTooLargeError} for a body over `maxBytes`.
 * @throws {Error} when the client goes away before the body is complete.
 * @example
 * ```ts
 * const body = await readBody(request, 1024 * 1024);
 * ```
 */
export function readBody(request: IncomingMessage, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    let chunks: Uint8Array[] = [];
    let length = 0;
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
    };
    const tooLarge = () => {
      chunks = [];
      settle(() => reject(new BodyTooLargeError(maxBytes)));
    };
    if (Number(request.headers['content-length'] ?? 0) > maxBytes) tooLarge();
    request.on('data', (chunk: Uint8Array) => {
      if (settled) return; // thrown away: the answer is 413
      length += chunk.byteLength;
      if (length > maxBytes) tooLarge();
      else chunks.push(chunk);
    });
    request.on('end', () => settle(() => resolve(concatBytes(chunks))));
    request.on('error', (error) => settle(() => reject(error)));
    request.on('close', () => settle(() => reject(new Error('The client closed the request early.'))));
  });
}

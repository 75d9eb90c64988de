/**
 * Reads a request body up to a size limit (2 MiB by default, beyond any invoice ZATCA accepts).
 * A body over the limit — by its `Content-Length`, or as it streams in — is not kept: the reading
 * ends at once, what still arrives is thrown away, and the caller answers 413 with
 * `Connection: close`, so that the connection ends once the client has the answer. A request that
 * ends early (the client went away) rejects.
 */
import type { IncomingMessage } from 'node:http';

/** The outcome of reading a body. */
export type BodyReading =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly tooLarge: true };

const TOO_LARGE: BodyReading = { ok: false, tooLarge: true };

/**
 * Reads the body's bytes, unaltered: decoding them (strictly) is the caller's business.
 *
 * @throws {Error} (as a rejection) when the request is aborted before its end.
 * @example
 * ```ts
 * const body = await readBody(request, 2 * 1024 * 1024);
 * if (!body.ok) return problem(413, 'Payload-Too-Large', '…');
 * ```
 */
export function readBody(request: IncomingMessage, limit: number): Promise<BodyReading> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
    };
    const cutShort = () => settle(() => reject(new Error('The request ended before its body was read.')));
    if (request.destroyed) cutShort();
    if (Number(request.headers['content-length'] ?? 0) > limit) settle(() => resolve(TOO_LARGE));
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (settled) return;
      if (size > limit) {
        chunks.length = 0;
        settle(() => resolve(TOO_LARGE));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () =>
      settle(() => resolve({ ok: true, bytes: new Uint8Array(Buffer.concat(chunks)) })),
    );
    request.on('error', (error) => settle(() => reject(error)));
    request.on('close', cutShort);
  });
}

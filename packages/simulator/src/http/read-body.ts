/**
 * Reads a request body up to a size limit (2 MiB by default, beyond any invoice ZATCA accepts).
 * A body over the limit — by its `Content-Length`, or as it streams in — is not kept: the rest is
 * read and thrown away so that the client can read the 413, up to four times the limit, after
 * which the connection is cut.
 */
import type { IncomingMessage } from 'node:http';

/** The outcome of reading a body. */
export type BodyReading = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly tooLarge: true };

/**
 * Reads the body as UTF-8 text (malformed sequences become U+FFFD, which JSON parsing then refuses
 * only if they matter).
 *
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
    let tooLarge = Number(request.headers['content-length'] ?? 0) > limit;
    if (tooLarge) resolve({ ok: false, tooLarge: true });
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit * 4) request.destroy();
      if (tooLarge) return;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        resolve({ ok: false, tooLarge: true });
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (!tooLarge) resolve({ ok: true, text: new TextDecoder().decode(Buffer.concat(chunks)) });
    });
    request.on('error', reject);
  });
}

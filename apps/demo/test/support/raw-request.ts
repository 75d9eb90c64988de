/**
 * A test helper: one HTTP/1.1 request over loopback with exactly the request target and headers
 * given (`fetch` would normalize the path and set `Host` itself), and the whole answer read back.
 */
import { request as httpRequest } from 'node:http';

/** A request as it goes on the wire. */
export interface RawRequest {
  readonly port: number;
  readonly method?: string;
  /** The request target, sent as is: `/api/…`, `http://host/…`, `/api/../x`. */
  readonly target: string;
  readonly headers?: Record<string, string>;
  readonly body?: string | Uint8Array;
}

/** What came back. */
export interface RawAnswer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
}

/**
 * Sends the request and reads the answer.
 *
 * @example
 * ```ts
 * const answer = await rawRequest({ port, target: 'http://evil.example/api/compliance' });
 * answer.status; // 400
 * ```
 */
export function rawRequest(raw: RawRequest): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port: raw.port,
        method: raw.method ?? 'GET',
        path: raw.target,
        headers: { host: `127.0.0.1:${raw.port}`, ...raw.headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(raw.body);
  });
}

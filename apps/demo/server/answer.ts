/**
 * How the proxy answers by itself (a refusal, its configuration, a failed upstream): JSON in the
 * Fatoora error shape `{code, message}`, which core's API client already parses into its typed
 * errors, plus headers that every answer of the proxy carries.
 */
import type { ServerResponse } from 'node:http';

/** Headers on every answer: no sniffing, no referrer, no framing. */
export const BASE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
} as const;

/**
 * Sends `body` as JSON with `status` (and extra headers).
 *
 * @example
 * ```ts
 * sendJson(response, 404, { code: 'unknown-endpoint', message: 'No such Fatoora endpoint.' });
 * ```
 */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...BASE_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(text);
}

/**
 * Sends a refusal in the Fatoora error shape.
 *
 * @example
 * ```ts
 * sendProblem(response, 413, 'payload-too-large', 'The request body is larger than 1048576 bytes.');
 * ```
 */
export function sendProblem(
  response: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): void {
  sendJson(response, status, { code, message }, headers);
}

/**
 * The JSON body of a call, as the platform takes it: `Content-Type: application/json` (else 415),
 * at most the size limit (else 413, and the connection closes after it), UTF-8 (strictly: a byte
 * that is not UTF-8 is refused, never read as U+FFFD) and JSON text (else 400 `Invalid-Request`).
 * The body is never quoted back or logged: it may hold a CSR, an invoice or a secret.
 */
import type { IncomingMessage } from 'node:http';
import { type ApiAnswer, problem } from './answer.ts';
import { readBody } from './read-body.ts';

/** The parsed body, or the answer that refuses it. */
export type JsonBodyReading =
  | { readonly ok: true; readonly body: unknown }
  | { readonly ok: false; readonly answer: ApiAnswer };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/**
 * Reads and parses the JSON body of `request`.
 *
 * @throws {Error} (as a rejection) when the client went away before the body was read.
 * @example
 * ```ts
 * const reading = await readJsonBody(request, 2 * 1024 * 1024);
 * if (!reading.ok) return reading.answer;
 * ```
 */
export async function readJsonBody(request: IncomingMessage, limit: number): Promise<JsonBodyReading> {
  const type = request.headers['content-type'] ?? '';
  if (!JSON_MEDIA_TYPE.test(type)) {
    return {
      ok: false,
      answer: problem(
        415,
        'Unsupported-Media-Type',
        'The request body must be JSON (Content-Type: application/json).',
      ),
    };
  }
  const reading = await readBody(request, limit);
  if (!reading.ok) {
    return {
      ok: false,
      answer: problem(413, 'Payload-Too-Large', `The request body is larger than ${limit} bytes.`, {
        Connection: 'close',
      }),
    };
  }
  let text: string;
  try {
    text = strictUtf8.decode(reading.bytes);
  } catch {
    return { ok: false, answer: problem(400, 'Invalid-Request', 'The request body is not valid UTF-8.') };
  }
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return { ok: false, answer: problem(400, 'Invalid-Request', 'The request body is not valid JSON.') };
  }
}

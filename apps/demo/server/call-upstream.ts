/**
 * One call to the configured upstream: the method, the Fatoora headers and the body the proxy
 * read, to the base URL plus an allow-listed path — never a URL the client wrote. Redirects are
 * not followed (a clearance 303 goes back to the browser as it is, and no `Location` can lead the
 * proxy to another host). The whole exchange, answer body included, runs under one deadline; past
 * it the call is aborted and the proxy answers 504. The answer body is capped as well.
 */
import { concatBytes } from './concat-bytes.ts';
import { pickResponseHeaders } from './forward-headers.ts';

/** What the upstream answered. */
export interface UpstreamAnswer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: Uint8Array;
}

/** A call to the upstream. */
export interface UpstreamCall {
  /** The configured base URL and the allow-listed path, joined by the proxy. */
  readonly url: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body?: Uint8Array<ArrayBuffer>;
  /** Deadline for the whole exchange, in milliseconds. */
  readonly timeoutMs: number;
  /** Largest answer body accepted, in bytes. */
  readonly maxAnswerBytes: number;
}

/** Thrown when the upstream did not answer in time (504). */
export class UpstreamTimeoutError extends Error {
  override readonly name = 'UpstreamTimeoutError';
}

/** Thrown when the upstream could not be reached or answered too much (502). */
export class UpstreamError extends Error {
  override readonly name = 'UpstreamError';
}

/**
 * Sends one call and reads the whole answer.
 *
 * @throws {UpstreamTimeoutError} past `timeoutMs`.
 * @throws {UpstreamError} when the connection fails or the answer is over `maxAnswerBytes`.
 * @example
 * ```ts
 * const answer = await callUpstream({
 *   url: `${upstream.baseUrl}/compliance`, method: 'POST', headers, body, timeoutMs: 30_000, maxAnswerBytes: 8 << 20,
 * });
 * ```
 */
export async function callUpstream(call: UpstreamCall): Promise<UpstreamAnswer> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, call.timeoutMs);
  try {
    const response = await fetch(call.url, {
      method: call.method,
      headers: call.headers,
      ...(call.body !== undefined && call.body.byteLength > 0 ? { body: call.body } : {}),
      redirect: 'manual',
      signal: controller.signal,
    });
    const body = await readAnswer(response, call.maxAnswerBytes, controller);
    return { status: response.status, headers: pickResponseHeaders(response.headers), body };
  } catch (error) {
    if (timedOut) throw new UpstreamTimeoutError(`The upstream did not answer within ${call.timeoutMs} ms.`);
    if (error instanceof UpstreamError) throw error;
    throw new UpstreamError('The upstream could not be reached.', { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

/** The answer body, aborting the call once it grows past `maxBytes`. */
async function readAnswer(response: Response, maxBytes: number, controller: AbortController) {
  if (response.body === null) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = response.body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    const chunk = read.value;
    length += chunk.byteLength;
    if (length > maxBytes) {
      controller.abort();
      throw new UpstreamError(`The upstream answered more than ${maxBytes} bytes.`);
    }
    chunks.push(chunk);
  }
  return concatBytes(chunks);
}

/**
 * What an endpoint returns — a status, a JSON body (or, for the platform's 406, plain text) and
 * extra headers — and how it is written: `application/json; charset=utf-8` or
 * `text/plain;charset=UTF-8`, never cached. The bodies of ZATCA's own answers are built in
 * `platform-answers.ts`; {@link problem} is the simulator's `{code, message}` for what the gateway
 * answers before the platform (404, 405, 413, 415) and for its admin API.
 */
import type { ServerResponse } from 'node:http';

/** An endpoint's answer. */
export interface ApiAnswer {
  readonly status: number;
  /** Sent as JSON; no body when undefined (and no `text`). */
  readonly body?: unknown;
  /** Sent as `text/plain;charset=UTF-8` instead of a JSON body. */
  readonly text?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** How a call ended: its answer, and whether an injected fault drops it or answered for it. */
export interface CallOutcome {
  readonly answer: ApiAnswer;
  /** Close the connection instead of answering (the call was processed all the same). */
  readonly drop?: boolean;
  /** The injected fault that answered or dropped the call, for the log. */
  readonly fault?: string;
  /** A note for the log (e.g. the class of an unexpected error); never request content. */
  readonly note?: string;
  /**
   * Answered by the gateway in front of the platform — no such route or method, a body too large,
   * not JSON or not UTF-8 — in the simulator's own words: ZATCA documents none of these answers.
   */
  readonly gateway?: boolean;
}

/**
 * An error answer with the platform's `{code, message}` body.
 *
 * @example
 * ```ts
 * problem(400, 'Invalid-OTP', 'The OTP is not valid.');
 * ```
 */
export function problem(
  status: number,
  code: string,
  message: string,
  headers?: Record<string, string>,
): ApiAnswer {
  return { status, body: { code, message }, ...(headers ? { headers } : {}) };
}

/**
 * Writes an answer.
 *
 * @example
 * ```ts
 * writeAnswer(response, { status: 200, body: { ok: true } });
 * ```
 */
export function writeAnswer(response: ServerResponse, answer: ApiAnswer): void {
  const text = answerText(answer);
  const contentType = answerContentType(answer);
  response.writeHead(answer.status, {
    ...(contentType === undefined ? {} : { 'Content-Type': contentType }),
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    ...answer.headers,
  });
  response.end(text);
}

/**
 * The body an answer puts on the wire: its text, its JSON, or nothing.
 *
 * @example
 * ```ts
 * answerText({ status: 200, body: { ok: true } }); // '{"ok":true}'
 * ```
 */
export function answerText(answer: ApiAnswer): string {
  return answer.text ?? (answer.body === undefined ? '' : JSON.stringify(answer.body));
}

/**
 * The `Content-Type` an answer is sent with; none for an empty body.
 *
 * @example
 * ```ts
 * answerContentType({ status: 406, text: 'This Version is not supported…' }); // 'text/plain;charset=UTF-8'
 * ```
 */
export function answerContentType(answer: ApiAnswer): string | undefined {
  if (answerText(answer) === '') return undefined;
  return answer.text !== undefined ? 'text/plain;charset=UTF-8' : 'application/json; charset=utf-8';
}

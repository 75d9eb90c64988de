/**
 * A scripted Fatoora API stand-in for the API client's tests: a real HTTP server on loopback
 * (node:http, an ephemeral port) that answers each request with the next scripted reply and
 * records every request (method, path, headers, body), so tests see exactly what went over the
 * wire. A reply can be delayed (timeouts) or cut off without an answer (network failures); a
 * request with no reply left gets a 599 that fails the test. Node only.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted answer. */
export interface ScriptedReply {
  /** HTTP status; default 200. */
  readonly status?: number;
  /** A value to send as JSON, or text sent as is. */
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** Wait this long before answering. */
  readonly delayMs?: number;
  /** Close the connection without answering. */
  readonly hangUp?: boolean;
}

/** One request the server received. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  /** Header names in lower case. */
  readonly headers: IncomingHttpHeaders;
  readonly text: string;
  /** The body parsed as JSON, or `undefined` when it was not JSON. */
  readonly json: unknown;
}

/** A running scripted server. */
export interface TestServer {
  /** `http://127.0.0.1:<port>`, optionally with a base path. */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Appends replies to the script. */
  reply(...replies: ScriptedReply[]): void;
  close(): Promise<void>;
}

/**
 * Starts a server on 127.0.0.1; `basePath` is prefixed to `url` (requests keep their full path).
 */
export async function startTestServer(basePath = ''): Promise<TestServer> {
  const script: ScriptedReply[] = [];
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      requests.push({
        method: request.method ?? '',
        path: request.url ?? '',
        headers: request.headers,
        text,
        json,
      });
      const reply = script.shift() ?? { status: 599, body: { message: 'no scripted reply left' } };
      const answer = () => {
        if (reply.hangUp) {
          request.socket.destroy();
          return;
        }
        const body =
          reply.body === undefined
            ? ''
            : typeof reply.body === 'string'
              ? reply.body
              : JSON.stringify(reply.body);
        response.writeHead(reply.status ?? 200, {
          ...(typeof reply.body === 'object' ? { 'Content-Type': 'application/json' } : {}),
          ...reply.headers,
        });
        response.end(body);
      };
      if (reply.delayMs) {
        const timer = setTimeout(() => {
          timers.delete(timer);
          answer();
        }, reply.delayMs);
        timers.add(timer);
      } else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    requests,
    reply: (...replies) => script.push(...replies),
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

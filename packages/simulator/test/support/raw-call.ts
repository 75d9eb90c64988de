/**
 * A call to the simulator with plain `fetch`, for what the API client would never send (no
 * `Accept-Version`, no credentials, a body that is not JSON) and for checking the wire shape of an
 * answer field by field.
 */

/** What came back. */
export interface RawAnswer {
  readonly status: number;
  readonly headers: Headers;
  /** The body parsed as JSON, or `undefined` when empty or not JSON. */
  readonly json: unknown;
  /** The body as text. */
  readonly text: string;
}

/** The headers the Fatoora API wants on every call. */
export const API_HEADERS = {
  Accept: 'application/json',
  'Content-Type': 'application/json',
  'Accept-Version': 'V2',
} as const;

/** `Authorization: Basic …` for CSID credentials. */
export function basicAuth(credentials: { binarySecurityToken: string; secret: string }): string {
  return `Basic ${Buffer.from(`${credentials.binarySecurityToken}:${credentials.secret}`).toString('base64')}`;
}

/** Sends `body` (JSON unless it is already text) to `url` and reads the answer. */
export async function rawCall(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: unknown } = {},
): Promise<RawAnswer> {
  const response = await fetch(url, {
    method: init.method ?? 'POST',
    headers: init.headers ?? API_HEADERS,
    redirect: 'manual',
    ...(init.body === undefined
      ? {}
      : { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }),
  });
  const text = await response.text();
  const isJson = /^application\/json\b/.test(response.headers.get('content-type') ?? '');
  return {
    status: response.status,
    headers: response.headers,
    json: isJson && text !== '' ? JSON.parse(text) : undefined,
    text,
  };
}

/** The body of an invoice call, as the client sends it. */
export function invoiceCallBody(document: { xml: string; invoiceHash: string; uuid: string }): {
  invoiceHash: string;
  uuid: string;
  invoice: string;
} {
  return {
    invoiceHash: document.invoiceHash,
    uuid: document.uuid,
    invoice: Buffer.from(document.xml, 'utf8').toString('base64'),
  };
}

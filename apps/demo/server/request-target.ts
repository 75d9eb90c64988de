/**
 * Reads the request target of a call to the proxy and refuses what could steer it elsewhere: an
 * absolute URL (`GET http://other.host/… HTTP/1.1`) or authority form, a network-path reference
 * (`//other.host/…`), backslashes, control characters, percent-encoded slashes, and any `.` or
 * `..` segment, written plainly or percent-encoded. What passes is a clean path that the proxy
 * appends to its one configured base URL; the query string is dropped (no Fatoora call has one).
 */

/** A refused request target: the HTTP status and a Fatoora-style error code and message. */
export interface TargetRefusal {
  readonly status: 400;
  readonly code: 'absolute-url' | 'path-traversal' | 'malformed-path';
  readonly message: string;
}

/** The outcome of {@link readRequestTarget}. */
export type RequestTarget =
  | { readonly ok: true; readonly path: string }
  | { readonly ok: false; readonly refusal: TargetRefusal };

const refuse = (code: TargetRefusal['code'], message: string): RequestTarget => ({
  ok: false,
  refusal: { status: 400, code, message },
});

/**
 * The decoded path of a request target, or why it is refused.
 *
 * @example
 * ```ts
 * readRequestTarget('/api/compliance?x=1'); // { ok: true, path: '/api/compliance' }
 * readRequestTarget('http://evil.example/api/compliance').ok; // false (absolute-url)
 * readRequestTarget('/api/%2e%2e/admin').ok; // false (path-traversal)
 * ```
 */
export function readRequestTarget(raw: string | undefined): RequestTarget {
  if (raw === undefined || raw === '') return refuse('malformed-path', 'The request has no path.');
  if (!raw.startsWith('/') || raw.startsWith('//')) {
    return refuse('absolute-url', 'Only a path is accepted; the proxy chooses the host itself.');
  }
  const rawPath = raw.split(/[?#]/, 1)[0] as string;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused.
  if (/[\\\u0000-\u001f\u007f]/.test(rawPath)) {
    return refuse('malformed-path', 'The path holds a backslash or a control character.');
  }
  if (/%2f|%5c/i.test(rawPath)) {
    return refuse('malformed-path', 'The path holds an encoded slash or backslash.');
  }
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return refuse('malformed-path', 'The path is not valid percent-encoded UTF-8.');
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused.
  if (/[\\\u0000-\u001f\u007f%]/.test(path)) {
    return refuse('malformed-path', 'The path holds a control character or a double encoding.');
  }
  const segments = path.split('/').slice(1);
  if (segments.some((segment) => segment === '.' || segment === '..')) {
    return refuse('path-traversal', 'The path may not hold "." or ".." segments.');
  }
  if (segments.slice(0, -1).some((segment) => segment === '')) {
    return refuse('malformed-path', 'The path may not hold empty segments.');
  }
  return { ok: true, path };
}

/**
 * Serves the built demo (`vite build` output) from one directory: files by their checked path,
 * hashed assets cached for a year, `index.html` never cached and with a Content-Security-Policy
 * that allows only this origin (scripts, styles, `fetch` to `/api`). A path with no file extension
 * that names no file gets `index.html`, so a reload on any page of the app works. Nothing outside
 * the directory can be reached: the path was already refused if it held `..`, and the resolved file
 * must still lie inside the root.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { BASE_HEADERS, sendProblem } from './answer.ts';

/** Content types of the files a Vite build writes. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The policy for the app's pages: this origin only; inline styles for React's `style` props. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/**
 * Sends the file for `path` (already checked by `readRequestTarget`) from `root`.
 *
 * @example
 * ```ts
 * await serveStatic('/srv/demo/dist', '/assets/index-3f2a.js', 'GET', response);
 * ```
 */
export async function serveStatic(
  root: string,
  path: string,
  method: string,
  response: ServerResponse,
): Promise<void> {
  if (method !== 'GET' && method !== 'HEAD') {
    sendProblem(response, 405, 'method-not-allowed', 'Only GET and HEAD reach the app.', {
      allow: 'GET, HEAD',
    });
    return;
  }
  const base = resolve(root);
  let file = resolve(base, `.${path.endsWith('/') ? `${path}index.html` : path}`);
  if (file !== base && !file.startsWith(base + sep)) {
    sendProblem(response, 404, 'not-found', 'No such file.');
    return;
  }
  let info = await stat(file).catch(() => undefined);
  if (!info?.isFile() && extname(path) === '') {
    file = resolve(base, 'index.html');
    info = await stat(file).catch(() => undefined);
  }
  if (!info?.isFile()) {
    sendProblem(response, 404, 'not-found', 'No such file.');
    return;
  }
  const type = extname(file);
  const html = type === '.html';
  response.writeHead(200, {
    ...BASE_HEADERS,
    'content-type': CONTENT_TYPES[type] ?? 'application/octet-stream',
    'content-length': String(info.size),
    'cache-control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...(html ? { 'content-security-policy': CONTENT_SECURITY_POLICY } : {}),
  });
  if (method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
}

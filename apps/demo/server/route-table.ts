/**
 * Matching a path and method against a route table (path → allowed methods): the one way the
 * proxy decides what it forwards. A path outside the table is `unknown` (404), a known path with
 * another method is `method-not-allowed` (405 with `Allow`).
 */

/** A route table: exact paths and the methods each takes. */
export type RouteTable = Readonly<Record<string, readonly string[]>>;

/** What {@link matchRoute} finds. */
export type RouteMatch<Route extends string> =
  | { readonly kind: 'forward'; readonly route: Route }
  | { readonly kind: 'method-not-allowed'; readonly allow: readonly string[] }
  | { readonly kind: 'unknown' };

/**
 * Matches `path` and `method` in `table`.
 *
 * @example
 * ```ts
 * matchRoute({ '/otp': ['POST'] }, '/otp', 'GET'); // { kind: 'method-not-allowed', allow: ['POST'] }
 * ```
 */
export function matchRoute<Table extends RouteTable>(
  table: Table,
  path: string,
  method: string,
): RouteMatch<Extract<keyof Table, string>> {
  if (!Object.hasOwn(table, path)) return { kind: 'unknown' };
  const allow = table[path] as readonly string[];
  return allow.includes(method)
    ? { kind: 'forward', route: path as Extract<keyof Table, string> }
    : { kind: 'method-not-allowed', allow };
}

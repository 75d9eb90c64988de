/**
 * Finds the route of a call in a table of (method, path) routes: the route itself, or — when the
 * path is known but not for this method — the methods it allows (for a 405 with `Allow`), or
 * nothing (404). Paths match exactly, as on ZATCA's gateway.
 */
import { type ApiAnswer, problem } from './answer.ts';

/** One route of a table. */
export interface Route<Handler> {
  readonly method: string;
  readonly path: string;
  readonly handler: Handler;
}

/** What {@link matchRoute} found. */
export type RouteMatch<Handler> =
  | { readonly found: true; readonly route: Route<Handler> }
  | { readonly found: false; readonly allow: readonly string[] };

/**
 * Matches `method` and `path` against `routes`.
 *
 * @example
 * ```ts
 * matchRoute(ROUTES, 'GET', '/compliance'); // { found: false, allow: ['POST'] }
 * matchRoute(ROUTES, 'POST', '/nowhere'); // { found: false, allow: [] }
 * ```
 */
export function matchRoute<Handler>(
  routes: readonly Route<Handler>[],
  method: string,
  path: string,
): RouteMatch<Handler> {
  const onPath = routes.filter((route) => route.path === path);
  const route = onPath.find((candidate) => candidate.method === method);
  return route
    ? { found: true, route }
    : { found: false, allow: onPath.map((candidate) => candidate.method) };
}

/**
 * The answer to a call no route took: 405 with `Allow` when the path is known, else 404.
 *
 * @example
 * ```ts
 * routeMiss(['POST'], 'GET', '/compliance'); // { status: 405, headers: { Allow: 'POST' }, … }
 * ```
 */
export function routeMiss(allow: readonly string[], method: string, path: string): ApiAnswer {
  if (allow.length > 0) {
    return problem(
      405,
      'Method-Not-Allowed',
      `${path} does not take ${method}; it takes ${allow.join(', ')}.`,
      {
        Allow: allow.join(', '),
      },
    );
  }
  return problem(404, 'Not-Found', `There is no endpoint at ${path}.`);
}

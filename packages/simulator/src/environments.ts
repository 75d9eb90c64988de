/**
 * Which Fatoora environment a request addresses. The simulator serves each environment under the
 * path its base URL has on ZATCA's gateway (`/e-invoicing/developer-portal`,
 * `/e-invoicing/simulation`, `/e-invoicing/core`), read from core's `ENVIRONMENTS` table, the
 * one home of the environments (which also holds the certificate template name each one's CSRs
 * must carry). The root path `/` serves one of them too, the simulator's default environment.
 */
import { ENVIRONMENTS, type FatooraEnvironment } from '@fatoora/core/model';

const ENVIRONMENT_NAMES = Object.keys(ENVIRONMENTS) as FatooraEnvironment[];

/**
 * Splits a request path into its environment and the endpoint path after the environment's base
 * path; a path without one belongs to `fallback`.
 *
 * @example
 * ```ts
 * splitEnvironment('/e-invoicing/core/invoices/reporting/single', 'simulation');
 * // { environment: 'production', path: '/invoices/reporting/single' }
 * ```
 */
export function splitEnvironment(
  path: string,
  fallback: FatooraEnvironment,
): { environment: FatooraEnvironment; path: string } {
  for (const environment of ENVIRONMENT_NAMES) {
    const { basePath } = ENVIRONMENTS[environment];
    if (path === basePath || path.startsWith(`${basePath}/`)) {
      return { environment, path: path.slice(basePath.length) || '/' };
    }
  }
  return { environment: fallback, path };
}

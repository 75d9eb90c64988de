/**
 * The three Fatoora environments the simulator serves, as a table: the path prefix each one has
 * on ZATCA's gateway (`/e-invoicing/developer-portal`, `/e-invoicing/simulation`,
 * `/e-invoicing/core`) and the certificate template name its CSRs must carry
 * (`TSTZATCA-Code-Signing`, `PREZATCA-Code-Signing`, `ZATCA-Code-Signing`). The root path `/`
 * serves one of them too, the simulator's default environment.
 */
import { CSR_ENVIRONMENTS, type CsrEnvironment } from '@fatoora/core/csr';

/** A Fatoora environment: `developer-portal`, `simulation` or `production`. */
export type Environment = CsrEnvironment;

/**
 * Each environment's gateway path prefix and CSR template name.
 *
 * @example
 * ```ts
 * ENVIRONMENTS.production.prefix; // '/e-invoicing/core'
 * ENVIRONMENTS.simulation.templateName; // 'PREZATCA-Code-Signing'
 * ```
 */
export const ENVIRONMENTS = {
  'developer-portal': {
    prefix: '/e-invoicing/developer-portal',
    templateName: CSR_ENVIRONMENTS['developer-portal'],
  },
  simulation: { prefix: '/e-invoicing/simulation', templateName: CSR_ENVIRONMENTS.simulation },
  production: { prefix: '/e-invoicing/core', templateName: CSR_ENVIRONMENTS.production },
} as const satisfies Record<Environment, { prefix: string; templateName: string }>;

/**
 * Whether `value` names an environment.
 *
 * @example
 * ```ts
 * isEnvironment('simulation'); // true
 * isEnvironment('core'); // false: that is the production path segment, not the name
 * ```
 */
export function isEnvironment(value: unknown): value is Environment {
  return typeof value === 'string' && Object.hasOwn(ENVIRONMENTS, value);
}

/**
 * Splits a request path into its environment and the endpoint path after the prefix; a path
 * without a prefix belongs to `fallback`.
 *
 * @example
 * ```ts
 * splitEnvironment('/e-invoicing/core/invoices/reporting/single', 'simulation');
 * // { environment: 'production', path: '/invoices/reporting/single' }
 * ```
 */
export function splitEnvironment(
  path: string,
  fallback: Environment,
): { environment: Environment; path: string } {
  for (const [environment, { prefix }] of Object.entries(ENVIRONMENTS) as [
    Environment,
    { prefix: string },
  ][]) {
    if (path === prefix || path.startsWith(`${prefix}/`)) {
      return { environment, path: path.slice(prefix.length) || '/' };
    }
  }
  return { environment: fallback, path };
}

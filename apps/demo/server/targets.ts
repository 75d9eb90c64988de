/**
 * The upstreams the demo's proxy can forward to, one chosen at start and never by a request: the
 * embedded simulator (default) or one of ZATCA's three environments, at the base URLs core's
 * `ENVIRONMENTS` table holds. The name comes from `--target` or `FATOORA_TARGET`; anything else is
 * refused before the server starts, so no client input ever reaches the choice of host.
 */
import { ENVIRONMENTS, type FatooraEnvironment } from '@fatoora/core/model';

/** The targets the proxy knows: the embedded simulator, or a Fatoora environment. */
export const DEMO_TARGETS = ['simulator', 'developer-portal', 'simulation', 'production'] as const;

/** One of {@link DEMO_TARGETS}. */
export type DemoTarget = (typeof DEMO_TARGETS)[number];

/** Where `/api/*` goes: a fixed base URL the request path is appended to. */
export interface Upstream {
  readonly target: DemoTarget;
  /** Absolute base URL without a trailing slash, e.g. ZATCA's `…/e-invoicing/simulation`. */
  readonly baseUrl: string;
  /** The environment whose CSR template the app uses (the simulator serves `simulation`). */
  readonly environment: FatooraEnvironment;
  /** Whether the `/api/simulator/*` admin routes exist (only for the embedded simulator). */
  readonly simulator: boolean;
  /** The simulator's root, where its admin API lives under `/simulator/…` (simulator only). */
  readonly adminBaseUrl?: string;
}

/**
 * Whether `value` names a target.
 *
 * @example
 * ```ts
 * isDemoTarget('simulation'); // true
 * isDemoTarget('https://example.com'); // false
 * ```
 */
export function isDemoTarget(value: unknown): value is DemoTarget {
  return typeof value === 'string' && (DEMO_TARGETS as readonly string[]).includes(value);
}

/**
 * The target named by a flag or the environment, `simulator` when neither is set.
 *
 * @throws {Error} for a name that is not one of {@link DEMO_TARGETS} (a URL included).
 * @example
 * ```ts
 * parseTarget(undefined); // 'simulator'
 * parseTarget('production'); // 'production'
 * ```
 */
export function parseTarget(value: string | undefined): DemoTarget {
  if (value === undefined || value === '') return 'simulator';
  if (!isDemoTarget(value)) {
    throw new Error(`Unknown target "${value}": use one of ${DEMO_TARGETS.join(', ')}.`);
  }
  return value;
}

/**
 * The upstream of one of ZATCA's environments, at core's base URL for it.
 *
 * @example
 * ```ts
 * remoteUpstream('developer-portal').baseUrl;
 * // 'https://gw-fatoora.zatca.gov.sa/e-invoicing/developer-portal'
 * ```
 */
export function remoteUpstream(target: FatooraEnvironment): Upstream {
  return { target, baseUrl: ENVIRONMENTS[target].baseUrl, environment: target, simulator: false };
}

/**
 * The upstream of a running simulator: its simulation environment for the Fatoora endpoints, its
 * root for the admin API.
 *
 * @example
 * ```ts
 * const simulator = await startSimulator();
 * simulatorUpstream(simulator).baseUrl; // 'http://127.0.0.1:41234/e-invoicing/simulation'
 * ```
 */
export function simulatorUpstream(simulator: {
  readonly url: string;
  urlFor(environment: 'simulation'): string;
}): Upstream {
  return {
    target: 'simulator',
    baseUrl: simulator.urlFor('simulation'),
    environment: 'simulation',
    simulator: true,
    adminBaseUrl: simulator.url,
  };
}

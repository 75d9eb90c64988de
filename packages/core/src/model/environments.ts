/**
 * The three Fatoora environments as one table, the only place they are written down: each one's
 * path on ZATCA's gateway, its base URL, the certificate template name its CSRs carry (extension
 * `1.3.6.1.4.1.311.20.2`), and its name in English and Arabic. The developer portal is the
 * sandbox (fixed OTPs, a canned production CSID), simulation takes OTPs from the Simulation
 * Portal, and production is what ZATCA calls "core". Facts from `fatoora-api.md` §1
 * ("Environments") and §10; the API client, the CSR code and the simulator all read this table.
 */

/**
 * The Fatoora environments: gateway path, base URL, CSR template name, and names in English and
 * Arabic (fatoora-api.md §1).
 *
 * @example
 * ```ts
 * ENVIRONMENTS.simulation.baseUrl; // 'https://gw-fatoora.zatca.gov.sa/e-invoicing/simulation'
 * ENVIRONMENTS.production.basePath; // '/e-invoicing/core'
 * ENVIRONMENTS['developer-portal'].csrTemplateName; // 'TSTZATCA-Code-Signing'
 * ```
 */
export const ENVIRONMENTS = {
  'developer-portal': {
    basePath: '/e-invoicing/developer-portal',
    baseUrl: 'https://gw-fatoora.zatca.gov.sa/e-invoicing/developer-portal',
    csrTemplateName: 'TSTZATCA-Code-Signing',
    en: 'Developer portal (sandbox)',
    ar: 'بوابة المطورين',
  },
  simulation: {
    basePath: '/e-invoicing/simulation',
    baseUrl: 'https://gw-fatoora.zatca.gov.sa/e-invoicing/simulation',
    csrTemplateName: 'PREZATCA-Code-Signing',
    en: 'Simulation',
    ar: 'بيئة المحاكاة',
  },
  production: {
    basePath: '/e-invoicing/core',
    baseUrl: 'https://gw-fatoora.zatca.gov.sa/e-invoicing/core',
    csrTemplateName: 'ZATCA-Code-Signing',
    en: 'Production',
    ar: 'بيئة الإنتاج',
  },
} as const satisfies Record<
  string,
  {
    readonly basePath: `/e-invoicing/${string}`;
    readonly baseUrl: `https://gw-fatoora.zatca.gov.sa/e-invoicing/${string}`;
    readonly csrTemplateName: string;
    readonly en: string;
    readonly ar: string;
  }
>;

/** The name of a Fatoora environment: `developer-portal`, `simulation` or `production`. */
export type FatooraEnvironment = keyof typeof ENVIRONMENTS;

/**
 * Whether `value` names a Fatoora environment (own keys only: `toString` is not one).
 *
 * @example
 * ```ts
 * isFatooraEnvironment('simulation'); // true
 * isFatooraEnvironment('core'); // false: that is production's path segment, not its name
 * ```
 */
export function isFatooraEnvironment(value: unknown): value is FatooraEnvironment {
  return typeof value === 'string' && Object.hasOwn(ENVIRONMENTS, value);
}

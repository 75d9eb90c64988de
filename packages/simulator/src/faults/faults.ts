/**
 * Fault injection, for testing clients against the platform's bad days: latency before every
 * answer; the next N calls answered 5xx without being processed; the next N calls processed —
 * the invoice IS recorded — and then the connection closed without an answer (so a retry meets
 * the 409 of a duplicate); the next N calls answered 429 with `Retry-After`; and clearance
 * switched off (303 on clearance; standard documents accepted on reporting, as ZATCA does). Set
 * at start-up, and changed at run time through the admin API or the simulator handle. Faults
 * apply to the six Fatoora endpoints only, never to the admin API.
 */

/** The fault settings. */
export interface FaultSettings {
  /** Milliseconds to wait before every answer (default 0). */
  readonly latencyMs: number;
  /** How many of the next calls fail with {@link FaultSettings.failStatus}, unprocessed. */
  readonly failNext: number;
  /** The status of those failures: 500, 502, 503 or 504 (default 503). */
  readonly failStatus: 500 | 502 | 503 | 504;
  /** How many of the next calls are processed and then left unanswered (connection closed). */
  readonly dropNext: number;
  /** How many of the next calls are answered 429, unprocessed. */
  readonly rateLimitNext: number;
  /** The `Retry-After` of a 429, in seconds (default 1). */
  readonly retryAfterSeconds: number;
  /** Clearance switched off: 303 on clearance, standard documents accepted on reporting. */
  readonly clearanceDisabled: boolean;
}

/** What happens to one call. */
export type FaultAction = 'fail' | 'rate-limit' | 'drop' | 'none';

/**
 * No faults.
 *
 * @example
 * ```ts
 * simulator.faults.reset(); // NO_FAULTS
 * ```
 */
export const NO_FAULTS: FaultSettings = {
  latencyMs: 0,
  failNext: 0,
  failStatus: 503,
  dropNext: 0,
  rateLimitNext: 0,
  retryAfterSeconds: 1,
  clearanceDisabled: false,
};

const COUNTS = ['latencyMs', 'failNext', 'dropNext', 'rateLimitNext', 'retryAfterSeconds'] as const;

/**
 * The fault settings of a running simulator.
 *
 * @example
 * ```ts
 * const faults = new FaultInjector({ dropNext: 1 });
 * faults.take(); // 'drop'
 * faults.take(); // 'none'
 * ```
 */
export class FaultInjector {
  #settings: FaultSettings;

  /** @throws {TypeError} for an invalid setting (see {@link checkFaultPatch}). */
  constructor(initial: Partial<FaultSettings> = {}) {
    this.#settings = { ...NO_FAULTS, ...validPatch(initial) };
  }

  /** The current settings. */
  get settings(): FaultSettings {
    return this.#settings;
  }

  /**
   * Changes some settings; returns the new ones.
   *
   * @throws {TypeError} for an invalid setting.
   */
  set(patch: Partial<FaultSettings>): FaultSettings {
    this.#settings = { ...this.#settings, ...validPatch(patch) };
    return this.#settings;
  }

  /** Back to no faults. */
  reset(): FaultSettings {
    this.#settings = NO_FAULTS;
    return this.#settings;
  }

  /** Decides the fate of one call, spending one count of the fault that applies. */
  take(): FaultAction {
    const settings = this.#settings;
    if (settings.rateLimitNext > 0) {
      this.#settings = { ...settings, rateLimitNext: settings.rateLimitNext - 1 };
      return 'rate-limit';
    }
    if (settings.failNext > 0) {
      this.#settings = { ...settings, failNext: settings.failNext - 1 };
      return 'fail';
    }
    if (settings.dropNext > 0) {
      this.#settings = { ...settings, dropNext: settings.dropNext - 1 };
      return 'drop';
    }
    return 'none';
  }
}

/**
 * Every problem with a requested change of settings (an empty list when it is valid).
 *
 * @example
 * ```ts
 * checkFaultPatch({ failNext: -1 }); // ['failNext must be a whole number from 0 to 1000000.']
 * ```
 */
export function checkFaultPatch(patch: unknown): string[] {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch))
    return ['The faults must be a JSON object.'];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(patch)) {
    if ((COUNTS as readonly string[]).includes(key)) {
      if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > 1_000_000) {
        problems.push(`${key} must be a whole number from 0 to 1000000.`);
      }
    } else if (key === 'failStatus') {
      if (![500, 502, 503, 504].includes(value as number))
        problems.push('failStatus must be 500, 502, 503 or 504.');
    } else if (key === 'clearanceDisabled') {
      if (typeof value !== 'boolean') problems.push('clearanceDisabled must be true or false.');
    } else {
      problems.push(`Unknown fault setting "${key}".`);
    }
  }
  return problems;
}

function validPatch(patch: Partial<FaultSettings>): Partial<FaultSettings> {
  const problems = checkFaultPatch(patch);
  if (problems.length > 0) throw new TypeError(problems.join(' '));
  return patch;
}

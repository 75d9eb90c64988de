/**
 * Fault injection, for testing clients against the platform's bad days: latency before every
 * answer; the next N calls answered 5xx without being processed; the next N calls processed —
 * the invoice IS recorded — and then the connection closed without an answer (so a retry meets
 * the duplicate answer); the next N calls answered 429 with `Retry-After`; the next N invoice
 * submissions checked as usual and then refused (400, for testing how a client settles a
 * rejection: ZATCA refuses only documents that break its rules). Each applies to every
 * platform endpoint, or to those `endpoints` names (core's `FATOORA_ACTIONS` keys). Set at
 * start-up, and changed at run time through the admin API or the simulator handle. Faults apply to
 * the six Fatoora endpoints only, never to the admin API. (Clearance switched off is a behaviour,
 * `clearance`, not a fault.)
 */
import { FATOORA_ACTIONS, type FatooraAction } from '@fatoora/core/api';

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
  /**
   * How many of the next invoice submissions (compliance check, reporting, clearance) are refused
   * with 400 and the error `injected-rejection` after their checks; a refused document keeps its
   * place in the chain, as any rejected one.
   */
  readonly rejectNext: number;
  /** The `Retry-After` of a 429, in seconds (default 1). */
  readonly retryAfterSeconds: number;
  /** The endpoints the faults apply to, by core's action names; empty (the default) for all six. */
  readonly endpoints: readonly FatooraAction[];
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
  rejectNext: 0,
  retryAfterSeconds: 1,
  endpoints: [],
};

const COUNTS = [
  'latencyMs',
  'failNext',
  'dropNext',
  'rateLimitNext',
  'rejectNext',
  'retryAfterSeconds',
] as const;

/**
 * The fault settings of a running simulator.
 *
 * @example
 * ```ts
 * const faults = new FaultInjector({ dropNext: 1 });
 * faults.take('reporting'); // 'drop'
 * faults.take('reporting'); // 'none'
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

  /** Whether the faults apply to calls to `action`. */
  appliesTo(action: FatooraAction): boolean {
    const { endpoints } = this.#settings;
    return endpoints.length === 0 || endpoints.includes(action);
  }

  /**
   * Whether this invoice submission to `action` is to be refused, spending one `rejectNext`.
   *
   * @example
   * ```ts
   * if (faults.takeRejection('reporting')) messages.push(INJECTED_REJECTION);
   * ```
   */
  takeRejection(action: FatooraAction): boolean {
    const settings = this.#settings;
    if (settings.rejectNext === 0 || !this.appliesTo(action)) return false;
    this.#settings = { ...settings, rejectNext: settings.rejectNext - 1 };
    return true;
  }

  /** Decides the fate of one call to `action`, spending one count of the fault that applies. */
  take(action: FatooraAction): FaultAction {
    const settings = this.#settings;
    if (!this.appliesTo(action)) return 'none';
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
    } else if (key === 'endpoints') {
      const names = Object.keys(FATOORA_ACTIONS);
      if (!Array.isArray(value) || value.some((name) => !names.includes(name))) {
        problems.push(`endpoints must be a list of ${names.join(', ')}.`);
      }
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

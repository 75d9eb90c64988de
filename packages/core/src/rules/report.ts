/**
 * How rule modules report: a collector of {@link Fault}s keyed by the rule table, plus the
 * defensive readers every rule uses so that a wrongly typed model (a number where a string
 * belongs, `null`, a missing list) becomes a fault, never a TypeError.
 */
import type { Fault } from '../errors/validation-error.ts';
import { type Decimal, decimal } from '../money/decimal.ts';
import type { RuleSetProfile } from './rule-sets.ts';
import { RULES, type RuleId } from './rule-table.ts';

/** Records one broken rule at a model path. */
export type Report = (rule: RuleId, path: string, message?: string) => void;

/**
 * A fault list and the {@link Report} that fills it. Given a rule set's profile, it keeps out the
 * rules that set lacks and gives each fault that set's severity, so that every caller — the
 * validator, the builder, an EGS unit — decides "error or not" the same way; a rule reported twice
 * at one path is kept once.
 */
export function faultCollector(profile?: RuleSetProfile): { faults: Fault[]; report: Report } {
  const faults: Fault[] = [];
  const seen = new Set<string>();
  const report: Report = (rule, path, message = RULES[rule].en) => {
    if (profile?.absent.has(rule)) return;
    const key = `${rule}|${path}`;
    if (seen.has(key)) return;
    seen.add(key);
    faults.push({ rule, severity: profile?.severity[rule] ?? RULES[rule].severity, path, message });
  };
  return { faults, report };
}

/** `value` if it is a string, else `undefined`. */
export function textOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** `value` if it is a non-blank string, else `undefined`. */
export function filled(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * `value` if it is an array, else an empty list. A list of the wrong type is reported once, by
 * the shape check (shape-rules.ts), not by every rule that walks it.
 */
export function itemsOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** `value` if it is a plain object, else `undefined`. */
export function recordOf(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/**
 * Reads an amount, reporting `decimal-format` when it is malformed, BR-KSA-F-04 when negative
 * (unless `signed`), and the BR-DEC rules (at most two decimals) when `money`.
 */
export function amountOf(
  value: unknown,
  path: string,
  report: Report,
  options: { readonly signed?: boolean; readonly money?: boolean } = {},
): Decimal | undefined {
  if (value === undefined) return undefined;
  let parsed: Decimal;
  try {
    parsed = decimal(value as string, path);
  } catch {
    report(
      'decimal-format',
      path,
      `${path}: ${JSON.stringify(value)} is not a decimal string such as "1234.50".`,
    );
    return undefined;
  }
  if (!options.signed && parsed.coefficient < 0n) report('BR-KSA-F-04', path);
  if (options.money && parsed.scale > 2 && parsed.coefficient % 10n ** BigInt(parsed.scale - 2) !== 0n) {
    report('BR-DEC-amount', path);
  }
  return parsed;
}

/** Whether a string is a real calendar date `YYYY-MM-DD` (BR-KSA-F-01). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Whether a string is a date BR-KSA-F-01 accepts: a real calendar date whose year starts with
 * 2…9 (`matches(., '[2-9][0-9]([0-9]{2}[\-]…')` in ZATCA's file), so not before 2000.
 */
export function isZatcaDate(value: string): boolean {
  return isCalendarDate(value) && value[0]! >= '2';
}

/** `hh:mm:ss` or `hh:mm:ssZ` (BR-KSA-70, BR-KSA-F-05). */
export const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z?$/;

/**
 * What the CLI's tests expect of a run that ends in a usage error: exit code 2 and a single line
 * on stderr, with no stack trace.
 */
import { expect } from 'vitest';
import type { CliRun } from './run-cli.ts';

/**
 * Checks that `result` is a usage error: code 2, one line on stderr, no `at …` frame.
 *
 * @param label names the run in each failure message (usually its arguments).
 * @param codeLabel names it in the exit code's failure message; `label` unless given.
 * @throws an assertion error when `result` is not such a usage error.
 * @example
 * ```ts
 * expectUsageError(await runCli(['hash']), 'hash');
 * ```
 */
export function expectUsageError(result: CliRun, label: string, codeLabel = label): void {
  expect(result.code, codeLabel).toBe(2);
  expect(result.stderr.trim().split('\n'), label).toHaveLength(1);
  expect(result.stderr, label).not.toMatch(/\n\s+at /);
}

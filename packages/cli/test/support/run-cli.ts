/**
 * Runs the CLI in-process, the way every CLI test does: `main` with its output captured, in a
 * working directory of the test's choosing (a fresh temporary one by default), optionally pointed
 * at a simulator through `FATOORA_BASE_URL`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/main.ts';

/** What one run printed and how it ended. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** The working directory it ran in. */
  readonly cwd: string;
}

/** A fresh, empty working directory. */
export function freshDirectory(prefix = 'fatoora-cli-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * Runs `fatoora <args>` in-process.
 *
 * @example
 * ```ts
 * const { code, stdout } = await runCli(['hash', 'invoice.xml'], { cwd });
 * await runCli(['onboard', '--otp', '123345'], { cwd, baseUrl: simulator.url });
 * ```
 */
export async function runCli(
  args: readonly string[],
  options: { readonly cwd?: string; readonly baseUrl?: string } = {},
): Promise<CliRun> {
  const cwd = options.cwd ?? freshDirectory();
  let stdout = '';
  let stderr = '';
  const code = await main([...args], {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd,
    ...(options.baseUrl !== undefined ? { env: { FATOORA_BASE_URL: options.baseUrl } } : {}),
  });
  return { code, stdout, stderr, cwd };
}

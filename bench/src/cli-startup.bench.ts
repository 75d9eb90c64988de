/**
 * `pnpm bench` (issue 12): how fast `fatoora --help` starts as users run it — the CLI built,
 * packed and installed with npm outside the workspace (scripts/install-packed.sh), run by plain
 * Node — beside the same command through tsx from the sources, as the workspace ran it before the
 * build, and beside `node -e 0` (Node's own start-up, the floor). Median of ten runs each; the
 * ratios are the figures to compare across machines. The target: ≤ 0.2 s on the CI machine type.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const RUNS = 10;

/** The median wall time, in milliseconds, of running `command` with `args` `RUNS` times. */
function medianMs(command: string, args: readonly string[], cwd: string): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    times.push(performance.now() - started);
    if (result.status !== 0)
      throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
  times.sort((a, b) => a - b);
  return (times[RUNS / 2 - 1]! + times[RUNS / 2]!) / 2;
}

const folder = mkdtempSync(join(tmpdir(), 'fatoora-cli-startup-'));
try {
  execFileSync('npx', ['-y', 'pnpm@10', 'run', 'build'], { cwd: root, stdio: 'ignore' });
  execFileSync('bash', ['scripts/install-packed.sh', folder, '@fatoora/cli'], {
    cwd: root,
    stdio: 'inherit',
  });
  const bin = join(folder, 'node_modules/@fatoora/cli/dist/bin.js');
  const node = medianMs(process.execPath, ['-e', '0'], folder);
  const built = medianMs(process.execPath, [bin, '--help'], folder);
  const tsx = medianMs(join(root, 'node_modules/.bin/tsx'), ['packages/cli/src/bin.ts', '--help'], root);
  console.log('\nfatoora --help, median of 10 runs (ms)');
  console.table({
    'node -e 0 (the floor)': { ms: node.toFixed(0) },
    'fatoora --help, installed (dist, plain Node)': { ms: built.toFixed(0) },
    'fatoora --help through tsx from the sources': { ms: tsx.toFixed(0) },
  });
  console.log(
    `installed / tsx: ${(built / tsx).toFixed(2)}×; installed / bare Node: ${(built / node).toFixed(2)}×`,
  );
  console.log(`installed: ${built <= 200 ? 'within' : 'OVER'} the 0.2 s target`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}

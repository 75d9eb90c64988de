import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftOf, KINDS, writeDraft } from '../../test/support/drafts.ts';
import {
  LIFECYCLE_CSR_CONFIG as CSR_CONFIG,
  lifecycleSimulatorPerFile,
} from '../../test/support/lifecycle-simulator.ts';
import { freshDirectory, runCli } from '../../test/support/run-cli.ts';
import { whoElseCanWrite } from './state-permissions.ts';

const simulator = lifecycleSimulatorPerFile();

function workspace(): string {
  return freshDirectory('fatoora-cli-state-');
}

/** Runs the CLI in-process in `cwd`, pointed at the simulator. */
const run = (cwd: string, args: string[]) => runCli(args, { cwd, baseUrl: simulator().url });

/** Runs `work` under umask 000 (the loosest), restoring the umask after. */
async function underUmask0<T>(work: () => Promise<T>): Promise<T> {
  const previous = process.umask(0);
  try {
    return await work();
  } finally {
    process.umask(previous);
  }
}

/** Every path under `directory` (itself included) with its permission bits. */
function modesUnder(directory: string): Map<string, { mode: number; isDirectory: boolean }> {
  const found = new Map<string, { mode: number; isDirectory: boolean }>();
  const visit = (path: string) => {
    const stats = statSync(path);
    found.set(path, { mode: stats.mode & 0o777, isDirectory: stats.isDirectory() });
    if (stats.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
  };
  visit(directory);
  return found;
}

describe('whoElseCanWrite', () => {
  it('names the group, everyone, or another owner, and passes what only its owner can change', () => {
    expect(whoElseCanWrite({ mode: 0o40775, uid: 1000 }, 1000)).toBe('writable by its group (mode 0775)');
    expect(whoElseCanWrite({ mode: 0o100666, uid: 1000 }, 1000)).toBe(
      'writable by its group and by everyone (mode 0666)',
    );
    expect(whoElseCanWrite({ mode: 0o41757, uid: 0 }, 1000)).toBe('writable by everyone (mode 0757)');
    expect(whoElseCanWrite({ mode: 0o40700, uid: 1001 }, 1000)).toBe('owned by another user (uid 1001)');
    expect(whoElseCanWrite({ mode: 0o40755, uid: 1000 }, 1000)).toBeUndefined();
    expect(whoElseCanWrite({ mode: 0o100644, uid: 0 }, 1000)).toBeUndefined();
    expect(whoElseCanWrite({ mode: 0o100600, uid: 1001 }, undefined)).toBeUndefined();
  });
});

describe.skipIf(process.platform === 'win32')('the state directory', () => {
  it('is created 0700 with every file in it 0600 by onboard, issue and report, even under umask 000', async () => {
    const cwd = workspace();
    await underUmask0(async () => {
      const onboarding = await run(cwd, [
        'onboard',
        '--otp',
        '123345',
        '--csr-config',
        CSR_CONFIG,
        '--key',
        'egs.pem',
      ]);
      expect(onboarding.code, onboarding.stderr).toBe(0);
      for (const [index, kind] of [KINDS[0], KINDS[3]].entries()) {
        const draft = writeDraft(cwd, `draft-${index}`, draftOf(kind, `MODE-${index + 1}`));
        const issued = await run(cwd, ['issue', draft]);
        expect(issued.code, issued.stderr).toBe(0);
      }
      const report = await run(cwd, ['report']);
      expect(report.code, report.stderr).toBe(0);
    });
    expect(statSync(join(cwd, 'egs.pem')).mode & 0o777).toBe(0o600);
    const modes = modesUnder(join(cwd, '.fatoora'));
    expect([...modes.keys()]).toEqual(
      expect.arrayContaining([
        join(cwd, '.fatoora', 'cli-settings.json'),
        join(cwd, '.fatoora', 'units', 'default', 'unit.json'),
        join(cwd, '.fatoora', 'invoices', 'default'),
      ]),
    );
    for (const [path, { mode, isDirectory }] of modes) {
      expect(mode.toString(8), path).toBe(isDirectory ? '700' : '600');
    }
  });

  it('is refused when its group or others can write to it, naming the path and the chmod that fixes it', async () => {
    const cwd = workspace();
    const stateDir = join(cwd, '.fatoora');
    mkdirSync(stateDir);
    writeFileSync(join(stateDir, 'cli-settings.json'), '{"units":{}}\n');
    const draft = writeDraft(cwd, 'draft', draftOf(KINDS[0], 'LOOSE-1'));
    const commands = [['status'], ['issue', draft], ['report'], ['clear'], ['renew', '--otp', '123345']];
    for (const [path, mode] of [
      [stateDir, 0o775],
      [stateDir, 0o707],
      [join(stateDir, 'cli-settings.json'), 0o666],
    ] as const) {
      chmodSync(stateDir, 0o700);
      chmodSync(join(stateDir, 'cli-settings.json'), 0o600);
      chmodSync(path, mode);
      for (const command of commands) {
        const result = await run(cwd, command);
        expect(result.code, `${command.join(' ')} ${path}`).toBe(2);
        expect(result.stderr).toContain(`refusing to use ${path}: it is writable by `);
        expect(result.stderr).toContain(`fix it with: chmod -R go-w ${stateDir}\n`);
      }
    }
    chmodSync(stateDir, 0o755);
    chmodSync(join(stateDir, 'cli-settings.json'), 0o644);
    expect((await run(cwd, ['status'])).code).toBe(0);
  });

  it('is refused when a directory in it is writable by others', async () => {
    const cwd = workspace();
    mkdirSync(join(cwd, '.fatoora', 'units'), { recursive: true });
    chmodSync(join(cwd, '.fatoora', 'units'), 0o777);
    const result = await run(cwd, ['status']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`refusing to use ${join(cwd, '.fatoora', 'units')}: it is writable by`);
  });
});

describe.skipIf(process.platform === 'win32')('onboard --key', () => {
  it('refuses a dangling symbolic link at the key path and creates nothing through it', async () => {
    const cwd = workspace();
    symlinkSync(join(cwd, 'elsewhere.pem'), join(cwd, 'egs.pem'));
    const result = await run(cwd, [
      'onboard',
      '--otp',
      '123345',
      '--csr-config',
      CSR_CONFIG,
      '--key',
      'egs.pem',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${join(cwd, 'egs.pem')} is a symbolic link to a missing file`);
    expect(existsSync(join(cwd, 'elsewhere.pem'))).toBe(false);
  });

  it('reads, never overwrites, a file at the key path that is not a key', async () => {
    const cwd = workspace();
    writeFileSync(join(cwd, 'egs.pem'), 'not a key');
    const result = await run(cwd, [
      'onboard',
      '--otp',
      '123345',
      '--csr-config',
      CSR_CONFIG,
      '--key',
      'egs.pem',
    ]);
    expect(result.code).toBe(2);
    expect(readFileSync(join(cwd, 'egs.pem'), 'utf8')).toBe('not a key');
  });
});

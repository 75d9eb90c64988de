import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importPrivateKey } from '@fatoora/core';
import { describe, expect, it } from 'vitest';
import { freshDirectory, runCli } from '../../test/support/run-cli.ts';

/** Runs the CLI in-process in `cwd` (a fresh temporary directory by default). */
const run = (args: string[], cwd = freshDirectory('fatoora-keygen-')) => runCli(args, { cwd });

/** Runs the CLI under umask 000 (the loosest), restoring the umask after. */
async function runUnderUmask0(args: string[], cwd?: string) {
  const previous = process.umask(0);
  try {
    return await run(args, cwd);
  } finally {
    process.umask(previous);
  }
}

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('fatoora keygen --out', () => {
  it('writes a new key file with mode 0600 even under umask 000', async () => {
    const result = await runUnderUmask0(['keygen', '--out', 'egs.pem']);
    expect(result).toMatchObject({ code: 0, stdout: 'wrote egs.pem\n' });
    const path = join(result.cwd, 'egs.pem');
    expect(modeOf(path)).toBe(0o600);
    expect(() => importPrivateKey(readFileSync(path, 'utf8'))).not.toThrow();
  });

  it('refuses an existing key file with exit code 2, naming it and --force, and leaves it alone', async () => {
    const first = await run(['keygen', '--out', 'egs.pem']);
    const path = join(first.cwd, 'egs.pem');
    const before = readFileSync(path, 'utf8');
    const second = await run(['keygen', '--out', 'egs.pem'], first.cwd);
    expect(second.code).toBe(2);
    expect(second.stdout).toBe('');
    expect(second.stderr).toBe(
      'fatoora keygen: egs.pem already exists: pass --force to replace it (its key is then lost)\n',
    );
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('refuses a symbolic link planted at the path, even a dangling one, and leaves its target untouched', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'fatoora-keygen-'));
    const target = join(cwd, 'target.pem');
    writeFileSync(target, 'not yours');
    symlinkSync(target, join(cwd, 'link.pem'));
    symlinkSync(join(cwd, 'nowhere.pem'), join(cwd, 'dangling.pem'));
    for (const name of ['link.pem', 'dangling.pem']) {
      const result = await run(['keygen', '--out', name], cwd);
      expect(result.code, name).toBe(2);
      expect(result.stderr, name).toMatch(
        new RegExp(`^fatoora keygen: ${name} already exists: pass --force`),
      );
    }
    expect(readFileSync(target, 'utf8')).toBe('not yours');
    expect(existsSync(join(cwd, 'nowhere.pem'))).toBe(false);
  });

  it('with --force replaces an existing file by a fresh key file of mode 0600, even under umask 000', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'fatoora-keygen-'));
    const path = join(cwd, 'egs.pem');
    writeFileSync(path, 'old key');
    chmodSync(path, 0o644);
    const result = await runUnderUmask0(['keygen', '--out', 'egs.pem', '--force'], cwd);
    expect(result).toMatchObject({ code: 0, stdout: 'wrote egs.pem\n' });
    expect(modeOf(path)).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toMatch(/^-----BEGIN EC PRIVATE KEY-----/);
  });

  it('with --force replaces a symbolic link itself, never writing through it', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'fatoora-keygen-'));
    const target = join(cwd, 'target.pem');
    writeFileSync(target, 'not yours');
    symlinkSync(target, join(cwd, 'egs.pem'));
    const result = await run(['keygen', '--out', 'egs.pem', '--force'], cwd);
    expect(result.code, result.stderr).toBe(0);
    expect(lstatSync(join(cwd, 'egs.pem')).isSymbolicLink()).toBe(false);
    expect(modeOf(join(cwd, 'egs.pem'))).toBe(0o600);
    expect(readFileSync(target, 'utf8')).toBe('not yours');
  });

  it('refuses --force without --out, and lists --force in its help', async () => {
    expect(await run(['keygen', '--force'])).toMatchObject({
      code: 2,
      stderr: 'fatoora keygen: --force needs --out <file>\n',
    });
    expect((await run(['keygen', '--help'])).stdout).toMatch(/--force/);
  });

  it('prints the key on standard output without --out', async () => {
    const result = await run(['keygen', '--format', 'pkcs8']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^-----BEGIN PRIVATE KEY-----/);
  });
});

import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileExistsError } from './file-exists-error.ts';
import { ensurePrivateDirectory, writePrivateFile } from './private-file.ts';
import { UsageError } from './usage-error.ts';

const modeOf = (path: string) => statSync(path).mode & 0o777;

/** Runs `work` under umask 000 (the loosest), restoring the umask after. */
function underUmask0<T>(work: () => T): T {
  const previous = process.umask(0);
  try {
    return work();
  } finally {
    process.umask(previous);
  }
}

function workspace(): string {
  return mkdtempSync(join(tmpdir(), 'fatoora-private-file-'));
}

describe('writePrivateFile', () => {
  it('creates a new file with mode 0600 even under umask 000', () => {
    const path = join(workspace(), 'key.pem');
    underUmask0(() => writePrivateFile(path, 'secret'));
    expect(readFileSync(path, 'utf8')).toBe('secret');
    expect(modeOf(path)).toBe(0o600);
  });

  it('refuses an existing file with a FileExistsError naming it, and leaves the file alone', () => {
    const path = join(workspace(), 'key.pem');
    writeFileSync(path, 'old key');
    let error: unknown;
    try {
      writePrivateFile(path, 'new key', { shownAs: 'key.pem', ifExists: 'pass --force' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FileExistsError);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as FileExistsError).path).toBe(path);
    expect((error as Error).message).toBe('key.pem already exists: pass --force');
    expect(readFileSync(path, 'utf8')).toBe('old key');
  });

  it('refuses a symbolic link, dangling or not, and never writes through it', () => {
    const directory = workspace();
    const missing = join(directory, 'missing-target');
    const existing = join(directory, 'existing-target');
    writeFileSync(existing, 'untouched');
    symlinkSync(missing, join(directory, 'dangling'));
    symlinkSync(existing, join(directory, 'link'));
    expect(() => writePrivateFile(join(directory, 'dangling'), 'secret')).toThrow(FileExistsError);
    expect(() => writePrivateFile(join(directory, 'link'), 'secret')).toThrow(FileExistsError);
    expect(existsSync(missing)).toBe(false);
    expect(readFileSync(existing, 'utf8')).toBe('untouched');
  });

  it('with replace, puts a fresh 0600 file in place of a 0644 one, even under umask 000, leaving no temporary file', () => {
    const directory = workspace();
    const path = join(directory, 'cli-settings.json');
    writeFileSync(path, 'old');
    chmodSync(path, 0o644);
    underUmask0(() => writePrivateFile(path, 'new', { replace: true }));
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(modeOf(path)).toBe(0o600);
    expect(readdirSync(directory)).toEqual(['cli-settings.json']);
  });

  it('with replace, replaces a symbolic link itself and leaves its target alone', () => {
    const directory = workspace();
    const target = join(directory, 'target');
    writeFileSync(target, 'untouched');
    const path = join(directory, 'key.pem');
    symlinkSync(target, path);
    writePrivateFile(path, 'secret', { replace: true });
    expect(lstatSync(path).isSymbolicLink()).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe('secret');
    expect(readFileSync(target, 'utf8')).toBe('untouched');
  });

  it('reports a file it cannot write as a UsageError naming it, leaving no temporary file', () => {
    const directory = workspace();
    mkdirSync(join(directory, 'occupied', 'child'), { recursive: true });
    expect(() =>
      writePrivateFile(join(directory, 'occupied'), 'x', { replace: true, shownAs: 'occupied' }),
    ).toThrow(/^cannot write occupied: /);
    expect(() => writePrivateFile(join(directory, 'no', 'such', 'dir', 'f'), 'x', { shownAs: 'f' })).toThrow(
      'cannot write f: no such file',
    );
    expect(readdirSync(directory)).toEqual(['occupied']);
  });
});

describe('ensurePrivateDirectory', () => {
  it('creates the directory and its missing parents with mode 0700 even under umask 000', () => {
    const root = workspace();
    underUmask0(() => ensurePrivateDirectory(join(root, 'a', 'b', 'c')));
    for (const path of [join(root, 'a'), join(root, 'a', 'b'), join(root, 'a', 'b', 'c')]) {
      expect(modeOf(path), path).toBe(0o700);
    }
  });

  it('leaves an existing directory and its mode alone', () => {
    const root = workspace();
    chmodSync(root, 0o750);
    ensurePrivateDirectory(root);
    expect(modeOf(root)).toBe(0o750);
  });
});

import {
  chmod,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncDirectory, writeFileAtomic } from './atomic-write.ts';

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'fatoora-atomic-'));
});

afterEach(() => rm(directory, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('replaces a file with the new text and leaves no temporary file behind', async () => {
    const path = join(directory, 'head.json');
    await writeFile(path, 'old');
    await writeFileAtomic(path, '{"counter":1} ✓');
    expect(await readFile(path, 'utf8')).toBe('{"counter":1} ✓');
    expect(await readdir(directory)).toEqual(['head.json']);
  });

  it('creates files readable by their owner only, as they may hold credentials', async () => {
    const path = join(directory, 'unit.json');
    await writeFileAtomic(path, '{}');
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('gives its files mode 0600 even under umask 000, also when replacing a file of mode 0644', async () => {
    const path = join(directory, 'unit.json');
    await writeFile(path, 'old');
    await chmod(path, 0o644);
    const previous = process.umask(0);
    try {
      await writeFileAtomic(path, '{}');
      await writeFileAtomic(join(directory, 'head.json'), '{}');
    } finally {
      process.umask(previous);
    }
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect((await stat(join(directory, 'head.json'))).mode & 0o777).toBe(0o600);
  });

  it('replaces a symbolic link at the target itself and leaves the file it points to alone', async () => {
    const target = join(directory, 'elsewhere');
    await writeFile(target, 'precious');
    const path = join(directory, 'unit.json');
    await symlink(target, path);
    await writeFileAtomic(path, 'new');
    expect((await lstat(path)).isSymbolicLink()).toBe(false);
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await readFile(target, 'utf8')).toBe('precious');
  });

  it('removes its temporary file and leaves the target alone when the rename fails', async () => {
    const target = join(directory, 'occupied');
    await mkdir(join(target, 'child'), { recursive: true }); // a non-empty directory cannot be renamed over
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow();
    expect(await readdir(directory)).toEqual(['occupied']);
    expect(await readdir(target)).toEqual(['child']);
  });

  it('flushes a directory without complaint', async () => {
    await expect(syncDirectory(directory)).resolves.toBeUndefined();
  });
});

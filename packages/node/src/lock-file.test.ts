import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { StoreError } from '@fatoora/core/errors';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLockFile } from './lock-file.ts';
import { processStartTime } from './process-liveness.ts';

let directory: string;
let lock: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'fatoora-lock-'));
  lock = join(directory, 'lock');
});

afterEach(() => rm(directory, { recursive: true, force: true }));

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await once(child, 'exit');
  return child.pid!;
}

const writeLock = (owner: { host?: string; pid: number; startTime?: string | null; token?: string }) =>
  writeFile(lock, JSON.stringify({ host: hostname(), startTime: null, token: 'other', ...owner }));

async function timeoutOf(path: string): Promise<StoreError> {
  const error = await acquireLockFile(path, 60).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(StoreError);
  return error as StoreError;
}

describe('acquireLockFile', () => {
  it('creates the lock with mode 0600 even under umask 000', async () => {
    const previous = process.umask(0);
    let held: Awaited<ReturnType<typeof acquireLockFile>>;
    try {
      held = await acquireLockFile(lock, 1_000);
    } finally {
      process.umask(previous);
    }
    expect((await stat(lock)).mode & 0o777).toBe(0o600);
    await held.release();
  });

  it('writes its owner into the lock and removes the lock on release', async () => {
    const held = await acquireLockFile(lock, 1_000);
    expect(JSON.parse(await readFile(lock, 'utf8'))).toMatchObject({ host: hostname(), pid: process.pid });
    expect(held.brokeStaleLock).toBe(false);
    await held.release();
    expect(existsSync(lock)).toBe(false);
  });

  it('lets one holder in at a time and fails with store-unavailable after the timeout', async () => {
    const held = await acquireLockFile(lock, 1_000);
    const error = await timeoutOf(lock);
    expect(error.code).toBe('store-unavailable');
    expect(error.message).toContain(`pid ${process.pid}`);
    const waiting = acquireLockFile(lock, 2_000);
    await held.release();
    await (await waiting).release();
  });

  it('breaks a lock left by a process that is dead', async () => {
    await writeLock({ pid: await deadPid() });
    const held = await acquireLockFile(lock, 1_000);
    expect(held.brokeStaleLock).toBe(true);
    await held.release();
  });

  it.skipIf(processStartTime(process.pid) === null)(
    'breaks a lock whose pid now belongs to a process started at another time',
    async () => {
      await writeLock({ pid: process.pid, startTime: '1' });
      expect((await acquireLockFile(lock, 1_000)).brokeStaleLock).toBe(true);
    },
  );

  it('keeps waiting for a lock held by a live process', async () => {
    await writeLock({ pid: process.pid, startTime: processStartTime(process.pid) });
    expect((await timeoutOf(lock)).code).toBe('store-unavailable');
    expect(JSON.parse(await readFile(lock, 'utf8')).token).toBe('other');
  });

  it('never breaks a lock written on another host, whose pid cannot be checked from here', async () => {
    await writeLock({ host: `not-${hostname()}`, pid: await deadPid() });
    expect((await timeoutOf(lock)).code).toBe('store-unavailable');
  });

  it('breaks an empty lock once it is old, but not while it may still be being written', async () => {
    await writeFile(lock, '');
    expect((await timeoutOf(lock)).code).toBe('store-unavailable');
    const minuteAgo = new Date(Date.now() - 60_000);
    await utimes(lock, minuteAgo, minuteAgo);
    expect((await acquireLockFile(lock, 1_000)).brokeStaleLock).toBe(true);
  });

  it('leaves a lock that is no longer its own in place on release', async () => {
    const held = await acquireLockFile(lock, 1_000);
    await writeLock({ pid: process.pid, token: 'a-new-holder' });
    await held.release();
    expect(JSON.parse(await readFile(lock, 'utf8')).token).toBe('a-new-holder');
  });

  it('lets exactly one of many waiters break a stale lock at a time', async () => {
    await writeLock({ pid: await deadPid() });
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        const held = await acquireLockFile(lock, 5_000);
        inside++;
        most = Math.max(most, inside);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inside--;
        await held.release();
      }),
    );
    expect(most).toBe(1);
  });
});

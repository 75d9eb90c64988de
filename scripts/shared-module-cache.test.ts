/**
 * The node test project runs without isolation (vitest.config.ts: `isolate: false`), so test files
 * in one worker share modules. That is only sound while no test replaces a module or a global for
 * everyone after it: this keeps the tests free of the vitest calls that do.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const TEST_FOLDERS = ['packages', 'apps', 'internal', 'bench', 'scripts'];
const LEAKING_CALLS = /\bvi\.(mock|doMock|stubGlobal|stubEnv|useFakeTimers|spyOn|hoisted)\(/;

function* testFiles(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* testFiles(path);
    else if (/\.test\.tsx?$/.test(entry.name)) yield path;
  }
}

describe('tests that share a module cache', () => {
  it('never mock a module or stub a global', () => {
    const files = TEST_FOLDERS.flatMap((folder) => [...testFiles(join(root, folder))]);
    expect(files.length).toBeGreaterThan(100);
    const leaking = files
      .filter((file) => file !== new URL(import.meta.url).pathname)
      .filter((file) => LEAKING_CALLS.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    expect(leaking).toEqual([]);
  });
});

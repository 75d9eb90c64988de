import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every non-test source file of core. */
function sources(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('@fatoora/core source', () => {
  const files = sources(join(import.meta.dirname, '.'));

  it('has source files to scan', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('never touches Node-only APIs, so it runs unchanged in browsers', () => {
    const forbidden = [
      /from\s+['"]node:/,
      /from\s+['"](fs|path|crypto|os|child_process|buffer|util|stream|url)['"]/,
      /\brequire\s*\(/,
      /\bBuffer\b/,
      /\bprocess\./,
      /\b__dirname\b/,
    ];
    const offenders = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8').replace(/^\s*(\*|\/\/).*$/gm, ''); // prose may name them
      return forbidden.filter((pattern) => pattern.test(text)).map((pattern) => `${file}: ${pattern}`);
    });
    expect(offenders).toEqual([]);
  });

  it('has no `export *` (named exports only, to keep the public surface deliberate)', () => {
    const offenders = files.filter((file) => /^\s*export\s*\*/m.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});

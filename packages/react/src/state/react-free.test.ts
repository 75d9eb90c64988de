import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const STATE = import.meta.dirname;

/** Every file under `state/` (tests included, so that a stray `.tsx` is caught too) but this one. */
function files(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (path === import.meta.filename) return [];
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** The module specifiers a source imports or re-exports, statically or dynamically (prose left out). */
function specifiers(source: string): string[] {
  const code = source.replace(/^\s*(\*|\/\/|\/\*).*$/gm, '');
  const pattern = /\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g;
  return [...code.matchAll(pattern)].map((match) => match[1] ?? '');
}

/** Why an import is out of place in `state/`, or `undefined` when it is fine. */
function offence(file: string, specifier: string): string | undefined {
  if (/^react(-dom)?(\/|$)/.test(specifier)) return 'imports React';
  if (specifier.startsWith('.')) {
    const target = resolve(file, '..', specifier);
    if (target.endsWith('.tsx')) return 'imports a JSX module';
    if (relative(STATE, target).startsWith('..') && !file.endsWith('.test.ts')) return 'leaves state/';
    return undefined;
  }
  if (file.endsWith('.test.ts')) return undefined;
  return /^@fatoora\/core(\/|$)/.test(specifier) ? undefined : 'imports a package other than @fatoora/core';
}

describe('The React kit’s pure state', () => {
  test('The scan finds every form of import, so that it can fail.', () => {
    const source = [
      "import { useState } from 'react';",
      "import 'react-dom/client';",
      "export { x } from '../hooks/use-x.ts';",
      "const lazy = import('./view.tsx');",
      " * import { useMemo } from 'react'; (prose in a comment)",
    ].join('\n');
    const file = join(STATE, 'example.ts');
    expect(specifiers(source).map((specifier) => offence(file, specifier))).toEqual([
      'imports React',
      'imports React',
      'leaves state/',
      'imports a JSX module',
    ]);
  });

  test('No file in state/ imports React, a JSX module, or anything but @fatoora/core and state/ itself.', () => {
    const all = files(STATE);
    expect(all.filter((file) => !file.endsWith('.test.ts')).length).toBeGreaterThan(5);
    const offenders = all.flatMap((file) => {
      if (!file.endsWith('.ts')) return [`${relative(STATE, file)}: not a .ts file`];
      return specifiers(readFileSync(file, 'utf8')).flatMap((specifier) => {
        const why = offence(file, specifier);
        return why ? [`${relative(STATE, file)}: ${specifier} (${why})`] : [];
      });
    });
    expect(offenders).toEqual([]);
  });
});

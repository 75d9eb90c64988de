#!/usr/bin/env node
/**
 * Checks the shape of the workspace (issue 11 §4), with plain Node and no dependency:
 *
 * 1. No cycle among workspace packages. The packages are the folders `pnpm-workspace.yaml`'s
 *    `packages` globs name; an edge runs from a package to each workspace package it names in
 *    `dependencies`, `devDependencies`, `peerDependencies` or `optionalDependencies` (a dev-only
 *    loop still makes installs and builds order-dependent, and pnpm warns about it).
 * 2. No relative import that climbs into another workspace package's folder: every `.ts`/`.tsx`
 *    file (outside `node_modules`) is read for `import … from '…'`, `export … from '…'`,
 *    `import '…'`, `import('…')`, `import.meta.glob('…')` and `new URL('…', import.meta.url)`;
 *    a relative specifier that resolves into a package other than the file's own fails (another
 *    package is imported by its name, so that its `exports` and the dependency graph stay honest).
 *
 *   node scripts/check-workspace-graph.mjs        exit 0: both hold; exit 1: what breaks them
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];

/** The `packages:` globs of pnpm-workspace.yaml (a list of quoted or bare strings). */
function workspaceGlobs() {
  const lines = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8').split(/\r?\n/);
  const globs = [];
  let inPackages = false;
  for (const line of lines) {
    if (/^\S/.test(line)) inPackages = /^packages\s*:/.test(line);
    else if (inPackages) {
      const item = /^\s+-\s+['"]?([^'"#]+?)['"]?\s*(#.*)?$/.exec(line);
      if (item) globs.push(item[1]);
    }
  }
  return globs;
}

/** The folders a glob names: `*` matches one path segment, `**` any number of them. */
function expand(glob) {
  const negated = glob.startsWith('!');
  const segments = (negated ? glob.slice(1) : glob).split('/').filter(Boolean);
  const found = [];
  const walk = (folder, index) => {
    if (index === segments.length) {
      if (existsSync(join(folder, 'package.json'))) found.push(folder);
      return;
    }
    const segment = segments[index];
    if (segment === '**') {
      walk(folder, index + 1);
      for (const child of subfolders(folder)) walk(child, index);
      return;
    }
    const pattern = new RegExp(`^${segment.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    for (const child of subfolders(folder))
      if (pattern.test(child.slice(folder.length + 1))) walk(child, index + 1);
  };
  walk(root, 0);
  return { negated, found };
}

function subfolders(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.'))
    .map((entry) => join(folder, entry.name));
}

/** Every workspace package: its folder, name and manifest. */
function workspacePackages() {
  const folders = new Set();
  for (const glob of workspaceGlobs()) {
    const { negated, found } = expand(glob);
    for (const folder of found) negated ? folders.delete(folder) : folders.add(folder);
  }
  return [...folders].sort().map((folder) => {
    const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
    return { folder, name: manifest.name ?? relative(root, folder), manifest };
  });
}

/** The cycles of the dependency graph, each as a list of names ending where it started. */
function cycles(packages) {
  const byName = new Map(packages.map((pkg) => [pkg.name, pkg]));
  const edges = new Map(
    packages.map((pkg) => [
      pkg.name,
      [
        ...new Set(
          DEPENDENCY_FIELDS.flatMap((field) => Object.keys(pkg.manifest[field] ?? {})).filter(
            (name) => byName.has(name) && name !== pkg.name,
          ),
        ),
      ].sort(),
    ]),
  );
  const selfLoops = packages
    .filter((pkg) => DEPENDENCY_FIELDS.some((field) => pkg.name in (pkg.manifest[field] ?? {})))
    .map((pkg) => [pkg.name, pkg.name]);
  // Depth-first search; a back edge to a package on the current path closes a cycle.
  const found = [...selfLoops];
  const seen = new Set();
  const reported = new Set();
  const visit = (name, path) => {
    const at = path.indexOf(name);
    if (at !== -1) {
      const cycle = [...path.slice(at), name];
      const key = [...cycle.slice(0, -1)].sort().join('\n');
      if (!reported.has(key)) {
        reported.add(key);
        found.push(cycle);
      }
      return;
    }
    if (seen.has(name)) return;
    path.push(name);
    for (const next of edges.get(name) ?? []) visit(next, path);
    path.pop();
    seen.add(name);
  };
  for (const pkg of packages) visit(pkg.name, []);
  return found;
}

/** `.ts` and `.tsx` files under `folder`, outside `node_modules` and dot-folders. */
function sourceFiles(folder) {
  const files = [];
  const walk = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(path);
    }
  };
  walk(folder);
  return files;
}

const SPECIFIERS = [
  /\b(?:import|export)\s[^;'"`]*?\bfrom\s*(['"])([^'"]+)\1/g,
  /\bimport\s*(['"])([^'"]+)\1/g,
  /\bimport\s*\(\s*(['"])([^'"]+)\1/g,
  /\bimport\.meta\.glob(?:<[^>]*>)?\s*\(\s*(['"])([^'"]+)\1/g,
  /\bnew\s+URL\s*\(\s*(['"])([^'"]+)\1\s*,\s*import\.meta\.url/g,
];

/** The workspace package that holds `path` (the deepest package folder above it), if any. */
function ownerOf(path, packages) {
  let owner;
  for (const pkg of packages) {
    if (
      (path === pkg.folder || path.startsWith(pkg.folder + sep)) &&
      (!owner || pkg.folder.length > owner.folder.length)
    ) {
      owner = pkg;
    }
  }
  return owner;
}

/** Relative imports of every file in the repository that land in another workspace package. */
function reaches(packages) {
  const found = [];
  for (const file of sourceFiles(root)) {
    const owner = ownerOf(file, packages);
    const text = readFileSync(file, 'utf8');
    for (const pattern of SPECIFIERS) {
      for (const match of text.matchAll(pattern)) {
        const specifier = match[2];
        if (!specifier.startsWith('./') && !specifier.startsWith('../')) continue;
        const target = resolve(dirname(file), specifier.replace(/\?.*$/, ''));
        const landing = ownerOf(target, packages);
        if (landing && landing !== owner) {
          const line = text.slice(0, match.index).split('\n').length;
          found.push(
            `${relative(root, file)}:${line} reaches into ${landing.name} (${relative(root, landing.folder)}) by '${specifier}'`,
          );
        }
      }
    }
  }
  return found.sort();
}

const packages = workspacePackages();
const problems = [
  ...cycles(packages).map((cycle) => `dependency cycle: ${cycle.join(' → ')}`),
  ...reaches(packages),
];
if (problems.length > 0) {
  for (const problem of problems) console.error(`check-workspace-graph: ${problem}`);
  process.exit(1);
}
console.log(
  `check-workspace-graph: ${packages.length} workspace packages, no dependency cycle, no relative import into another package`,
);

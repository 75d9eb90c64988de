/**
 * What a registry shows and ships for each public package (issue 12 §1, §4): the metadata a user
 * follows back to the repository (`repository`, `homepage`, `bugs`), the fields npm and bundlers
 * read (`license`, `description`, `keywords`, `engines`, `sideEffects`, `files`), the licence text
 * in the tarball, and the Changesets settings that version the five packages together while the
 * private workspaces stay out of every release.
 *
 * Each package keeps its own copy of the root LICENSE because npm and pnpm pack only what is in the
 * package's folder; the copies must stay byte for byte the root's.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const repositoryUrl = 'git+https://github.com/fatoora/fatoora.git';

interface Manifest {
  readonly name: string;
  readonly private?: boolean;
  readonly license?: string;
  readonly description?: string;
  readonly keywords?: readonly string[];
  readonly homepage?: string;
  readonly bugs?: string;
  readonly repository?: { readonly type: string; readonly url: string; readonly directory: string };
  readonly engines?: { readonly node?: string };
  readonly sideEffects?: boolean | readonly string[];
  readonly files?: readonly string[];
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(join(root, path), 'utf8')) as T;
}

/** Every workspace folder holding a package.json, as pnpm-workspace.yaml lists them. */
function workspaceFolders(): string[] {
  const nested = ['packages', 'apps', 'internal'].flatMap((parent) =>
    readdirSync(join(root, parent)).map((child) => `${parent}/${child}`),
  );
  return [...nested, 'bench'].filter((folder) => existsSync(join(root, folder, 'package.json')));
}

const workspaces = workspaceFolders().map((folder) => ({
  folder,
  manifest: readJson<Manifest>(`${folder}/package.json`),
}));
const publicPackages = workspaces.filter(({ manifest }) => !manifest.private);
const rootManifest = readJson<{ engines: { node: string } }>('package.json');
const rootLicense = readFileSync(join(root, 'LICENSE'), 'utf8');

describe('public package metadata', () => {
  it('finds the five public packages, all under packages/', () => {
    expect(publicPackages.map(({ folder }) => folder).sort()).toEqual([
      'packages/cli',
      'packages/core',
      'packages/node',
      'packages/react',
      'packages/simulator',
    ]);
  });

  for (const { folder, manifest } of publicPackages) {
    describe(manifest.name, () => {
      it('points to its folder of the repository, its README and the issue tracker', () => {
        expect(manifest.repository).toEqual({ type: 'git', url: repositoryUrl, directory: folder });
        expect(manifest.homepage).toBe(`https://github.com/fatoora/fatoora/tree/main/${folder}#readme`);
        expect(manifest.bugs).toBe('https://github.com/fatoora/fatoora/issues');
      });

      it('names its licence, says what it is and declares the Node versions the workspace supports', () => {
        expect(manifest.license).toBe('MIT');
        expect(manifest.description?.length).toBeGreaterThan(40);
        expect(manifest.keywords).toContain('zatca');
        expect(manifest.engines?.node).toBe(rootManifest.engines.node);
        expect(manifest.sideEffects).toBeDefined();
      });

      it('ships its build, its README and a LICENSE identical to the root one', () => {
        expect(manifest.files).toEqual(expect.arrayContaining(['dist', 'README.md', 'LICENSE']));
        expect(readFileSync(join(root, folder, 'LICENSE'), 'utf8')).toBe(rootLicense);
      });

      it('tells a user how to install it from the registry', () => {
        const readme = readFileSync(join(root, folder, 'README.md'), 'utf8');
        expect(readme).toMatch(/^## Install$/m);
        const installLines = readme.split('\n').filter((line) => /^npm install /.test(line));
        expect(installLines.some((line) => line.split(/\s+/).includes(manifest.name))).toBe(true);
      });
    });
  }
});

describe('changesets configuration', () => {
  const config = readJson<{
    fixed: readonly (readonly string[])[];
    linked: readonly (readonly string[])[];
    access: string;
    baseBranch: string;
    updateInternalDependencies: string;
    privatePackages: { version: boolean; tag: boolean };
  }>('.changeset/config.json');

  it('releases the five public packages together, at one version', () => {
    expect(config.fixed).toHaveLength(1);
    expect([...config.fixed[0]!].sort()).toEqual(publicPackages.map(({ manifest }) => manifest.name).sort());
    expect(config.linked).toEqual([]);
  });

  it('publishes the scoped packages publicly from main, bumping internal dependencies as patches', () => {
    expect(config.access).toBe('public');
    expect(config.baseBranch).toBe('main');
    expect(config.updateInternalDependencies).toBe('patch');
  });

  it('never versions or tags a private workspace, and every other workspace is private', () => {
    expect(config.privatePackages).toEqual({ version: false, tag: false });
    const released = new Set(config.fixed.flat());
    for (const { manifest } of workspaces) {
      if (!released.has(manifest.name)) expect(manifest.private, manifest.name).toBe(true);
    }
  });
});

/**
 * The import graph's rules (issue 11 §4), checked by `pnpm check:imports` in the test command:
 * no module imports itself back through others; shipped code has no loop between folders (a folder
 * is a layer: model → money/calc → rules/ubl → pipeline → egs …, and a loop would mean two layers
 * that cannot be understood apart); no file climbs by relative path into another workspace
 * package (shared test data comes from `@fatoora/test-support` by name). This file checks the
 * shipped code; `.dependency-cruiser.tests.cjs` checks everything, tests and benchmarks included,
 * against the same rules but the folder one: a test sits beside what it tests and reaches its
 * package's `test/support`, which reaches back into the sources it supports.
 */
const TESTS = ['\\.test\\.tsx?$', '/test/', '\\.bench\\.ts$', '/bench/'];

module.exports = {
  forbidden: [
    {
      name: 'no-module-cycles',
      comment: 'A module must not reach itself again through its imports.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-folder-cycles',
      comment: 'Shipped code: folders import one another in one direction only.',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-reach-into-another-package',
      comment: 'Import another workspace package by its name, never by a relative path into it.',
      severity: 'error',
      from: { path: '^((?:packages|apps|internal)/[^/]+|bench)/' },
      to: {
        dependencyTypes: ['local'],
        path: '^(packages|apps|internal|bench)/',
        pathNot: '^$1/',
      },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', '/dist/', '\\.d\\.ts$', ...TESTS] },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'types', 'default'],
    },
  },
};

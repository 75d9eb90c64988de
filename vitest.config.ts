import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

/**
 * Four projects:
 * - `node`: every `*.test.ts` in the workspace: packages, the demo's proxy, its pure app logic and its
 *   browser end-to-end test (which drives Debian's `chromium` itself through playwright-core), and
 *   the private `internal/*` packages (shared test support, core against the simulator).
 * - `browser`: the isomorphic core suite in headless Chromium (Debian's `chromium`, never a
 *   downloaded build), proving that `@fatoora/core` runs unchanged in a browser. Tests that need
 *   Node (child processes, the file system) are named `*.node.test.ts` and stay out of it.
 * - `timing`: the few tests that measure time (`*.timing.test.ts`), run alone after the others.
 * - `react`: the React kit's component and hook tests (`*.test.tsx`) in the same Chromium, with
 *   Testing Library and an axe check; JSX is compiled by Vite's own transform (automatic runtime).
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// A fresh object per project: vitest names each project's browser instance in place, so a shared
// `instances` list made the second project collide with the first ("browser (chromium)").
const chromium = () => ({
  enabled: true,
  headless: true,
  screenshotFailures: false,
  provider: playwright({
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  }),
  instances: [{ browser: 'chromium' as const }],
});

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'packages/*/src/**/*.test.ts',
            'packages/*/test/**/*.test.ts',
            'apps/*/server/**/*.test.ts',
            'apps/*/src/**/*.test.ts',
            'apps/*/e2e/**/*.test.ts',
            'apps/*/scripts/**/*.test.ts',
            'scripts/**/*.test.ts',
            'bench/src/**/*.test.ts',
            'internal/*/src/**/*.test.ts',
          ],
          exclude: ['**/*.timing.test.ts', '**/node_modules/**'],
          testTimeout: 30_000,
          // Test files share their worker's module cache instead of each importing the workspace
          // afresh: measured on this 2-core machine, the node project needs about 40% less CPU
          // (import time 52 s → 10 s). It is sound here because no test mocks or stubs a module
          // or a global (there is no vi.mock, vi.stubGlobal or vi.useFakeTimers in the tests);
          // state a test creates (servers, stores, temporary folders) is its own to close.
          isolate: false,
        },
      },
      {
        // Tests that measure time (a ratio, a latency percentile): run after the others, one file
        // at a time (`pnpm test:timing`, which scripts/test.sh runs), so that no other test's
        // processes share the cores while they measure.
        test: {
          name: 'timing',
          environment: 'node',
          include: ['packages/*/src/**/*.timing.test.ts', 'apps/*/server/**/*.timing.test.ts'],
          testTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['packages/core/src/**/*.test.ts', 'packages/core/test/**/*.test.ts'],
          exclude: ['**/*.node.test.ts', '**/*.timing.test.ts', '**/node_modules/**'],
          testTimeout: 30_000,
          browser: chromium(),
        },
      },
      {
        // Rooted in the package, so that Vite finds its dependencies (pnpm keeps them there) and
        // pre-bundles them before the first test instead of reloading the page mid-run.
        root: 'packages/react',
        optimizeDeps: {
          include: [
            'react',
            'react/jsx-runtime',
            'react/jsx-dev-runtime',
            'react-dom',
            'react-dom/client',
            '@testing-library/react',
            '@testing-library/user-event',
            'axe-core',
            'uqr',
            '@fatoora/core > @noble/curves/secp256k1.js',
            '@fatoora/core > @noble/hashes/sha2.js',
            '@fatoora/core > @noble/hashes/utils.js',
            '@fatoora/core > @peculiar/asn1-csr',
            '@fatoora/core > @peculiar/asn1-ecc',
            '@fatoora/core > @peculiar/asn1-pkcs8',
            '@fatoora/core > @peculiar/asn1-schema',
            '@fatoora/core > @peculiar/asn1-x509',
            '@fatoora/core > @scure/base',
            '@fatoora/core > @xmldom/xmldom',
            '@fatoora/core > asn1js',
            '@fatoora/core > ky',
          ],
        },
        test: {
          name: 'react',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['test/setup.ts'],
          // The stylesheet test applies the real CSS (vitest leaves CSS out by default).
          css: { include: [/\.css$/] },
          testTimeout: 30_000,
          browser: chromium(),
        },
      },
    ],
  },
});

import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

/**
 * Three projects:
 * - `node`: every `*.test.ts` in the workspace: packages, the demo's proxy, its pure app logic and its
 *   browser end-to-end test (which drives Debian's `chromium` itself through playwright-core).
 * - `browser`: the isomorphic core suite in headless Chromium (Debian's `chromium`, never a
 *   downloaded build), proving that `@fatoora/core` runs unchanged in a browser. Tests that need
 *   Node (child processes, the file system) are named `*.node.test.ts` and stay out of it.
 * - `react`: the React kit's component and hook tests (`*.test.tsx`) in the same Chromium, with
 *   Testing Library and an axe check; JSX is compiled by Vite's own transform (automatic runtime).
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const chromium = {
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
};

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
            'scripts/**/*.test.ts',
          ],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['packages/core/src/**/*.test.ts', 'packages/core/test/**/*.test.ts'],
          exclude: ['**/*.node.test.ts', '**/node_modules/**'],
          testTimeout: 30_000,
          browser: chromium,
        },
      },
      {
        test: {
          name: 'react',
          include: ['packages/react/src/**/*.test.tsx'],
          setupFiles: ['packages/react/test/setup.ts'],
          testTimeout: 30_000,
          browser: chromium,
        },
      },
    ],
  },
});

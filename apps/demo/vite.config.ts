/**
 * The demo's Vite config. JSX goes through Vite's own Oxc transform (automatic runtime), so no
 * React plugin is needed. The production build splits `@fatoora/core` (with its libraries),
 * `@fatoora/react` and React into chunks of their own, and the bundle-report plugin prints each
 * one's gzipped size and checks core's against the budget `pnpm size` checks
 * (`bench/src/budget.json`).
 */
import { defineConfig } from 'vite';
import { bundleReport } from './scripts/bundle-report.ts';
import { partOfModule } from './scripts/bundle-summary.ts';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  plugins: [bundleReport()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1024,
    rolldownOptions: {
      // The bundle report already says where the bytes go; the timing note is noise here.
      checks: { bundlerTimings: false },
      output: {
        codeSplitting: {
          // A group also takes the modules its own modules import, so the groups go from the
          // bottom of the dependency graph up: core and React first, then the kit that uses both.
          groups: [
            { name: 'fatoora-core', test: (id) => partOfModule(id) === 'fatoora-core', priority: 3 },
            { name: 'react', test: (id) => partOfModule(id) === 'react', priority: 2 },
            { name: 'fatoora-react', test: (id) => partOfModule(id) === 'fatoora-react', priority: 1 },
          ],
        },
      },
    },
  },
});

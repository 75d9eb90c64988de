/** Builds `@fatoora/simulator` to `dist/` (see scripts/library-build.ts): the simulator (Node); its analysis thread's entry is an output of its own, loaded beside the chunk that spawns it. */
import { defineConfig } from 'tsdown';
import { libraryBuild } from '../../scripts/library-build.ts';

export default defineConfig(
  libraryBuild(import.meta.dirname, 'node', {
    'analysis-worker': 'src/analysis/analysis-worker.ts',
    bin: 'src/bin.ts',
  }),
);

/** Builds `@fatoora/cli` to `dist/` (see scripts/library-build.ts): the fatoora command; bin.ts keeps its shebang. */
import { defineConfig } from 'tsdown';
import { libraryBuild } from '../../scripts/library-build.ts';

export default defineConfig(libraryBuild(import.meta.dirname, 'node', { bin: 'src/bin.ts' }));

/** Builds `@fatoora/node` to `dist/` (see scripts/library-build.ts): Node-only EGS stores. */
import { defineConfig } from 'tsdown';
import { libraryBuild } from '../../scripts/library-build.ts';

export default defineConfig(libraryBuild(import.meta.dirname, 'node'));

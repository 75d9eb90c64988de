/** Builds `@fatoora/core` to `dist/` (see scripts/library-build.ts): isomorphic, so `neutral`. */
import { defineConfig } from 'tsdown';
import { libraryBuild } from '../../scripts/library-build.ts';

export default defineConfig(libraryBuild(import.meta.dirname, 'neutral'));

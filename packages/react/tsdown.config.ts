/** Builds `@fatoora/react` to `dist/` (see scripts/library-build.ts): the React kit; React stays external. */
import { defineConfig } from 'tsdown';
import { libraryBuild } from '../../scripts/library-build.ts';

export default defineConfig(libraryBuild(import.meta.dirname, 'browser'));

// The consumer app's Vite config, as a user's React project has it: the React plugin and nothing
// else, so the build proves that @fatoora/react, @fatoora/core and the kit's stylesheet resolve from
// their packed tarballs with Vite's defaults (scripts/consumer-check.sh).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // The app signs in the page, so core's XML and crypto are in its one chunk (about 550 kB).
  build: { chunkSizeWarningLimit: 1024 },
});

/**
 * Starts one analysis thread. Built, the simulator's thread is plain JavaScript beside this file.
 * Run from its TypeScript sources (the tests, `pnpm simulator`, the demo), the thread must load
 * tsx's module hooks itself before it imports `analysis-worker.ts`: on Node 20, neither the
 * parent's hooks nor `--import tsx` in `execArgv` reach a worker's entry module (both tried), so
 * the entry is a small `data:` module that registers tsx and then imports the real one.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { type ResourceLimits, Worker } from 'node:worker_threads';

const fromSources = import.meta.url.endsWith('.ts');
const entry = new URL(fromSources ? './analysis-worker.ts' : './analysis-worker.js', import.meta.url);

/**
 * A new analysis thread, with the heap and stack limits given.
 *
 * @example
 * ```ts
 * const thread = spawnAnalysisThread({ maxOldGenerationSizeMb: 512 });
 * thread.postMessage({ id: 1, input });
 * ```
 */
export function spawnAnalysisThread(resourceLimits: ResourceLimits): Worker {
  if (!fromSources) return new Worker(entry, { resourceLimits });
  const bootstrap = `import { register } from ${JSON.stringify(tsxRegisterUrl())};\nregister();\nawait import(${JSON.stringify(entry.href)});\n`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), { resourceLimits });
}

/** Where tsx's ESM `register()` lives: its package's `./esm/api` export under the `import` condition. */
function tsxRegisterUrl(): string {
  // Resolving `tsx/esm/api` through require would pick its CommonJS build, whose `register()`
  // fails under `import`; so read the export map as an `import` would.
  const packageJson = createRequire(import.meta.url).resolve('tsx/package.json');
  const manifest = JSON.parse(readFileSync(packageJson, 'utf8')) as {
    exports?: Record<string, { import?: { default?: string } }>;
  };
  const target = manifest.exports?.['./esm/api']?.import?.default;
  if (!target) throw new Error(`${packageJson} has no "./esm/api" export for import.`);
  return new URL(target, pathToFileURL(packageJson)).href;
}

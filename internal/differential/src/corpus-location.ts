/**
 * Where the real-world corpus is: the folder named on the command line (relative to where the
 * command was typed), else `$FATOORA_REAL_WORLD_CORPUS`, else `real-world-invoices` in the
 * maintainers' shared folder beside the repository (`../shared/real-world-invoices`, which CI lays
 * beside the clone; `FATOORA_SHARED` points elsewhere, as for zatca-validate).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// internal/differential/src/corpus-location.ts → the repository's root.
const repositoryRoot = resolve(fileURLToPath(import.meta.url), '../../../..');

/**
 * The corpus folder to read.
 *
 * @example
 * ```ts
 * corpusFolder(process.argv[2]); // '/work/shared/real-world-invoices' when nothing is given
 * ```
 */
export function corpusFolder(given?: string, environment: NodeJS.ProcessEnv = process.env): string {
  // pnpm runs the script in the package's folder; a relative path means the caller's (INIT_CWD).
  if (given) return resolve(environment.INIT_CWD ?? process.cwd(), given);
  if (environment.FATOORA_REAL_WORLD_CORPUS) return resolve(environment.FATOORA_REAL_WORLD_CORPUS);
  const shared = environment.FATOORA_SHARED ?? resolve(repositoryRoot, '../shared');
  return resolve(shared, 'real-world-invoices');
}

/**
 * Where ZATCA's OpenAPI files are looked for. They are not committed here (PROVENANCE.md): the
 * maintainers place them in the shared reference folder beside the repository, as they do the
 * zatca-validate tool, so the contract checks find them at `../shared/zatca-openapi` unless told
 * otherwise — `FATOORA_ZATCA_OPENAPI` names the folder itself, `FATOORA_SHARED` moves the whole
 * shared folder (the variable zatca-validate's runner already reads).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// internal/integration-tests/src/contract/openapi/openapi-folder.ts → the repository's root.
const repositoryRoot = resolve(fileURLToPath(import.meta.url), '../../../../../..');

/**
 * The folder that holds (or would hold) ZATCA's `*_openapi.json` files.
 *
 * @example
 * ```ts
 * zatcaOpenApiFolder({ FATOORA_ZATCA_OPENAPI: '/tmp/zatca-openapi' }); // '/tmp/zatca-openapi'
 * zatcaOpenApiFolder({}); // '<repository>/../shared/zatca-openapi'
 * ```
 */
export function zatcaOpenApiFolder(environment: NodeJS.ProcessEnv = process.env): string {
  if (environment.FATOORA_ZATCA_OPENAPI) return resolve(environment.FATOORA_ZATCA_OPENAPI);
  const shared = environment.FATOORA_SHARED ?? resolve(repositoryRoot, '../shared');
  return resolve(shared, 'zatca-openapi');
}

/**
 * The folder when it is there, else `undefined` (the checks that need it are then skipped).
 *
 * @example
 * ```ts
 * const folder = presentOpenApiFolder();
 * if (!folder) console.log(`skipped: no ${zatcaOpenApiFolder()}`);
 * ```
 */
export function presentOpenApiFolder(environment: NodeJS.ProcessEnv = process.env): string | undefined {
  const folder = zatcaOpenApiFolder(environment);
  return existsSync(folder) ? folder : undefined;
}

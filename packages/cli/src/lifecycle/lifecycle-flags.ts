/**
 * The options every lifecycle command shares — the state directory, the unit, the endpoint, the
 * key file and `--json` — as `parseArgs` options, their help text, and reading them into paths
 * resolved against the command's working directory.
 */

import { resolve } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import type { ParsedArguments } from '../arguments.ts';
import type { CliIo } from '../io.ts';
import { UsageError } from '../usage-error.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * The shared options, to spread into a command's own.
 *
 * @example
 * ```ts
 * parseCommandArguments('status', args, { ...LIFECYCLE_OPTIONS }, { min: 0, max: 0, names: '' });
 * ```
 */
export const LIFECYCLE_OPTIONS = {
  'state-dir': { type: 'string' },
  unit: { type: 'string' },
  env: { type: 'string' },
  'base-url': { type: 'string' },
  key: { type: 'string' },
  json: { type: 'boolean' },
} as const satisfies Options;

/**
 * The shared options' help, appended to each lifecycle command's.
 *
 * @example
 * ```ts
 * const statusHelp = `fatoora status [options]\n  …\n${LIFECYCLE_HELP}`;
 * ```
 */
export const LIFECYCLE_HELP = `  --state-dir <dir>    where units, their chains and documents are kept (default .fatoora)
  --unit <id>          the EGS unit (default "default")
  --env <name>         developer-portal, simulation or production: the CSR template, and ZATCA's
                       address unless --base-url is given
  --base-url <url>     the platform's address (default: FATOORA_BASE_URL, else what the unit was
                       onboarded against, else the local simulator http://127.0.0.1:8080)
  --key <file>         the unit's private key file (remembered from onboarding)
  --json               print the result as JSON`;

/** The shared options, read. */
export interface LifecycleFlags {
  /** Absolute. */
  readonly stateDir: string;
  readonly unitId: string;
  readonly env: string | undefined;
  readonly baseUrl: string | undefined;
  /** Absolute, when given. */
  readonly keyFile: string | undefined;
  readonly json: boolean;
}

/**
 * Reads the shared options.
 *
 * @throws {UsageError} for an empty `--unit`.
 * @example
 * ```ts
 * const flags = readLifecycleFlags(values, io); // flags.stateDir: '/home/me/.fatoora'
 * ```
 */
export function readLifecycleFlags(values: ParsedArguments['values'], io: CliIo): LifecycleFlags {
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const unitId = text('unit') ?? 'default';
  if (unitId.trim() === '') throw new UsageError('--unit must not be empty');
  const key = text('key');
  return {
    stateDir: resolve(io.cwd, text('state-dir') ?? '.fatoora'),
    unitId,
    env: text('env'),
    baseUrl: text('base-url'),
    keyFile: key === undefined ? undefined : resolve(io.cwd, key),
    json: values.json === true,
  };
}

/**
 * What the CLI remembers about each unit in its state directory, beside the EGS store: the
 * endpoint the unit was onboarded against and the path of its key file — never the key, a CSID
 * or a secret (those live in the store's `unit.json`, mode 0600). So `fatoora issue` after
 * `fatoora onboard --env simulation --key egs.pem` needs neither flag again. The file,
 * `<state-dir>/cli-settings.json`, is replaced atomically by a fresh file of mode 0600 (the
 * directory is created 0700), whatever the umask; since it decides where documents go and which
 * key signs them, it is not read from a state directory that another user could write to
 * (`state-permissions.ts`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isFatooraEnvironment } from '@fatoora/core/model';
import { ensurePrivateDirectory, writePrivateFile } from '../private-file.ts';
import { UsageError } from '../usage-error.ts';
import type { Endpoint } from './endpoint.ts';
import { assertPrivateStateDirectory } from './state-permissions.ts';

/** One unit's settings. */
export interface UnitSettings {
  /** The endpoint it was onboarded against. */
  readonly endpoint: Endpoint;
  /** The absolute path of its key file, unless its key is stored in the state directory. */
  readonly keyFile?: string;
}

interface SettingsFile {
  readonly units: Readonly<Record<string, UnitSettings>>;
}

/**
 * The settings file of a state directory.
 *
 * @example
 * ```ts
 * settingsPath('/home/me/.fatoora'); // '/home/me/.fatoora/cli-settings.json'
 * ```
 */
export function settingsPath(stateDir: string): string {
  return join(stateDir, 'cli-settings.json');
}

/**
 * A unit's settings, or `undefined` when none were saved.
 *
 * @throws {UsageError} when the file exists but is not the CLI's settings, or when the state
 * directory or the file is writable by another user.
 * @example
 * ```ts
 * readUnitSettings('/home/me/.fatoora', 'default')?.endpoint.baseUrl; // 'http://127.0.0.1:8080'
 * ```
 */
export function readUnitSettings(stateDir: string, unitId: string): UnitSettings | undefined {
  const settings = readSettingsFile(stateDir).units[unitId];
  if (settings === undefined) return undefined;
  const { endpoint, keyFile } = settings as Partial<UnitSettings>;
  if (
    !isFatooraEnvironment(endpoint?.environment) ||
    typeof endpoint?.baseUrl !== 'string' ||
    (keyFile !== undefined && typeof keyFile !== 'string')
  ) {
    throw new UsageError(`${settingsPath(stateDir)}: the settings of unit ${unitId} are broken`);
  }
  return settings;
}

/**
 * Saves a unit's settings, keeping the other units'.
 *
 * @throws {UsageError} when the state directory cannot be written, or another user could.
 * @example
 * ```ts
 * saveUnitSettings(stateDir, 'default', { endpoint, keyFile: '/home/me/egs-key.pem' });
 * ```
 */
export function saveUnitSettings(stateDir: string, unitId: string, settings: UnitSettings): void {
  const path = settingsPath(stateDir);
  const next: SettingsFile = { units: { ...readSettingsFile(stateDir).units, [unitId]: settings } };
  ensurePrivateDirectory(stateDir);
  writePrivateFile(path, `${JSON.stringify(next, null, 2)}\n`, { replace: true });
}

function readSettingsFile(stateDir: string): SettingsFile {
  assertPrivateStateDirectory(stateDir);
  const path = settingsPath(stateDir);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { units: {} };
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    const parsed = JSON.parse(text) as Partial<SettingsFile>;
    if (typeof parsed?.units === 'object' && parsed.units !== null) return parsed as SettingsFile;
  } catch {
    // reported below
  }
  throw new UsageError(`${path}: not a fatoora CLI settings file`);
}

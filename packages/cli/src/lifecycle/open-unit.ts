/**
 * Opens the EGS unit a lifecycle command works on: the file store in the state directory
 * (`FileEgsStore` of `@fatoora/node`), what the CLI remembers about the unit, the endpoint
 * ({@link resolveEndpoint}) and the `Egs` itself — with its key from `--key`, else the key file
 * remembered from onboarding, else the key stored in the state directory (`--store-key`). Only
 * the commands that sign (`issue`, `renew`) need the key; the others open the unit without it.
 */
import type { PrivateKey } from '@fatoora/core/crypto';
import { Egs } from '@fatoora/core/egs';
import { FileEgsStore } from '@fatoora/node';
import { readPrivateKey } from '../inputs.ts';
import type { CliIo } from '../io.ts';
import { UsageError } from '../usage-error.ts';
import { type Endpoint, type EndpointSource, resolveEndpoint } from './endpoint.ts';
import type { LifecycleFlags } from './lifecycle-flags.ts';
import { readUnitSettings, type UnitSettings } from './unit-settings.ts';

/** An opened unit and what it was opened with. */
export interface UnitSession {
  readonly flags: LifecycleFlags;
  readonly endpoint: Endpoint;
  readonly endpointSource: EndpointSource;
  readonly settings: UnitSettings | undefined;
  readonly store: FileEgsStore;
  readonly egs: Egs;
}

/** Options of {@link openUnit}. */
export interface OpenUnitOptions {
  /** The command signs documents: a key must be found. */
  readonly needsKey?: boolean;
  /** The key to open with, found by the caller (onboarding). */
  readonly privateKey?: PrivateKey;
  /** Keep the key in the state directory. */
  readonly storePrivateKey?: boolean;
  /** The endpoint, resolved by the caller (onboarding). */
  readonly endpoint?: Endpoint;
  /** The store, opened by the caller (onboarding). */
  readonly store?: FileEgsStore;
}

/**
 * Opens the unit named by the flags.
 *
 * @throws {UsageError} when the key is needed and nowhere to be found, or cannot be read.
 * @throws {InputError} for a bad base URL (see `createFatooraClient`).
 * @throws {EgsError} `key-mismatch` when the key is not the unit's.
 * @throws {StoreError} when the state directory cannot be used.
 * @example
 * ```ts
 * const { egs } = await openUnit(flags, io, { needsKey: true });
 * await egs.issue(draft);
 * ```
 */
export async function openUnit(
  command: string,
  flags: LifecycleFlags,
  io: CliIo,
  options: OpenUnitOptions = {},
): Promise<UnitSession> {
  const settings = readUnitSettings(flags.stateDir, flags.unitId);
  const resolved = options.endpoint
    ? { endpoint: options.endpoint, source: 'flags' as const }
    : resolveEndpoint({
        env: flags.env,
        baseUrl: flags.baseUrl,
        variables: io.env,
        remembered: settings?.endpoint,
      });
  const store = options.store ?? (await FileEgsStore.open({ directory: flags.stateDir }));
  let privateKey = options.privateKey;
  // Before onboarding there is nothing to sign with: the unit itself says so (not-onboarded).
  const record = options.needsKey ? await store.loadUnit(flags.unitId) : undefined;
  if (privateKey === undefined && record?.productionCsid !== undefined) {
    const keyFile = flags.keyFile ?? settings?.keyFile;
    if (keyFile !== undefined) {
      privateKey = readPrivateKey(io, keyFile);
    } else if (record.privateKeyPem === undefined) {
      throw new UsageError(
        `${command}: unit ${flags.unitId}'s private key is not in ${flags.stateDir}: pass --key <file>`,
      );
    }
  }
  const egs = await Egs.open({
    store,
    unitId: flags.unitId,
    client: { environment: resolved.endpoint.environment, baseUrl: resolved.endpoint.baseUrl },
    ...(privateKey !== undefined ? { privateKey } : {}),
    ...(options.storePrivateKey ? { storePrivateKey: true } : {}),
  });
  return {
    flags,
    endpoint: resolved.endpoint,
    endpointSource: resolved.source,
    settings,
    store,
    egs,
  };
}

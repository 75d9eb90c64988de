/**
 * `fatoora onboard`: onboards an EGS unit with the platform, or resumes an onboarding that stopped
 * part-way — compliance CSID (with the portal's OTP), one compliance check per document kind the
 * CSR's `invoiceType` enables, production CSID. The unit's state goes to the state directory; its
 * key to a key file the user keeps (`--key`, created when missing) or, with `--store-key`, into the
 * state directory. The endpoint and the key file's path are remembered for the other commands.
 */
import type { CsrConfig, PrivateKey } from '@fatoora/core';
import { describeStep } from '@fatoora/core/egs';
import { FileEgsStore } from '@fatoora/node';
import { parseCommandArguments } from '../arguments.ts';
import type { CliIo } from '../io.ts';
import { toJson } from '../json.ts';
import { describeEndpoint, resolveEndpoint } from '../lifecycle/endpoint.ts';
import { readOrCreateKeyFile } from '../lifecycle/key-file.ts';
import { LIFECYCLE_HELP, LIFECYCLE_OPTIONS, readLifecycleFlags } from '../lifecycle/lifecycle-flags.ts';
import {
  CSR_CONFIG_HELP,
  CSR_CONFIG_OPTIONS,
  readOnboardingCsrConfig,
} from '../lifecycle/onboarding-csr-config.ts';
import { openUnit } from '../lifecycle/open-unit.ts';
import { withTypedErrors } from '../lifecycle/typed-errors.ts';
import { readUnitSettings, saveUnitSettings } from '../lifecycle/unit-settings.ts';
import { UsageError } from '../usage-error.ts';
import { USAGE_LINES } from './usage-lines.ts';

/**
 * `fatoora onboard --help`; its first line is the summary `fatoora --help` lists.
 *
 * @example
 * ```ts
 * io.stdout(`${onboardHelp}\n`);
 * ```
 */
export const onboardHelp = `${USAGE_LINES.onboard}
  Onboards the EGS unit: compliance CSID, the compliance checks of every document kind its CSR
  enables (six for invoiceType 1100), production CSID. Run it again to resume after a failure
  (no OTP needed once the compliance CSID is issued; the CSR configuration is remembered).
  --otp <code>         the OTP from the Fatoora portal (the simulator takes 123345)
  --key <file>         the unit's private key file: read if it exists, else created (mode 0600).
                       You keep it: the other commands find it by the path remembered here.
  --store-key          keep the key in the state directory instead (unit.json, mode 0600)
${CSR_CONFIG_HELP}
${LIFECYCLE_HELP}`;

/**
 * Runs `onboard`; resolves to the exit code.
 *
 * @throws {UsageError} for bad usage, an invalid CSR configuration, an unreadable key.
 * @throws {LifecycleError} when a step fails (`onboarding-failed`, with ZATCA's codes).
 * @example
 * ```ts
 * await onboard(['--otp', '123345', '--csr-config', 'egs.properties', '--key', 'egs.pem'], io);
 * ```
 */
export async function onboard(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArguments(
    'onboard',
    args,
    {
      ...LIFECYCLE_OPTIONS,
      ...CSR_CONFIG_OPTIONS,
      otp: { type: 'string' },
      'store-key': { type: 'boolean' },
    },
    { min: 0, max: 0, names: '' },
  );
  const flags = readLifecycleFlags(values, io);
  const storeKey = values['store-key'] === true;
  const otp = typeof values.otp === 'string' ? values.otp : undefined;
  const givenConfig = readOnboardingCsrConfig(values, io);
  const settings = readUnitSettings(flags.stateDir, flags.unitId);
  const { endpoint } = resolveEndpoint({
    env: flags.env,
    baseUrl: flags.baseUrl,
    variables: io.env,
    remembered: settings?.endpoint,
  });

  return withTypedErrors(async () => {
    const store = await FileEgsStore.open({ directory: flags.stateDir });
    const record = await store.loadUnit(flags.unitId);
    const csrConfig = givenConfig ?? record?.csrConfig;
    if (csrConfig === undefined) {
      throw new UsageError('give the unit’s CSR configuration: --csr-config <file> or its fields');
    }
    const keyFile = flags.keyFile ?? (storeKey ? undefined : settings?.keyFile);
    if (keyFile === undefined && !storeKey && record?.privateKeyPem === undefined) {
      throw new UsageError('give --key <file> (the unit key you keep; created if missing) or --store-key');
    }
    let privateKey: PrivateKey | undefined;
    let createdKeyFile = false;
    if (keyFile !== undefined) {
      ({ key: privateKey, created: createdKeyFile } = readOrCreateKeyFile(io, keyFile));
    }
    const session = await openUnit('onboard', flags, io, {
      store,
      endpoint,
      ...(privateKey !== undefined ? { privateKey } : {}),
      storePrivateKey: storeKey,
    });
    saveUnitSettings(flags.stateDir, flags.unitId, {
      endpoint,
      ...(keyFile !== undefined && !storeKey ? { keyFile } : {}),
    });
    const result = await session.egs.onboard({
      ...(otp !== undefined ? { otp } : {}),
      csrConfig: csrConfig as CsrConfig,
      environment: endpoint.environment,
    });
    const keyStored = (await store.loadUnit(flags.unitId))?.privateKeyPem !== undefined;
    const key = keyStored
      ? { stored: true, generated: result.generatedPrivateKey }
      : { stored: false, file: keyFile, generated: createdKeyFile };

    if (flags.json) {
      io.stdout(
        `${toJson({ unitId: flags.unitId, endpoint, steps: result.steps, csidExpiresAt: result.csidExpiresAt, key })}\n`,
      );
      return 0;
    }
    const lines = [
      `unit ${flags.unitId}: onboarded with ${describeEndpoint(endpoint)}`,
      ...result.steps.map((step) => `  ${step.outcome.padEnd(7)}  ${describeStep(step)}`),
      `production CSID expires ${result.csidExpiresAt.toISOString()}`,
      keyStored
        ? `key: in ${flags.stateDir} (unit.json, mode 0600)`
        : `key: ${keyFile}${createdKeyFile ? ' (new, mode 0600)' : ''} — keep it safe; the state directory does not hold it`,
    ];
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  });
}

/**
 * `fatoora renew --otp <code>`: renews the unit's production CSID before it expires, with a new
 * CSR from the same key and CSR configuration and a fresh OTP from the Fatoora portal. Pending
 * documents are sent first: they are signed with the current certificate.
 */
import { parseCommandArguments, requiredFlag } from '../arguments.ts';
import type { CliIo } from '../io.ts';
import { toJson } from '../json.ts';
import { describeEndpoint } from '../lifecycle/endpoint.ts';
import { LIFECYCLE_HELP, LIFECYCLE_OPTIONS, readLifecycleFlags } from '../lifecycle/lifecycle-flags.ts';
import { openUnit } from '../lifecycle/open-unit.ts';
import { withTypedErrors } from '../lifecycle/typed-errors.ts';
import { USAGE_LINES } from './usage-lines.ts';

/**
 * `fatoora renew --help`; its first line is the summary `fatoora --help` lists.
 *
 * @example
 * ```ts
 * io.stdout(`${renewHelp}\n`);
 * ```
 */
export const renewHelp = `${USAGE_LINES.renew}
  Renews the production CSID (a new CSR from the unit's key and configuration). The outbox is
  sent first; renewal fails if documents stay pending.
  --otp <code>         a fresh OTP from the Fatoora portal
${LIFECYCLE_HELP}`;

/**
 * Runs `renew`; resolves to the exit code.
 *
 * @throws {UsageError} for bad usage or a missing key.
 * @throws {LifecycleError} `renewal-failed`, `outbox-not-empty`, `not-onboarded`.
 * @example
 * ```ts
 * await renew(['--otp', '123345'], io);
 * ```
 */
export async function renew(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArguments(
    'renew',
    args,
    { ...LIFECYCLE_OPTIONS, otp: { type: 'string' } },
    { min: 0, max: 0, names: '' },
  );
  const flags = readLifecycleFlags(values, io);
  const otp = requiredFlag('renew', values, 'otp');
  return withTypedErrors(async () => {
    const { egs, endpoint } = await openUnit('renew', flags, io, { needsKey: true });
    const result = await egs.renew({ otp, environment: endpoint.environment });
    io.stdout(
      flags.json
        ? `${toJson({ unitId: flags.unitId, endpoint, ...result })}\n`
        : `unit ${flags.unitId}: production CSID renewed with ${describeEndpoint(endpoint)}\n` +
            `  replaced CSID would have expired ${result.previousExpiresAt.toISOString()}\n` +
            `  new CSID expires ${result.csidExpiresAt.toISOString()}\n`,
    );
    return 0;
  });
}

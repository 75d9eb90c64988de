/**
 * `fatoora renew --otp <code>`: renews the unit's production CSID before it expires, with a new
 * CSR from the same key and CSR configuration and a fresh OTP from the Fatoora portal. Pending
 * documents are sent first: they are signed with the current certificate. A renewal the platform
 * answered with a compliance CSID (428) and that stopped part-way goes on with `--resume` (its OTP
 * is spent), or is given up with `--abandon` so that the next `--otp` starts afresh.
 */
import { parseCommandArguments, requiredFlag } from '../arguments.ts';
import type { CliIo } from '../io.ts';
import { toJson } from '../json.ts';
import { describeEndpoint } from '../lifecycle/endpoint.ts';
import { LIFECYCLE_HELP, LIFECYCLE_OPTIONS, readLifecycleFlags } from '../lifecycle/lifecycle-flags.ts';
import { openUnit } from '../lifecycle/open-unit.ts';
import { withTypedErrors } from '../lifecycle/typed-errors.ts';
import { UsageError } from '../usage-error.ts';
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
  --resume             go on with a renewal that stopped part-way (no OTP: it was spent)
  --abandon            give up a renewal that stopped part-way; the current CSID stays
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
    {
      ...LIFECYCLE_OPTIONS,
      otp: { type: 'string' },
      resume: { type: 'boolean' },
      abandon: { type: 'boolean' },
    },
    { min: 0, max: 0, names: '' },
  );
  const flags = readLifecycleFlags(values, io);
  const mode = values.abandon === true ? 'abandon' : values.resume === true ? 'resume' : 'renew';
  if (values.abandon === true && values.resume === true) {
    throw new UsageError('renew: give --resume or --abandon, not both');
  }
  if (mode !== 'renew' && values.otp !== undefined) {
    throw new UsageError(`renew: --${mode} takes no --otp (start a new renewal with --otp alone)`);
  }
  const otp = mode === 'renew' ? requiredFlag('renew', values, 'otp') : undefined;
  return withTypedErrors(async () => {
    const { egs, endpoint } = await openUnit('renew', flags, io, { needsKey: mode !== 'abandon' });
    if (mode === 'abandon') {
      const abandoned = await egs.abandonRenewal();
      io.stdout(
        flags.json
          ? `${toJson({ unitId: flags.unitId, endpoint, abandoned })}\n`
          : abandoned
            ? `unit ${flags.unitId}: the renewal under way was given up; the current production CSID stays in use\n`
            : `unit ${flags.unitId}: no renewal was under way\n`,
      );
      return 0;
    }
    const result = await egs.renew({
      ...(otp !== undefined ? { otp } : {}),
      environment: endpoint.environment,
    });
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

/**
 * `fatoora report`: drains the unit's outbox — simplified documents to report and standard ones
 * whose clearance did not get through — earliest deadline first, going on past a document that
 * stays pending (the platform takes a later document before an earlier stuck one, fatoora-api.md
 * §9), printing what became of each. Documents whose backoff after a failed
 * attempt has not run out wait, unless `--force`. Exit code 1 when a document was rejected or the
 * outbox is not empty afterwards.
 */
import { parseCommandArguments } from '../arguments.ts';
import type { CliIo } from '../io.ts';
import { printDrainOutcome } from '../lifecycle/drain-outcome.ts';
import { LIFECYCLE_HELP, LIFECYCLE_OPTIONS, readLifecycleFlags } from '../lifecycle/lifecycle-flags.ts';
import { openUnit } from '../lifecycle/open-unit.ts';
import { withTypedErrors } from '../lifecycle/typed-errors.ts';
import { USAGE_LINES } from './usage-lines.ts';

/**
 * `fatoora report --help`; its first line is the summary `fatoora --help` lists.
 *
 * @example
 * ```ts
 * io.stdout(`${reportHelp}\n`);
 * ```
 */
export const reportHelp = `${USAGE_LINES.report}
  Sends the outbox earliest deadline first: pending simplified documents (reporting, due 24 hours
  after issue) and pending clearances; one that stays pending holds up none of the others.
  Cleared XML goes to <state-dir>/invoices/<unit>/.
  --force              also send documents whose retry backoff has not run out
${LIFECYCLE_HELP}`;

/**
 * Runs `report`; resolves to the exit code.
 *
 * @throws {UsageError} for bad usage.
 * @throws {LifecycleError} for a unit not onboarded or a store failure.
 * @example
 * ```ts
 * await report(['--state-dir', '.fatoora'], io);
 * ```
 */
export async function report(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArguments(
    'report',
    args,
    { ...LIFECYCLE_OPTIONS, force: { type: 'boolean' } },
    { min: 0, max: 0, names: '' },
  );
  const flags = readLifecycleFlags(values, io);
  return withTypedErrors(async () => {
    const { egs } = await openUnit('report', flags, io);
    const result = await egs.drainOutbox(values.force === true ? { force: true } : {});
    return printDrainOutcome('report', io, flags, egs, result, () => true);
  });
}

/**
 * `fatoora clear [<icv>]`: sends the unit's pending clearances again, now — all of them, or the
 * one with the given ICV. Pending documents before them in the chain, simplified ones included, are
 * sent with them, earliest deadline first (ZATCA takes documents out of chain order, so a stuck one
 * holds up none of the others); later simplified documents stay in the outbox for
 * `fatoora report`. A cleared document's XML, as the platform returned it, is written to the state
 * directory.
 */
import { EgsError } from '@fatoora/core/errors';
import { type ComplianceDocumentKind, submissionRouteOf } from '@fatoora/core/model';
import { parseCommandArguments } from '../arguments.ts';
import type { CliIo } from '../io.ts';
import { toJson } from '../json.ts';
import { printDrainOutcome } from '../lifecycle/drain-outcome.ts';
import { writeInvoiceXml } from '../lifecycle/invoice-files.ts';
import { invoiceJson, invoiceLines } from '../lifecycle/invoice-view.ts';
import { LIFECYCLE_HELP, LIFECYCLE_OPTIONS, readLifecycleFlags } from '../lifecycle/lifecycle-flags.ts';
import { openUnit } from '../lifecycle/open-unit.ts';
import { withTypedErrors } from '../lifecycle/typed-errors.ts';
import { UsageError } from '../usage-error.ts';
import { USAGE_LINES } from './usage-lines.ts';

/**
 * `fatoora clear --help`; its first line is the summary `fatoora --help` lists.
 *
 * @example
 * ```ts
 * io.stdout(`${clearHelp}\n`);
 * ```
 */
export const clearHelp = `${USAGE_LINES.clear}
  Retries the pending clearances now (standard documents whose clearance did not get through),
  or only the document with ICV <icv>. Pending documents before them in the chain are sent with
  them, earliest deadline first; one that fails again holds up none of the others.
${LIFECYCLE_HELP}`;

/**
 * Runs `clear`; resolves to the exit code.
 *
 * @throws {UsageError} for bad usage, an unknown ICV or one that is not a clearance.
 * @throws {LifecycleError} for a unit not onboarded or a store failure.
 * @example
 * ```ts
 * await clear(['7'], io);
 * ```
 */
export async function clear(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArguments(
    'clear',
    args,
    { ...LIFECYCLE_OPTIONS },
    { min: 0, max: 1, names: '[<icv>]' },
  );
  const flags = readLifecycleFlags(values, io);
  const icv = positionals[0] === undefined ? undefined : readIcv(positionals[0]);
  return withTypedErrors(async () => {
    const { egs } = await openUnit('clear', flags, io);
    if (!egs.onboarded) {
      throw new EgsError('not-onboarded', `Unit ${flags.unitId} has no production CSID yet.`);
    }
    if (icv === undefined) {
      const clearances = (await egs.pending()).filter(isStandard);
      const upTo = clearances.at(-1)?.counter;
      if (upTo === undefined) {
        io.stdout(
          flags.json
            ? `${toJson({ settled: [], remaining: await egs.pending() })}\n`
            : 'no pending clearance\n',
        );
        return 0;
      }
      const result = await egs.drainOutbox({ upTo, force: true });
      return printDrainOutcome('clear', io, flags, egs, result, isStandard);
    }
    const document = await egs.document(icv);
    if (document === undefined)
      throw new UsageError(`clear: unit ${flags.unitId} has no document with ICV ${icv}`);
    if (!isStandard(document)) {
      throw new UsageError(
        `clear: ICV ${icv} is a ${document.kind} (reporting), not a clearance: use fatoora report`,
      );
    }
    if (document.state !== 'pending') {
      const written =
        document.state === 'cleared'
          ? writeInvoiceXml(io, document, { stateDir: flags.stateDir, unitId: flags.unitId })
          : undefined;
      io.stdout(
        flags.json
          ? `${toJson(invoiceJson(document, written))}\n`
          : `${invoiceLines(document, written).join('\n')}\n`,
      );
      return document.state === 'rejected' ? 1 : 0;
    }
    const result = await egs.drainOutbox({ upTo: icv, force: true });
    return printDrainOutcome('clear', io, flags, egs, result, (item) => item.counter === icv);
  });
}

/**
 * Whether a document is cleared rather than reported: a standard one, whatever route its last
 * attempt took (one reported while clearance was switched off goes to clearance first again).
 */
function isStandard(document: { readonly kind: ComplianceDocumentKind }): boolean {
  return submissionRouteOf(document.kind) === 'clearance';
}

function readIcv(text: string): number {
  const value = /^\d{1,15}$/.test(text) ? Number(text) : Number.NaN;
  if (!(value >= 1)) throw new UsageError(`clear: <icv> must be a whole number from 1, not ${text}`);
  return value;
}

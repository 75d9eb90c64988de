/**
 * `fatoora issue <draft.json>`: issues a document on the unit's chain — the unit assigns its ICV,
 * PIH and UUID, validates, builds, signs and stores it — then clears a standard document at once,
 * and queues a simplified one for `fatoora report` (or reports it at once with `--report-now`).
 * Writes the XML for the buyer (ZATCA's cleared XML, or the signed simplified one) to `--out` or
 * the state directory, and prints ICV, UUID, hash, status and ZATCA's messages. Exit code 1 when
 * the draft is invalid (every fault, with its rule id), the platform rejected the document, or a
 * standard document could not be cleared yet.
 */
import { InputError, ValidationError } from '@fatoora/core/errors';
import { parseCommandArguments } from '../arguments.ts';
import type { CliIo } from '../io.ts';
import { toJson } from '../json.ts';
import { writeInvoiceXml } from '../lifecycle/invoice-files.ts';
import { invoiceJson, invoiceLines } from '../lifecycle/invoice-view.ts';
import { LifecycleError } from '../lifecycle/lifecycle-error.ts';
import { LIFECYCLE_HELP, LIFECYCLE_OPTIONS, readLifecycleFlags } from '../lifecycle/lifecycle-flags.ts';
import { openUnit } from '../lifecycle/open-unit.ts';
import { readDraft } from '../lifecycle/read-draft.ts';
import { withTypedErrors } from '../lifecycle/typed-errors.ts';
import { USAGE_LINES } from './usage-lines.ts';

/**
 * `fatoora issue --help`; its first line is the summary `fatoora --help` lists.
 *
 * @example
 * ```ts
 * io.stdout(`${issueHelp}\n`);
 * ```
 */
export const issueHelp = `${USAGE_LINES.issue}
  Issues an invoice, credit note or debit note from a draft: the invoice model as JSON without
  counter, previousInvoiceHash and uuid (the unit assigns them; issueDate/issueTime default to
  now). Standard documents are cleared at once; simplified ones wait for fatoora report.
  --report-now         report a simplified document at once
  --out <file>         where to write the XML (default <state-dir>/invoices/<unit>/<ICV>-<id>.xml)
${LIFECYCLE_HELP}`;

/**
 * Runs `issue`; resolves to the exit code.
 *
 * @throws {UsageError} for bad usage or an unreadable draft.
 * @throws {LifecycleError} for an invalid draft (its faults), a unit not onboarded, a store failure.
 * @example
 * ```ts
 * await issue(['examples/simplified-invoice.json', '--report-now'], io);
 * ```
 */
export async function issue(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArguments(
    'issue',
    args,
    { ...LIFECYCLE_OPTIONS, 'report-now': { type: 'boolean' }, out: { type: 'string' } },
    { min: 1, max: 1, names: '<draft.json>' },
  );
  const flags = readLifecycleFlags(values, io);
  const path = positionals[0]!;
  const draft = readDraft(io, path);
  return withTypedErrors(async () => {
    const { egs } = await openUnit('issue', flags, io, { needsKey: true });
    let issued: Awaited<ReturnType<typeof egs.issue>>;
    try {
      issued = await egs.issue(draft, { reportNow: values['report-now'] === true });
    } catch (error) {
      // A value of the draft that signing refuses (the QR's seller name, say) is an invalid
      // document — exit 1 like any other fault of the draft — not bad usage (2).
      if (error instanceof InputError) {
        throw new LifecycleError(
          `${path}: invalid draft, nothing issued: ${error.rule}  ${error.field}: ${error.message}`,
        );
      }
      if (!(error instanceof ValidationError)) throw error;
      if (flags.json) io.stdout(`${toJson({ error: error.code, faults: error.faults })}\n`);
      throw new LifecycleError(
        [
          `${path}: invalid draft, nothing issued (${error.faults.length} fault${error.faults.length === 1 ? '' : 's'}):`,
          ...error.faults.map((fault) => `  ${fault.rule}  ${fault.path}: ${fault.message}`),
        ].join('\n'),
      );
    }
    const written = writeInvoiceXml(io, issued, {
      stateDir: flags.stateDir,
      unitId: flags.unitId,
      out: typeof values.out === 'string' ? values.out : undefined,
    });
    io.stdout(
      flags.json
        ? `${toJson(invoiceJson(issued, written))}\n`
        : `${invoiceLines(issued, written).join('\n')}\n`,
    );
    if (issued.state === 'rejected') {
      io.stderr(
        `fatoora issue: ZATCA rejected ICV ${issued.counter}; it keeps its place in the chain: issue a corrected document\n`,
      );
      return 1;
    }
    if (issued.state === 'pending' && issued.route === 'clearance') {
      io.stderr(
        `fatoora issue: ICV ${issued.counter} is not cleared yet and must not go to the buyer: retry with fatoora clear\n`,
      );
      return 1;
    }
    return 0;
  });
}

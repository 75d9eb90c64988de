/**
 * What `fatoora report` and `fatoora clear` print after draining the outbox: each document the
 * drain settled (reported, cleared or rejected) with ZATCA's messages — a cleared document's
 * stamped XML written to the state directory — then what is still pending, with its deadline and
 * last error. The exit code is 1 when a document was rejected or one the command was asked to
 * send is still pending.
 */
import type { DrainResult, Egs, IssuedInvoice, OutboxItem } from '@fatoora/core/egs';
import type { CliIo } from '../io.ts';
import { toJson } from '../json.ts';
import { type WrittenInvoice, writeInvoiceXml } from './invoice-files.ts';
import { invoiceJson, messageLines, outboxLine } from './invoice-view.ts';
import type { LifecycleFlags } from './lifecycle-flags.ts';

/**
 * Prints a drain's outcome and returns the exit code.
 *
 * @throws {StoreError} when a settled document cannot be read back.
 * @throws {UsageError} when a cleared document's XML cannot be written.
 * @example
 * ```ts
 * return printDrainOutcome('report', io, flags, egs, await egs.drainOutbox(), () => true);
 * ```
 */
export async function printDrainOutcome(
  command: string,
  io: CliIo,
  flags: LifecycleFlags,
  egs: Egs,
  result: DrainResult,
  wanted: (item: OutboxItem) => boolean,
): Promise<number> {
  const settled: { invoice: IssuedInvoice; written?: WrittenInvoice }[] = [];
  for (const { counter } of result.settled) {
    const invoice = await egs.document(counter);
    if (invoice === undefined) continue;
    const written =
      invoice.state === 'cleared'
        ? writeInvoiceXml(io, invoice, { stateDir: flags.stateDir, unitId: flags.unitId })
        : undefined;
    settled.push({ invoice, ...(written ? { written } : {}) });
  }
  const stillWanted = result.remaining.filter(wanted);
  const rejected = settled.filter(({ invoice }) => invoice.state === 'rejected');

  if (flags.json) {
    io.stdout(
      `${toJson({
        settled: settled.map(({ invoice, written }) => invoiceJson(invoice, written)),
        remaining: result.remaining,
        stuck: result.stuck.map((item) => item.counter),
      })}\n`,
    );
  } else {
    const lines: string[] = [];
    for (const { invoice, written } of settled) {
      lines.push(`ICV ${invoice.counter}  ${invoice.id}  ${invoice.kind}  ${invoice.state}`);
      if (written) lines.push(`  XML ${written.path}`);
      lines.push(...messageLines(invoice.messages));
    }
    if (result.remaining.length > 0) {
      lines.push(
        `still pending (${result.remaining.length}):`,
        ...result.remaining.map((item) => `  ${outboxLine(item)}`),
      );
    }
    const counts = ['reported', 'cleared', 'rejected'].map(
      (state) => `${settled.filter(({ invoice }) => invoice.state === state).length} ${state}`,
    );
    lines.push(
      settled.length === 0 && result.remaining.length === 0
        ? 'outbox empty: nothing to send'
        : `${counts.join(', ')}; ${result.remaining.length} pending`,
    );
    io.stdout(`${lines.join('\n')}\n`);
  }
  if (rejected.length > 0) {
    io.stderr(
      `fatoora ${command}: ZATCA rejected ICV ${rejected.map(({ invoice }) => invoice.counter).join(', ')}: each keeps its place in the chain; issue corrected documents\n`,
    );
  }
  if (stillWanted.length > 0) {
    io.stderr(
      `fatoora ${command}: ${stillWanted.length} document${stillWanted.length === 1 ? '' : 's'} still pending: try again later\n`,
    );
  }
  return rejected.length > 0 || stillWanted.length > 0 ? 1 : 0;
}

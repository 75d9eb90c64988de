/**
 * A child process for the Egs crash test: opens an onboarded EGS unit (its private key stored in
 * its record) on a FileEgsStore and issues documents against the simulator at the given URL, in a
 * loop until it is killed — simplified ones reported at once (`reportNow`), standard ones cleared —
 * printing each document's ICV on its own line as soon as `issue` returns (so the parent knows what
 * was acknowledged). It prints `ready` once the unit is open. A document that comes back neither
 * reported nor cleared ends the worker with exit code 1 and the reason on standard error, so the
 * parent sees it instead of a SIGKILL.
 *
 * Run: `node --import tsx issue-worker.ts <directory> <unitId> <simulator URL>`
 */
import { Egs } from '@fatoora/core/egs';
import { draftOf } from '@fatoora/test-support-core/egs-drafts';
import { FileEgsStore } from '../../src/file-store.ts';

/** The kinds issued in turn: simplified and standard alternating, each type code in its turn. */
const KINDS = [
  'simplified-invoice',
  'standard-invoice',
  'simplified-credit-note',
  'standard-credit-note',
  'simplified-debit-note',
  'standard-debit-note',
] as const;

const [directory, unitId, simulatorUrl] = process.argv.slice(2);
if (directory === undefined || unitId === undefined || simulatorUrl === undefined) {
  throw new Error('usage: issue-worker.ts <directory> <unitId> <simulator URL>');
}
const store = await FileEgsStore.open({ directory, lockTimeoutMs: 60_000 });
const egs = await Egs.open({
  store,
  unitId,
  client: { baseUrl: simulatorUrl, environment: 'simulation', retry: false },
});
process.stdout.write('ready\n');
for (let index = 0; ; index++) {
  const kind = KINDS[index % KINDS.length]!;
  const issued = await egs.issue(draftOf(kind, `${process.pid}-${index + 1}`), { reportNow: true });
  const expected = kind.startsWith('standard') ? 'cleared' : 'reported';
  if (issued.state !== expected) {
    process.stderr.write(
      `ICV ${issued.counter} (${kind}) came back ${issued.state}, not ${expected}: ${JSON.stringify(issued.lastError ?? issued.messages)}\n`,
    );
    process.exit(1);
  }
  process.stdout.write(`${issued.counter}\n`);
}

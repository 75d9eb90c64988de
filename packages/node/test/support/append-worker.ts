/**
 * A child process for the file store's crash and multi-process tests: opens a FileEgsStore and
 * appends fake documents to one unit, printing each committed ICV on its own line (so the parent
 * knows what was acknowledged), `count` times or, with 0, until it is killed. It prints `ready` once
 * the store is open and, with `--wait-for-go`, starts only when the file `<directory>/go` appears,
 * so that several workers can be started at the same moment whatever their start-up times; with
 * `--pause` it rests up to 10 ms between appends, as a till does between sales, so that concurrent
 * workers take turns at the lock.
 *
 * Run: `node --import tsx append-worker.ts <directory> <unitId> <count> [--wait-for-go] [--pause]`
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fakeDocument } from '@fatoora/test-support/egs-fakes';
import { FileEgsStore } from '../../src/file-store.ts';

const [directory, unitId, countText, ...flags] = process.argv.slice(2);
if (directory === undefined || unitId === undefined || countText === undefined) {
  throw new Error('usage: append-worker.ts <directory> <unitId> <count>');
}
const count = Number(countText);
const store = await FileEgsStore.open({ directory, lockTimeoutMs: 60_000 });
process.stdout.write('ready\n');
while (flags.includes('--wait-for-go') && !existsSync(join(directory, 'go'))) {
  await new Promise((resolve) => setTimeout(resolve, 2));
}
for (let index = 0; count === 0 || index < count; index++) {
  const record = await store.appendDocument(unitId, (head) =>
    fakeDocument(unitId, head, { id: `${process.pid}-${head.counter + 1}` }),
  );
  process.stdout.write(`${record.counter}\n`);
  if (flags.includes('--pause')) await new Promise((resolve) => setTimeout(resolve, Math.random() * 10));
}

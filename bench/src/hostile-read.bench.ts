/**
 * `pnpm bench` (fourth part, issue 9): reading a 1 MB namespace-heavy document (issue 9's flood,
 * `HOSTILE_SHAPES.namespaces`) as a ratio to reading a 1 MB ordinary invoice (built with
 * `buildInvoice` from a model with enough lines), with `readXml` and with `hashInvoice`. The flood
 * is read twice: with the limits raised so that it is read in full (the linear-time claim: the
 * ratio stays near 1), and with the default limits, which refuse it (the refusal's time). Figures
 * are only comparable within a run.
 */
import { buildInvoice, hashInvoice } from '@fatoora/core';
import { readXml } from '@fatoora/core/xml';
import { HOSTILE_SHAPES, UNLIMITED } from '@fatoora/test-support/hostile-xml';
import { Bench } from 'tinybench';
import { benchInvoice } from './bench-invoice.ts';
import { meanMs, printMeans } from './bench-report.ts';

const MEGABYTE = 1024 * 1024;

// Scale the line count from a ten-line invoice so that the whole is about 1 MB.
const ten = buildInvoice(benchInvoice(10)).xml;
const hundred = buildInvoice(benchInvoice(100)).xml;
const perLine = (hundred.length - ten.length) / 90;
const lineCount = Math.round(10 + (MEGABYTE - ten.length) / perLine);
const ordinary = buildInvoice(benchInvoice(lineCount)).xml;
const flood = HOSTILE_SHAPES.namespaces(MEGABYTE);
const bytes = (text: string) => new TextEncoder().encode(text).length;

let refusal = '';
try {
  readXml(flood);
} catch (error) {
  refusal = `${(error as { code?: string }).code}: ${(error as Error).message}`;
}
if (refusal === '') throw new Error('the default limits read the namespace flood instead of refusing it');
readXml(flood, UNLIMITED); // read in full with the limits raised

console.log('\nReading 1 MB of hostile XML (issue 9)');
console.log(`Ordinary invoice: buildInvoice with ${lineCount} lines, ${bytes(ordinary)} bytes`);
console.log(`Namespace flood: HOSTILE_SHAPES.namespaces(1 MiB), ${bytes(flood)} bytes`);
console.log(`With the default limits the flood is refused: ${refusal}`);

const refuse = (read: () => unknown) => () => {
  try {
    read();
  } catch {
    return;
  }
  throw new Error('not refused');
};

const bench = new Bench({ time: 2000, warmupTime: 500 });
bench
  .add('readXml ordinary 1 MB invoice', () => {
    readXml(ordinary);
  })
  .add('readXml namespace flood, limits raised (read in full)', () => {
    readXml(flood, UNLIMITED);
  })
  .add(
    'readXml namespace flood, default limits (refused)',
    refuse(() => readXml(flood)),
  )
  .add('hashInvoice ordinary 1 MB invoice', () => {
    hashInvoice(ordinary);
  })
  .add('hashInvoice namespace flood, limits raised (read in full)', () => {
    hashInvoice(flood, UNLIMITED);
  })
  .add(
    'hashInvoice namespace flood, default limits (refused)',
    refuse(() => hashInvoice(flood)),
  );
await bench.run();

const mean = (name: string) => meanMs(bench, name);
printMeans(bench, 'document');
// Per byte, so that the two documents' slightly different sizes do not count.
const perByte = bytes(ordinary) / bytes(flood);
for (const operation of ['readXml', 'hashInvoice']) {
  const base = mean(`${operation} ordinary`);
  const full = mean(`${operation} namespace flood, limits raised`) * perByte;
  const refused = mean(`${operation} namespace flood, default limits`);
  console.log(
    `${operation}: namespace flood / ordinary invoice, per byte: read in full ${(full / base).toFixed(2)}×; refused at once in ${refused.toFixed(3)} ms (${(refused / base).toFixed(3)}× reading the invoice)`,
  );
}

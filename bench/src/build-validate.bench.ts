/**
 * `pnpm bench` (second part): builds and validates the typical ten-line invoice from its model
 * with @fatoora/core — `buildInvoice` (which validates the model first), `validateInvoice` on the
 * model, and on the built XML read back — beside zatca-xml-js building its own invoice object
 * from its model (it validates nothing). Figures are only comparable within a run.
 */
import { buildInvoice, type Invoice, validateInvoice } from '@fatoora/core';
import { Bench } from 'tinybench';
import { benchInvoice } from './bench-invoice.ts';
import { meanMs, printMeans } from './bench-report.ts';
import { buildZatcaXmlJsInvoice } from './competitors.ts';

const invoice: Invoice = benchInvoice();

const now = new Date('2024-05-01T18:00:00+03:00');
const built = buildInvoice(invoice);
const faults = validateInvoice(built.xml, { now });
if (faults.length > 0) throw new Error(`the bench invoice has faults: ${JSON.stringify(faults)}`);

const bench = new Bench({ time: 2000, warmupTime: 500 });
bench
  .add('fatoora buildInvoice (validates the model, computes totals, writes UBL)', () => {
    buildInvoice(invoice);
  })
  .add('fatoora validateInvoice(model)', () => {
    validateInvoice(invoice, { now });
  })
  .add('fatoora buildInvoice + validateInvoice(model)', () => {
    validateInvoice(invoice, { now });
    buildInvoice(invoice);
  })
  .add('fatoora validateInvoice(xml) (parses, reads back, checks rules and written amounts)', () => {
    validateInvoice(built.xml, { now });
  })
  .add('zatca-xml-js new ZATCASimplifiedTaxInvoice (builds, no validation)', () => {
    buildZatcaXmlJsInvoice();
  });
await bench.run();

const mean = (name: string) => meanMs(bench, name);
console.log('\nBuilding and validating the ten-line invoice from its model');
printMeans(bench, 'invoice');
const ours = mean('fatoora buildInvoice + validateInvoice(model)');
console.log(
  `Ratio zatca-xml-js build / fatoora build+validate: ${(mean('zatca-xml-js') / ours).toFixed(2)}× (higher = fatoora faster)`,
);
console.log(`fatoora buildInvoice + validateInvoice: ${ours.toFixed(3)} ms per invoice (target < 0.5 ms)`);

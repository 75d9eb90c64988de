/**
 * `pnpm bench` (second part): builds and validates the typical ten-line invoice from its model
 * with @fatoora/core — `buildInvoice` (which validates the model first), `validateInvoice` on the
 * model, and on the built XML read back — beside zatca-xml-js building its own invoice object
 * from its model (it validates nothing). Figures are only comparable within a run.
 */
import { buildInvoice, FIRST_PREVIOUS_INVOICE_HASH, type Invoice, validateInvoice } from '@fatoora/core';
import { Bench } from 'tinybench';
import { buildZatcaXmlJsInvoice, LINES } from './competitors.ts';

const invoice: Invoice = {
  id: 'SME00010',
  uuid: '6f4d20e0-6bfe-4a80-9389-7dabe6620f12',
  issueDate: '2024-05-01',
  issueTime: '17:41:08',
  typeCode: '388',
  transaction: {
    subtype: 'simplified',
    thirdParty: false,
    nominal: false,
    export: false,
    summary: false,
    selfBilled: false,
  },
  counter: 1,
  previousInvoiceHash: FIRST_PREVIOUS_INVOICE_HASH,
  seller: {
    name: 'Maximum Speed Tech Supply LTD',
    vatNumber: '399999999900003',
    identification: { scheme: 'CRN', value: '1010010000' },
    address: {
      street: 'Prince Sultan',
      buildingNumber: '2322',
      citySubdivision: 'Al-Murabba',
      city: 'Riyadh',
      postalCode: '23333',
      country: 'SA',
    },
  },
  supplyDate: '2024-05-01',
  lines: LINES.map(([name, quantity, price], index) => ({
    id: String(index + 1),
    name,
    quantity: String(quantity),
    price: price.toFixed(2),
    taxCategory: 'S',
    taxRate: '15',
  })),
};

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

const mean = (name: string) => {
  const task = bench.tasks.find((candidate) => candidate.name.startsWith(name));
  const result = task?.result as { latency?: { mean: number }; mean?: number } | undefined;
  const value = result?.latency?.mean ?? result?.mean;
  if (value === undefined) throw new Error(`no result for ${name}`);
  return value;
};
console.log('\nBuilding and validating the ten-line invoice from its model');
console.table(
  bench.tasks.map((task) => ({ task: task.name, 'ms per invoice': Number(mean(task.name).toFixed(3)) })),
);
const ours = mean('fatoora buildInvoice + validateInvoice(model)');
console.log(
  `Ratio zatca-xml-js build / fatoora build+validate: ${(mean('zatca-xml-js') / ours).toFixed(2)}× (higher = fatoora faster)`,
);
console.log(`fatoora buildInvoice + validateInvoice: ${ours.toFixed(3)} ms per invoice (target < 0.5 ms)`);

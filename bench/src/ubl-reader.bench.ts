/**
 * `pnpm bench` (fifth part, issue 11 §3): core's one UBL reader (the path functions of
 * `@fatoora/core/ubl`, hand-written over the DOM `readXml` builds) against the same reading done
 * with the `xpath` package, on every ZATCA SDK sample (R3.4.8 and R4.0.0). The rule: core reads
 * UBL with xpath unless that costs signing or verification more than 10%.
 *
 * xpath cannot walk `readXml`'s DOM (shown first, below), so an xpath reader needs an xmldom DOM
 * of the text the strict reader admitted: `parseXml`, whose cost beyond `readXml` is the DOM's.
 * Signing reads the invoice facts once; verification reads them and the QR reference. Swapping the
 * reader changes their time by (xpath reader − path reader), so the ratios printed are
 * (operation − path reader + xpath reader) / operation, every term measured in this run:
 * once with the xmldom DOM built for xpath (what adopting it would cost), and once as if a DOM it
 * can walk came free (xpath's evaluation alone, its best case). xpath's expressions are compiled
 * once (`xpath.parse`), also its best case. Figures are only comparable within a run.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import {
  decodeQr,
  importPrivateKey,
  parseCertificate,
  signInvoice,
  stripSignature,
  verifyInvoice,
} from '@fatoora/core';
import {
  attributeAt,
  documentReference,
  elementAt,
  elementsAt,
  invoiceRootOf,
  textAt,
  valueAt,
} from '@fatoora/core/ubl';
import { NS, parseXml, readXml } from '@fatoora/core/xml';
import { ZATCA_SDK_DATA_URL } from '@fatoora/test-support/zatca-sdk-paths';
import xpath from 'xpath';

// The folder of expected-hashes.tsv, whose paths (`Data/…`, `sdk-238-R4.0.0/Data/…`) start there.
const fixtures = new URL('../', ZATCA_SDK_DATA_URL);
const paths = readFileSync(new URL('expected-hashes.tsv', fixtures), 'utf8')
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.split('\t')[0]!);
const signedSamples = paths.map((path) => readFileSync(new URL(path, fixtures), 'utf8'));
const unsignedSamples = signedSamples.map((xml) => stripSignature(xml));
const privateKey = importPrivateKey(
  readFileSync(new URL('Data/Certificates/ec-secp256k1-priv-key.pem', fixtures), 'utf8').trim(),
);
const certificate = parseCertificate(
  readFileSync(new URL('Data/Certificates/cert.pem', fixtures), 'utf8').trim(),
);
const sign = (xml: string) =>
  signInvoice(xml, { privateKey, certificate, signingTime: '2024-01-01T00:00:00' });

/** What signing reads of an invoice (QR tags 1–5, its kind, PIH, ICV) and what verification adds. */
interface Facts {
  simplified: boolean;
  sellerName: string | undefined;
  vatNumber: string | undefined;
  timestamp: string | undefined;
  invoiceTotal: string | undefined;
  vatTotal: string | undefined;
  previousInvoiceHash: string | undefined;
  invoiceCounter: string | undefined;
  qr?: string | undefined;
}

const joinTimestamp = (date: string | undefined, time: string | undefined) =>
  date !== undefined && time !== undefined ? `${date}T${time}` : undefined;

/** Core's reader, with the very calls of `signing/invoice-facts.ts` and `verifyInvoice`'s QR check. */
function readByPath(document: ReturnType<typeof readXml>, withQr: boolean): Facts {
  const root = invoiceRootOf(document);
  if (!root) throw new Error('not an invoice');
  const supplier = elementAt(root, 'cac:AccountingSupplierParty', 'cac:Party');
  const taxCurrency = textAt(root, 'cbc:TaxCurrencyCode') || 'SAR';
  const amounts = elementsAt(root, 'cac:TaxTotal').flatMap(
    (total) => elementAt(total, 'cbc:TaxAmount') ?? [],
  );
  const facts: Facts = {
    simplified: (attributeAt(root, 'name', 'cbc:InvoiceTypeCode') ?? '').startsWith('02'),
    sellerName: valueAt(supplier, 'cac:PartyLegalEntity', 'cbc:RegistrationName'),
    vatNumber: valueAt(supplier, 'cac:PartyTaxScheme', 'cbc:CompanyID'),
    timestamp: joinTimestamp(valueAt(root, 'cbc:IssueDate'), valueAt(root, 'cbc:IssueTime')),
    invoiceTotal: valueAt(root, 'cac:LegalMonetaryTotal', 'cbc:PayableAmount'),
    vatTotal: valueAt(
      amounts.find((amount) => amount.getAttribute('currencyID') === taxCurrency) ?? amounts[0],
    ),
    previousInvoiceHash: valueAt(
      documentReference(root, 'PIH', 'exact'),
      'cac:Attachment',
      'cbc:EmbeddedDocumentBinaryObject',
    ),
    invoiceCounter: valueAt(documentReference(root, 'ICV', 'exact'), 'cbc:UUID'),
  };
  if (withQr) {
    const qr = documentReference(root, 'QR', 'exact');
    facts.qr = valueAt(qr, 'cac:Attachment', 'cbc:EmbeddedDocumentBinaryObject');
  }
  return facts;
}

/** A compiled expression (`xpath.parse`, in the package's README but not in its typings). */
interface CompiledXPath {
  select(options: { node: Node; namespaces: Record<string, string> }): Node[];
  evaluateString(options: { node: Node; namespaces: Record<string, string> }): string;
}
const compile = (xpath as unknown as { parse(expression: string): CompiledXPath }).parse;
const namespaces = { inv: NS.invoice, cac: NS.cac, cbc: NS.cbc };
// Relative to the root, first match at each step ([1]), as core's reader reads them.
const SUPPLIER = 'cac:AccountingSupplierParty[1]/cac:Party[1]';
const reference = (id: string) => `cac:AdditionalDocumentReference[cbc:ID[1] = '${id}'][1]`;
const ATTACHMENT = 'cac:Attachment[1]/cbc:EmbeddedDocumentBinaryObject[1]';
const X = {
  root: compile('self::inv:Invoice'),
  transaction: compile('string(cbc:InvoiceTypeCode[1]/@name)'),
  sellerName: compile(`${SUPPLIER}/cac:PartyLegalEntity[1]/cbc:RegistrationName[1]`),
  vatNumber: compile(`${SUPPLIER}/cac:PartyTaxScheme[1]/cbc:CompanyID[1]`),
  issueDate: compile('cbc:IssueDate[1]'),
  issueTime: compile('cbc:IssueTime[1]'),
  invoiceTotal: compile('cac:LegalMonetaryTotal[1]/cbc:PayableAmount[1]'),
  taxCurrency: compile('cbc:TaxCurrencyCode[1]'),
  taxAmounts: compile('cac:TaxTotal/cbc:TaxAmount[1]'),
  previousInvoiceHash: compile(`${reference('PIH')}/${ATTACHMENT}`),
  invoiceCounter: compile(`${reference('ICV')}/cbc:UUID[1]`),
  qr: compile(`${reference('QR')}/${ATTACHMENT}`),
};

/** The same facts through xpath, from the root element of a DOM xpath can walk. */
function readByXpath(root: Node, withQr: boolean): Facts {
  const node = { node: root, namespaces };
  const text = (expression: CompiledXPath) => expression.select(node)[0]?.textContent ?? undefined;
  if (X.root.select(node).length === 0) throw new Error('not an invoice');
  const taxCurrency = text(X.taxCurrency)?.trim() || 'SAR';
  const amounts = X.taxAmounts.select(node) as Element[];
  const facts: Facts = {
    simplified: X.transaction.evaluateString(node).startsWith('02'),
    sellerName: text(X.sellerName),
    vatNumber: text(X.vatNumber),
    timestamp: joinTimestamp(text(X.issueDate), text(X.issueTime)),
    invoiceTotal: text(X.invoiceTotal),
    vatTotal: (amounts.find((amount) => amount.getAttribute('currencyID') === taxCurrency) ?? amounts[0])
      ?.textContent,
    previousInvoiceHash: text(X.previousInvoiceHash),
    invoiceCounter: text(X.invoiceCounter),
  };
  if (withQr) facts.qr = text(X.qr);
  return facts;
}

const xmldomRoot = (xml: string) => parseXml(xml).documentElement as unknown as Node;

// Step 1: xpath over readXml's own DOM.
let overLightDom: string;
try {
  const root = readXml(unsignedSamples[0]!).documentElement as unknown as Node;
  const same =
    JSON.stringify(readByXpath(root, false)) ===
    JSON.stringify(readByPath(readXml(unsignedSamples[0]!), false));
  overLightDom = same ? 'works' : 'reads wrong values (attributes and text are not DOM nodes to it)';
} catch (error) {
  overLightDom = `fails: ${(error as Error).message}`;
}
try {
  xpath.select('cbc:ID', readXml(unsignedSamples[0]!) as unknown as Node);
} catch (error) {
  overLightDom += `; from the document node: ${(error as Error).message}`;
}

// Both readers agree on every sample, and read what signInvoice writes into the QR.
for (const [index, xml] of signedSamples.entries()) {
  const byPath = readByPath(readXml(xml), true);
  const byXpath = readByXpath(xmldomRoot(xml), true);
  if (JSON.stringify(byPath) !== JSON.stringify(byXpath))
    throw new Error(`readers disagree on ${paths[index]}`);
  const qr = decodeQr(sign(unsignedSamples[index]!).qr);
  for (const field of ['sellerName', 'vatNumber', 'timestamp', 'invoiceTotal', 'vatTotal'] as const) {
    if (qr[field] !== byPath[field])
      throw new Error(`${paths[index]}: QR ${field} is not what the reader read`);
  }
}

const lightDocuments = signedSamples.map((xml) => readXml(xml));
const xmldomRoots = signedSamples.map(xmldomRoot);
const count = signedSamples.length;

const xpathVersion = (createRequire(import.meta.url)('xpath/package.json') as { version: string }).version;
console.log(
  `\nOne UBL reader: core's path reader vs xpath ${xpathVersion} (issue 11 §3) — ${new Date().toISOString()}`,
);
console.log(`Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}`);
console.log(`Documents: the ${count} ZATCA SDK samples of expected-hashes.tsv; figures are per document`);
console.log(`xpath over readXml's DOM: ${overLightDom}`);

/** A task over every sample: `work` on each. */
const each =
  <T>(items: readonly T[], work: (item: T) => unknown) =>
  (): void => {
    for (const item of items) work(item);
  };

/** Each task runs over every sample, `repeat` times per round (the readers are quick). */
const TASKS: readonly { name: string; repeat: number; run: () => void }[] = [
  { name: 'signInvoice', repeat: 1, run: each(unsignedSamples, sign) },
  { name: 'verifyInvoice', repeat: 1, run: each(signedSamples, (xml) => verifyInvoice(xml)) },
  {
    name: 'readXml (admits the text, builds its DOM)',
    repeat: 1,
    run: each(signedSamples, (xml) => readXml(xml)),
  },
  {
    name: 'parseXml (readXml, then an xmldom DOM)',
    repeat: 1,
    run: each(signedSamples, (xml) => parseXml(xml)),
  },
  { name: 'path reader: signing facts', repeat: 20, run: each(lightDocuments, (d) => readByPath(d, false)) },
  {
    name: 'path reader: verification facts + QR',
    repeat: 20,
    run: each(lightDocuments, (d) => readByPath(d, true)),
  },
  {
    name: 'xpath reader: signing facts (DOM ready)',
    repeat: 5,
    run: each(xmldomRoots, (r) => readByXpath(r, false)),
  },
  {
    name: 'xpath reader: verification facts + QR (DOM ready)',
    repeat: 5,
    run: each(xmldomRoots, (r) => readByXpath(r, true)),
  },
];

// Interleaved rounds, each task once per round in a rotating order, rather than each task for
// seconds on end: on a shared two-core machine the load changes within seconds, and a ratio of two
// tasks timed minutes apart would measure the load. Ratios are taken per round, then the median.
const WARMUP_ROUNDS = 10;
const ROUNDS = 80;
const times = TASKS.map(() => [] as number[]);
for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
  for (let offset = 0; offset < TASKS.length; offset++) {
    const index = (round + offset) % TASKS.length;
    const task = TASKS[index]!;
    const start = performance.now();
    for (let repeat = 0; repeat < task.repeat; repeat++) task.run();
    const perDocument = (performance.now() - start) / task.repeat / count;
    if (round >= WARMUP_ROUNDS) times[index]!.push(perDocument);
  }
}

const quantile = (values: readonly number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};
const series = (prefix: string) => times[TASKS.findIndex((task) => task.name.startsWith(prefix))]!;
console.table(
  TASKS.map((task, index) => ({
    task: task.name,
    'µs per document (median)': Math.round(quantile(times[index]!, 0.5) * 1000),
  })),
);

/** Per round: (operation − path reader + xpath reader [+ the xmldom DOM]) / operation. */
function ratios(operation: string, pathReader: string, xpathReader: string, withDom: boolean): number[] {
  const [op, path, xp, read, parse] = [operation, pathReader, xpathReader, 'readXml', 'parseXml'].map(series);
  return op!.map(
    (time, round) =>
      (time - path![round]! + xp![round]! + (withDom ? parse![round]! - read![round]! : 0)) / time,
  );
}
const line = (label: string, values: readonly number[]) => {
  const median = quantile(values, 0.5);
  const spread = `${quantile(values, 0.25).toFixed(2)}–${quantile(values, 0.75).toFixed(2)}`;
  console.log(
    `  ${label.padEnd(60)} ${median.toFixed(2)}×  (quartiles ${spread}) ${median <= 1.1 ? 'within 10%' : 'over 10%'}`,
  );
};
console.log(
  'With xpath instead of the path reader (1.00× = no cost; the rule allows 1.10×), median of rounds:',
);
line(
  'signing, xpath over an xmldom DOM of the admitted text',
  ratios('signInvoice', 'path reader: signing', 'xpath reader: signing', true),
);
line(
  'signing, xpath evaluation alone (a DOM for free)',
  ratios('signInvoice', 'path reader: signing', 'xpath reader: signing', false),
);
line(
  'verification, xpath over an xmldom DOM of the admitted text',
  ratios('verifyInvoice', 'path reader: verification', 'xpath reader: verification', true),
);
line(
  'verification, xpath evaluation alone (a DOM for free)',
  ratios('verifyInvoice', 'path reader: verification', 'xpath reader: verification', false),
);

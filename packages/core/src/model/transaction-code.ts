/**
 * KSA-2, the invoice transaction code in `cbc:InvoiceTypeCode/@name`: subtype 01 standard or 02
 * simplified, then one 0/1 flag each for third party, nominal supply, export, summary and
 * self-billed (`NNPNESB`, seven characters), and optionally continuous supply and B2G (`C`, `G`:
 * `NNPNESBC`, `NNPNESBCG`). Parsed once into typed fields, checked against the rules that combine
 * them (BR-KSA-07, BR-KSA-31), and written back as long as it was read.
 *
 * Which lengths ZATCA accepts depends on the rule set. BR-KSA-06 in SDK 238-R3.4.8's
 * `20210819_ZATCA_E-invoice_Validation_Rules.xsl` (context `cbc:InvoiceTypeCode`) passes
 * `string-length(@name) = 7`, `= 8` and `= 9` codes of 0/1 flags after `01`/`02` and names them
 * `NNPNESBCG` — "C (position 8) = Continuous Supply invoice transaction", "G (position 9) = B2G
 * invoice transaction" — and warns (BR-KSA-F-06-C40) outside 7 to 9 characters. SDK
 * 238-R4.0.0's BR-KSA-06 passes `string-length(@name) = 7` only (`NNPNESB`), as do the XML
 * Implementation Standard (BR-KSA-06) and the data dictionary (KSA-2: "Structure: NNPNESB").
 * So the writer writes seven characters unless `continuousSupply` or `b2g` is given, and the
 * validator reports BR-KSA-06 for a longer code under R4.0.0 (rules/rule-sets.ts).
 */
import { type Fault, ValidationError } from '../errors/validation-error.ts';
import { INVOICE_SUBTYPES, type InvoiceSubtype } from './document-types.ts';

/**
 * The KSA-2 flags, in their position order: five (3 to 7) every code has, and two (8 and 9) that
 * only R3.4.8's longer codes carry.
 *
 * @example
 * ```ts
 * TRANSACTION_FLAGS.b2g.position; // 9
 * ```
 */
export const TRANSACTION_FLAGS = {
  thirdParty: { position: 3, en: 'Third party', ar: 'طرف ثالث' },
  nominal: { position: 4, en: 'Nominal supply', ar: 'توريد اسمي' },
  export: { position: 5, en: 'Export', ar: 'صادرات' },
  summary: { position: 6, en: 'Summary', ar: 'فاتورة ملخصة' },
  selfBilled: { position: 7, en: 'Self-billed', ar: 'فوترة ذاتية' },
  continuousSupply: { position: 8, en: 'Continuous supply', ar: 'توريدات مستمرة' },
  b2g: { position: 9, en: 'Business to government (B2G)', ar: 'توريد لجهة حكومية' },
} as const;

/** A transaction flag name. */
export type TransactionFlag = keyof typeof TRANSACTION_FLAGS;

/** The flags of positions 8 and 9, which a seven-character code leaves out. */
export type OptionalTransactionFlag = {
  [Flag in TransactionFlag]: (typeof TRANSACTION_FLAGS)[Flag]['position'] extends 8 | 9 ? Flag : never;
}[TransactionFlag];

/** KSA-2 as typed fields. */
export type TransactionCode = {
  /** The first two digits: `standard` (01, B2B) or `simplified` (02, B2C). */
  readonly subtype: InvoiceSubtype;
} & {
  readonly [Flag in Exclude<TransactionFlag, OptionalTransactionFlag>]: boolean;
} & {
  /**
   * Positions 8 (`continuousSupply`) and 9 (`b2g`): left out, the code is written in seven
   * characters, the only form R4.0.0's BR-KSA-06 accepts; given (`false` too), the code is written
   * to that position — eight characters for `continuousSupply` alone, nine with `b2g`. A B2G
   * document names its contract (`Invoice.contractId`, BR-KSA-92 in R3.4.8).
   */
  readonly [Flag in OptionalTransactionFlag]?: boolean;
};

const FLAG_NAMES = Object.keys(TRANSACTION_FLAGS) as TransactionFlag[];
/** Positions 1–7 are always written; 8 and 9 only when given. */
const SHORTEST = 7;
const DEFAULT_PATH = 'cbc:InvoiceTypeCode/@name';

/**
 * Reads KSA-2's structure alone (seven to nine characters, as R3.4.8's BR-KSA-06 has it), leaving
 * the flags that cannot go together to {@link transactionCodeFaults}: the reader keeps a document
 * whose flags break a rule, so that the validator judges it under the chosen rule set.
 *
 * @throws {ValidationError} with a BR-KSA-06 fault for a malformed code.
 * @example
 * ```ts
 * readTransactionCode('020010000'); // simplified, export, continuousSupply false, b2g false
 * ```
 */
export function readTransactionCode(name: string, path = DEFAULT_PATH): TransactionCode {
  if (typeof name !== 'string' || !/^0[12][01]{5}[01]{0,2}$/.test(name)) {
    throw new ValidationError([
      {
        rule: 'BR-KSA-06',
        severity: 'error',
        path,
        message: `The transaction code must be NNPNESB (or NNPNESBC, NNPNESBCG): 01 (standard) or 02 (simplified), then five to seven 0/1 flags; got ${JSON.stringify(name)}.`,
      },
    ]);
  }
  return {
    subtype: name.startsWith('01') ? 'standard' : 'simplified',
    ...Object.fromEntries(
      FLAG_NAMES.filter((flag) => TRANSACTION_FLAGS[flag].position <= name.length).map((flag) => [
        flag,
        name[TRANSACTION_FLAGS[flag].position - 1] === '1',
      ]),
    ),
  } as TransactionCode;
}

/**
 * Reads KSA-2 and checks that its flags can go together.
 *
 * @throws {ValidationError} with a BR-KSA-06 fault for a malformed code, and BR-KSA-07 or
 * BR-KSA-31 faults for flags that cannot go together.
 * @example
 * ```ts
 * parseTransactionCode('0211010'); // { subtype: 'simplified', thirdParty: true, nominal: true, export: false, summary: true, selfBilled: false }
 * parseTransactionCode('010000001'); // { subtype: 'standard', …, continuousSupply: false, b2g: true }
 * ```
 */
export function parseTransactionCode(name: string, path = DEFAULT_PATH): TransactionCode {
  const code = readTransactionCode(name, path);
  const faults = transactionCodeFaults(code, path);
  if (faults.length > 0) throw new ValidationError(faults);
  return code;
}

/**
 * The rules that combine KSA-2's parts: BR-KSA-07 (no self-billing on exports) and BR-KSA-31
 * (simplified documents may only be third party, nominal or summary). Neither rule reads
 * positions 8 or 9.
 *
 * @example
 * ```ts
 * transactionCodeFaults({ ...code, export: true, selfBilled: true }); // [{ rule: 'BR-KSA-07', … }]
 * ```
 */
export function transactionCodeFaults(code: TransactionCode, path = DEFAULT_PATH): Fault[] {
  const faults: Fault[] = [];
  if (code.export && code.selfBilled) {
    faults.push({
      rule: 'BR-KSA-07',
      severity: 'error',
      path,
      message: 'Self-billing is not allowed for export invoices.',
    });
  }
  if (code.subtype === 'simplified' && (code.export || code.selfBilled)) {
    faults.push({
      rule: 'BR-KSA-31',
      severity: 'error',
      path,
      message:
        'A simplified document may only be third party, nominal supply or summary: not export or self-billed.',
    });
  }
  return faults;
}

/**
 * Writes KSA-2: seven characters, then position 8 when `continuousSupply` or `b2g` is given and
 * position 9 when `b2g` is.
 *
 * @example
 * ```ts
 * formatTransactionCode({ subtype: 'standard', thirdParty: false, nominal: false, export: true, summary: false, selfBilled: false }); // '0100100'
 * formatTransactionCode({ subtype: 'standard', thirdParty: false, nominal: false, export: false, summary: false, selfBilled: false, b2g: true }); // '010000001'
 * ```
 */
export function formatTransactionCode(code: TransactionCode): string {
  const length = code.b2g !== undefined ? 9 : code.continuousSupply !== undefined ? 8 : SHORTEST;
  const flags = FLAG_NAMES.filter((flag) => TRANSACTION_FLAGS[flag].position <= length);
  return INVOICE_SUBTYPES[code.subtype].code + flags.map((flag) => (code[flag] ? '1' : '0')).join('');
}

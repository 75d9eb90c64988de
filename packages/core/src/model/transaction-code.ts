/**
 * KSA-2, the invoice transaction code in `cbc:InvoiceTypeCode/@name`: seven characters
 * `NNPNESB` (BR-KSA-06) — subtype 01 standard or 02 simplified, then one 0/1 flag each for third
 * party, nominal supply, export, summary and self-billed. Parsed once into typed fields, checked
 * against the rules that combine them (BR-KSA-07, BR-KSA-31), and written back.
 */
import { type Fault, ValidationError } from '../errors/validation-error.ts';
import { INVOICE_SUBTYPES, type InvoiceSubtype } from './document-types.ts';

/** The five KSA-2 flags, in their position order (3 to 7). */
export const TRANSACTION_FLAGS = {
  thirdParty: { position: 3, en: 'Third party', ar: 'طرف ثالث' },
  nominal: { position: 4, en: 'Nominal supply', ar: 'توريد اسمي' },
  export: { position: 5, en: 'Export', ar: 'صادرات' },
  summary: { position: 6, en: 'Summary', ar: 'فاتورة ملخصة' },
  selfBilled: { position: 7, en: 'Self-billed', ar: 'فوترة ذاتية' },
} as const;

/** A transaction flag name. */
export type TransactionFlag = keyof typeof TRANSACTION_FLAGS;

/** KSA-2 as typed fields. */
export type TransactionCode = { readonly subtype: InvoiceSubtype } & {
  readonly [Flag in TransactionFlag]: boolean;
};

const FLAG_NAMES = Object.keys(TRANSACTION_FLAGS) as TransactionFlag[];
const DEFAULT_PATH = 'cbc:InvoiceTypeCode/@name';

/**
 * Reads KSA-2.
 *
 * @throws {ValidationError} with a BR-KSA-06 fault for a malformed code, and BR-KSA-07 or
 * BR-KSA-31 faults for flags that cannot go together.
 * @example
 * ```ts
 * parseTransactionCode('0211010'); // { subtype: 'simplified', thirdParty: true, nominal: true, export: false, summary: true, selfBilled: false }
 * ```
 */
export function parseTransactionCode(name: string, path = DEFAULT_PATH): TransactionCode {
  if (typeof name !== 'string' || !/^0[12][01]{5}$/.test(name)) {
    throw new ValidationError([
      {
        rule: 'BR-KSA-06',
        severity: 'error',
        path,
        message: `The transaction code must be NNPNESB: 01 (standard) or 02 (simplified), then five 0/1 flags; got ${JSON.stringify(name)}.`,
      },
    ]);
  }
  const code = {
    subtype: name.startsWith('01') ? 'standard' : 'simplified',
    ...Object.fromEntries(
      FLAG_NAMES.map((flag) => [flag, name[TRANSACTION_FLAGS[flag].position - 1] === '1']),
    ),
  } as TransactionCode;
  const faults = transactionCodeFaults(code, path);
  if (faults.length > 0) throw new ValidationError(faults);
  return code;
}

/**
 * The rules that combine KSA-2's parts: BR-KSA-07 (no self-billing on exports) and BR-KSA-31
 * (simplified documents may only be third party, nominal or summary).
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
 * Writes KSA-2.
 *
 * @example
 * ```ts
 * formatTransactionCode({ subtype: 'standard', thirdParty: false, nominal: false, export: true, summary: false, selfBilled: false }); // '0100100'
 * ```
 */
export function formatTransactionCode(code: TransactionCode): string {
  return INVOICE_SUBTYPES[code.subtype].code + FLAG_NAMES.map((flag) => (code[flag] ? '1' : '0')).join('');
}

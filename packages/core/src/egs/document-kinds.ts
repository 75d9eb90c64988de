/**
 * The six document kinds an EGS unit issues — standard (B2B) or simplified (B2C), each as tax
 * invoice (388), credit note (381) or debit note (383) — as one `as const` table with English and
 * Arabic names, and which of them a CSR's `invoiceType` (the certificate's `title`) enables: the
 * first of its four 0/1 flags enables standard documents, the second simplified ones; the last
 * two are reserved (Security Features Implementation Standards §2.2.2, Table 1; fatoora-api.md
 * "Flow rules").
 */
import type { InvoiceSubtype, InvoiceTypeCode } from '../model/document-types.ts';
import type { ComplianceDocumentKind } from './store.ts';

/**
 * The six document kinds, standard first, each invoice before its notes.
 *
 * @example
 * ```ts
 * EGS_DOCUMENT_KINDS['simplified-credit-note'].typeCode; // '381'
 * ```
 */
export const EGS_DOCUMENT_KINDS = {
  'standard-invoice': {
    subtype: 'standard',
    typeCode: '388',
    en: 'Standard tax invoice',
    ar: 'فاتورة ضريبية',
  },
  'standard-credit-note': {
    subtype: 'standard',
    typeCode: '381',
    en: 'Standard credit note',
    ar: 'إشعار دائن',
  },
  'standard-debit-note': {
    subtype: 'standard',
    typeCode: '383',
    en: 'Standard debit note',
    ar: 'إشعار مدين',
  },
  'simplified-invoice': {
    subtype: 'simplified',
    typeCode: '388',
    en: 'Simplified tax invoice',
    ar: 'فاتورة ضريبية مبسطة',
  },
  'simplified-credit-note': {
    subtype: 'simplified',
    typeCode: '381',
    en: 'Simplified credit note',
    ar: 'إشعار دائن مبسط',
  },
  'simplified-debit-note': {
    subtype: 'simplified',
    typeCode: '383',
    en: 'Simplified debit note',
    ar: 'إشعار مدين مبسط',
  },
} as const satisfies Record<
  ComplianceDocumentKind,
  { subtype: InvoiceSubtype; typeCode: InvoiceTypeCode; en: string; ar: string }
>;

const KINDS = Object.keys(EGS_DOCUMENT_KINDS) as ComplianceDocumentKind[];

/**
 * The kind of a document with this subtype and type code.
 *
 * @throws {TypeError} for a subtype or type code outside the tables (the model validator refuses
 * those first: BR-KSA-05, BR-KSA-06).
 * @example
 * ```ts
 * documentKindOf('standard', '383'); // 'standard-debit-note'
 * ```
 */
export function documentKindOf(subtype: InvoiceSubtype, typeCode: InvoiceTypeCode): ComplianceDocumentKind {
  const kind = KINDS.find(
    (candidate) =>
      EGS_DOCUMENT_KINDS[candidate].subtype === subtype &&
      EGS_DOCUMENT_KINDS[candidate].typeCode === typeCode,
  );
  if (kind === undefined) throw new TypeError(`No document kind for ${String(subtype)} ${String(typeCode)}.`);
  return kind;
}

/**
 * Which subtypes a CSR's `invoiceType` (e.g. `1100`) enables.
 *
 * @example
 * ```ts
 * enabledSubtypes('1000'); // { standard: true, simplified: false }
 * ```
 */
export function enabledSubtypes(invoiceType: string): Record<InvoiceSubtype, boolean> {
  return { standard: invoiceType[0] === '1', simplified: invoiceType[1] === '1' };
}

/**
 * The kinds a CSR's `invoiceType` enables, in {@link EGS_DOCUMENT_KINDS} order: one compliance
 * check each must pass before the production CSID is issued.
 *
 * @example
 * ```ts
 * enabledDocumentKinds('0100'); // ['simplified-invoice', 'simplified-credit-note', 'simplified-debit-note']
 * ```
 */
export function enabledDocumentKinds(invoiceType: string): ComplianceDocumentKind[] {
  const enabled = enabledSubtypes(invoiceType);
  return KINDS.filter((kind) => enabled[EGS_DOCUMENT_KINDS[kind].subtype]);
}

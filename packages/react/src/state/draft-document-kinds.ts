/**
 * What a draft can be, as the kit offers it: ZATCA's six document kinds (core's `DOCUMENT_KINDS`,
 * standard or simplified × 388, 381, 383) and a prepayment invoice (386, which BR-KSA-05 accepts)
 * of either subtype. Core files a 386 under the invoice kind of its subtype, because that is what
 * it is cleared or reported as; a form and a printed title still have to tell it apart from a tax
 * invoice, so this table keys it on its own. Names follow the six kinds': the English one says
 * the subtype, the Arabic one says it only for a simplified document, and both start from core's
 * `INVOICE_TYPE_CODES['386']`.
 */
import {
  type ComplianceDocumentKind,
  DOCUMENT_KINDS,
  INVOICE_TYPE_CODES,
  type InvoiceSubtype,
  type InvoiceTypeCode,
} from '@fatoora/core/model';

/** One entry of {@link DRAFT_DOCUMENT_KINDS}: the subtype and type code it writes, and its names. */
export interface DraftDocumentKindEntry {
  /** KSA-2 positions 1–2. */
  readonly subtype: InvoiceSubtype;
  /** BT-3. */
  readonly typeCode: InvoiceTypeCode;
  /** The name in English, e.g. `Simplified prepayment invoice`. */
  readonly en: string;
  /** The name in Arabic, e.g. `فاتورة دفعة مقدمة مبسطة`. */
  readonly ar: string;
}

const PREPAYMENT = INVOICE_TYPE_CODES['386'];

/**
 * The kinds a draft can be, standard first, each invoice and prepayment invoice before its notes:
 * the six of core's `DOCUMENT_KINDS` as they are there, and the two prepayment invoices.
 *
 * @example
 * ```ts
 * DRAFT_DOCUMENT_KINDS['simplified-prepayment-invoice']; // { subtype: 'simplified', typeCode: '386', en: 'Simplified prepayment invoice', ar: 'فاتورة دفعة مقدمة مبسطة' }
 * DRAFT_DOCUMENT_KINDS['standard-credit-note'].typeCode; // '381'
 * ```
 */
export const DRAFT_DOCUMENT_KINDS = {
  'standard-invoice': DOCUMENT_KINDS['standard-invoice'],
  'standard-prepayment-invoice': {
    subtype: 'standard',
    typeCode: '386',
    en: `Standard ${PREPAYMENT.en.toLowerCase()}`,
    ar: PREPAYMENT.ar,
  },
  'standard-credit-note': DOCUMENT_KINDS['standard-credit-note'],
  'standard-debit-note': DOCUMENT_KINDS['standard-debit-note'],
  'simplified-invoice': DOCUMENT_KINDS['simplified-invoice'],
  'simplified-prepayment-invoice': {
    subtype: 'simplified',
    typeCode: '386',
    en: `Simplified ${PREPAYMENT.en.toLowerCase()}`,
    // As `فاتورة ضريبية مبسطة` qualifies `فاتورة ضريبية`.
    ar: `${PREPAYMENT.ar} مبسطة`,
  },
  'simplified-credit-note': DOCUMENT_KINDS['simplified-credit-note'],
  'simplified-debit-note': DOCUMENT_KINDS['simplified-debit-note'],
} as const satisfies Record<ComplianceDocumentKind, DraftDocumentKindEntry> &
  Record<string, DraftDocumentKindEntry>;

/**
 * A kind a draft can be: one of the six `ComplianceDocumentKind`s, or
 * `'standard-prepayment-invoice' | 'simplified-prepayment-invoice'`.
 */
export type DraftDocumentKind = keyof typeof DRAFT_DOCUMENT_KINDS;

const DRAFT_KINDS = Object.keys(DRAFT_DOCUMENT_KINDS) as DraftDocumentKind[];

/**
 * The kind of a draft with this subtype and type code, or `undefined` for a subtype or type code
 * outside the tables (the validator reports those: BR-KSA-05, BR-KSA-06).
 *
 * @throws never.
 * @example
 * ```ts
 * draftDocumentKindOf('standard', '386'); // 'standard-prepayment-invoice'
 * draftDocumentKindOf('simplified', '381'); // 'simplified-credit-note'
 * draftDocumentKindOf('standard', '380'); // undefined
 * ```
 */
export function draftDocumentKindOf(subtype: unknown, typeCode: unknown): DraftDocumentKind | undefined {
  return DRAFT_KINDS.find(
    (kind) =>
      DRAFT_DOCUMENT_KINDS[kind].subtype === subtype && DRAFT_DOCUMENT_KINDS[kind].typeCode === typeCode,
  );
}

/**
 * The six document kinds an EGS unit issues — standard (B2B) or simplified (B2C), each as tax
 * invoice (388), credit note (381) or debit note (383) — as one `as const` table, the only place
 * they are written down: KSA-2 subtype, BT-3 type code, English and Arabic names, and the name
 * ZATCA's platform gives the compliance check step of each kind (fatoora-api.md §6 "Onboarding
 * gate": the step names `POST /production/csids` lists in `Missing-ComplianceSteps`). Also which
 * kinds a CSR's `invoiceType` (the certificate's `title`) enables: the first of its four 0/1 flags
 * enables standard documents, the second simplified ones; the last two are reserved (Security
 * Features Implementation Standards §2.2.2, Table 1; fatoora-api.md §6). The EGS unit, the
 * simulator and the React kit all read this table.
 *
 * A prepayment invoice (type code 386, which BR-KSA-05 accepts) is not a seventh kind. It is of
 * the invoice kind of its subtype — cleared (standard) or reported (simplified) and recorded as a
 * `standard-invoice` or `simplified-invoice` ({@link documentKindOf}) — because ZATCA's rule files
 * treat it as a tax invoice except where a rule names 388 (BR-KSA-15). For onboarding it counts
 * for nothing: the platform keys its compliance steps on `@name[0:2]` and the type codes
 * 388/381/383 (fatoora-api.md §6), and no source says a 386 passes `standard-compliant` or
 * `simplified-compliant`, so the onboarding sends each kind's own {@link DOCUMENT_KINDS} type code
 * and {@link complianceKindOf} gives no step for a 386.
 */
import { INVOICE_TYPE_CODES, type InvoiceSubtype, type InvoiceTypeCode } from './document-types.ts';

/**
 * The six document kinds, standard first, each invoice before its notes.
 *
 * @example
 * ```ts
 * DOCUMENT_KINDS['simplified-credit-note'].typeCode; // '381'
 * DOCUMENT_KINDS['standard-invoice'].complianceStep; // 'standard-compliant'
 * ```
 */
export const DOCUMENT_KINDS = {
  'standard-invoice': {
    subtype: 'standard',
    typeCode: '388',
    complianceStep: 'standard-compliant',
    en: 'Standard tax invoice',
    ar: 'فاتورة ضريبية',
  },
  'standard-credit-note': {
    subtype: 'standard',
    typeCode: '381',
    complianceStep: 'standard-credit-note-compliant',
    en: 'Standard credit note',
    ar: 'إشعار دائن',
  },
  'standard-debit-note': {
    subtype: 'standard',
    typeCode: '383',
    complianceStep: 'standard-debit-note-compliant',
    en: 'Standard debit note',
    ar: 'إشعار مدين',
  },
  'simplified-invoice': {
    subtype: 'simplified',
    typeCode: '388',
    complianceStep: 'simplified-compliant',
    en: 'Simplified tax invoice',
    ar: 'فاتورة ضريبية مبسطة',
  },
  'simplified-credit-note': {
    subtype: 'simplified',
    typeCode: '381',
    complianceStep: 'simplified-credit-note-compliant',
    en: 'Simplified credit note',
    ar: 'إشعار دائن مبسط',
  },
  'simplified-debit-note': {
    subtype: 'simplified',
    typeCode: '383',
    complianceStep: 'simplified-debit-note-compliant',
    en: 'Simplified debit note',
    ar: 'إشعار مدين مبسط',
  },
} as const satisfies Record<
  string,
  {
    readonly subtype: InvoiceSubtype;
    readonly typeCode: InvoiceTypeCode;
    readonly complianceStep: `${InvoiceSubtype}-${string}compliant`;
    readonly en: string;
    readonly ar: string;
  }
>;

/**
 * One of the six document kinds: `'standard-invoice' | 'standard-credit-note' | … |
 * 'simplified-debit-note'`. Each has its own compliance check before onboarding completes.
 */
export type ComplianceDocumentKind = keyof typeof DOCUMENT_KINDS;

const KINDS = Object.keys(DOCUMENT_KINDS) as ComplianceDocumentKind[];

/**
 * The kind of a document with this subtype and type code. A prepayment invoice (386) is of the
 * invoice kind of its subtype.
 *
 * @throws {TypeError} for a subtype or type code outside the tables (the model validator refuses
 * those first: BR-KSA-05, BR-KSA-06).
 * @example
 * ```ts
 * documentKindOf('standard', '383'); // 'standard-debit-note'
 * documentKindOf('simplified', '386'); // 'simplified-invoice'
 * ```
 */
export function documentKindOf(subtype: InvoiceSubtype, typeCode: InvoiceTypeCode): ComplianceDocumentKind {
  const documentKind = Object.hasOwn(INVOICE_TYPE_CODES, typeCode)
    ? INVOICE_TYPE_CODES[typeCode].kind
    : undefined;
  const kind = KINDS.find(
    (candidate) =>
      DOCUMENT_KINDS[candidate].subtype === subtype &&
      INVOICE_TYPE_CODES[DOCUMENT_KINDS[candidate].typeCode].kind === documentKind,
  );
  if (kind === undefined) throw new TypeError(`No document kind for ${String(subtype)} ${String(typeCode)}.`);
  return kind;
}

/**
 * The compliance step a document with this subtype and type code passes, when it is one of the
 * six kinds' own documents (388, 381 or 383); none for a prepayment invoice (386), which no step
 * is keyed on (fatoora-api.md §6), nor for codes outside the tables.
 *
 * @throws never.
 * @example
 * ```ts
 * complianceKindOf('standard', '388'); // 'standard-invoice'
 * complianceKindOf('standard', '386'); // undefined
 * ```
 */
export function complianceKindOf(
  subtype: InvoiceSubtype,
  typeCode: InvoiceTypeCode,
): ComplianceDocumentKind | undefined {
  return KINDS.find(
    (candidate) =>
      DOCUMENT_KINDS[candidate].subtype === subtype && DOCUMENT_KINDS[candidate].typeCode === typeCode,
  );
}

/**
 * How a document goes to the platform: `clearance` (standard documents, cleared before they reach
 * the buyer) or `reporting` (simplified ones, reported within 24 hours).
 */
export type SubmissionRoute = 'clearance' | 'reporting';

/**
 * The route a document of this kind takes: clearance for standard documents, reporting for
 * simplified ones (fatoora-api.md §5, #5 and #6). A standard document goes to reporting only when
 * the platform answers 303 (clearance switched off), attempt by attempt.
 *
 * @example
 * ```ts
 * submissionRouteOf('standard-credit-note'); // 'clearance'
 * submissionRouteOf('simplified-invoice'); // 'reporting'
 * ```
 */
export function submissionRouteOf(kind: ComplianceDocumentKind): SubmissionRoute {
  return DOCUMENT_KINDS[kind].subtype === 'standard' ? 'clearance' : 'reporting';
}

/**
 * Which subtypes a CSR's `invoiceType` (the certificate's `title`, e.g. `1100`) enables; none
 * when it is missing.
 *
 * @example
 * ```ts
 * enabledSubtypes('1000'); // { standard: true, simplified: false }
 * ```
 */
export function enabledSubtypes(invoiceType: string | undefined): Record<InvoiceSubtype, boolean> {
  return { standard: invoiceType?.[0] === '1', simplified: invoiceType?.[1] === '1' };
}

/**
 * The kinds a CSR's `invoiceType` enables, in {@link DOCUMENT_KINDS} order: one compliance check
 * each must pass before the production CSID is issued (fatoora-api.md §6).
 *
 * @example
 * ```ts
 * enabledDocumentKinds('0100'); // ['simplified-invoice', 'simplified-credit-note', 'simplified-debit-note']
 * ```
 */
export function enabledDocumentKinds(invoiceType: string | undefined): ComplianceDocumentKind[] {
  const enabled = enabledSubtypes(invoiceType);
  return KINDS.filter((kind) => enabled[DOCUMENT_KINDS[kind].subtype]);
}

/**
 * The built-in sample document for each kind's compliance check during onboarding: a one-line
 * invoice, credit note or debit note at 15 % in the name and VAT number of the unit's CSR (the
 * platform checks that the seller's VAT number is the certificate's), with a fixed sample address,
 * registration number and buyer. These are test documents: the platform checks each one on its
 * own and files none of them, so they carry ICVs 1…6 and the first-document PIH, outside the
 * unit's production chain (see `onboard.ts`).
 */
import type { CsrConfig } from '../../csr/csr-config.ts';
import { type ComplianceDocumentKind, DOCUMENT_KINDS } from '../../model/document-kinds.ts';
import type { Invoice } from '../../model/invoice.ts';
import { saudiDateTime } from '../../model/saudi-time.ts';
import { FIRST_PREVIOUS_INVOICE_HASH } from '../../signing/invoice-hash.ts';

const SAMPLE_ADDRESS = {
  street: 'الامير سلطان | Prince Sultan',
  buildingNumber: '2322',
  citySubdivision: 'المربع | Al-Murabba',
  city: 'الرياض | Riyadh',
  postalCode: '23333',
  country: 'SA',
} as const;

const SAMPLE_BUYER = {
  name: 'شركة نماذج فاتورة المحدودة | Fatoora Samples LTD',
  vatNumber: '399999999800003',
  address: {
    street: 'صلاح الدين | Salah Al-Din',
    buildingNumber: '1111',
    citySubdivision: 'المروج | Al-Murooj',
    city: 'الرياض | Riyadh',
    postalCode: '12222',
    country: 'SA',
  },
} as const;

/** Where a sample sits among the compliance documents. */
export interface ComplianceSampleOptions {
  /** The moment of issue (its Saudi date and time are written). */
  readonly now: Date;
  /** Its ICV among the compliance documents (1…6). */
  readonly counter: number;
  /** KSA-1. */
  readonly uuid: string;
}

/**
 * The compliance sample of one document kind for a unit's CSR configuration.
 *
 * @example
 * ```ts
 * const model = complianceSample('simplified-credit-note', csrConfig, { now: new Date(), counter: 5, uuid });
 * const { xml } = buildInvoice(model);
 * ```
 */
export function complianceSample(
  kind: ComplianceDocumentKind,
  csrConfig: CsrConfig,
  options: ComplianceSampleOptions,
): Invoice {
  const { subtype, typeCode } = DOCUMENT_KINDS[kind];
  const { date, time } = saudiDateTime(options.now);
  const note = typeCode !== '388';
  return {
    id: `COMPLIANCE-${options.counter}`,
    uuid: options.uuid,
    issueDate: date,
    issueTime: time,
    typeCode,
    transaction: {
      subtype,
      thirdParty: false,
      nominal: false,
      export: false,
      summary: false,
      selfBilled: false,
    },
    counter: options.counter,
    previousInvoiceHash: FIRST_PREVIOUS_INVOICE_HASH,
    // BR-KSA-56, BR-KSA-17: notes name the invoice they correct and why.
    ...(note
      ? { billingReference: 'COMPLIANCE-1', noteReason: 'Compliance check sample | نموذج فحص الامتثال' }
      : {}),
    seller: {
      name: csrConfig.organizationName,
      vatNumber: csrConfig.vatNumber,
      identification: { scheme: 'CRN', value: '1010010000' },
      address: SAMPLE_ADDRESS,
    },
    ...(subtype === 'standard' ? { buyer: SAMPLE_BUYER } : {}),
    supplyDate: date, // BR-KSA-15
    paymentMeansCode: '10',
    lines: [
      {
        id: '1',
        name: 'نموذج | Sample item',
        quantity: '1',
        price: '100.00',
        taxCategory: 'S',
        taxRate: '15',
      },
    ],
  };
}

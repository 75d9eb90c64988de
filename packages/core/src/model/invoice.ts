/**
 * The typed invoice: what a caller fills in to issue any of ZATCA's six document kinds
 * (standard or simplified; invoice, credit note or debit note). Amounts are decimal strings (or
 * {@link Decimal}s), never numbers; codes come from the `as const` tables beside this file.
 * Totals are not part of the model: the tax engine computes them (`calc/`).
 */
import type { DecimalInput } from '../money/decimal.ts';
import type { ALLOWANCE_REASONS, AllowanceReasonCode } from './allowance-reasons.ts';
import type { CHARGE_REASONS, ChargeReasonCode } from './charge-reasons.ts';
import type { InvoiceTypeCode } from './document-types.ts';
import type { PaymentMeansCode } from './payment-means.ts';
import type { ExemptionReasonCode, TaxCategoryCode } from './tax-categories.ts';
import type { TransactionCode } from './transaction-code.ts';

/** Party identification schemes (BT-29-1 / BT-46-1), as the XML standard lists them (§11.2.6–7). */
export const PARTY_ID_SCHEMES = {
  TIN: { en: 'Tax Identification Number', ar: 'الرقم المميز' },
  CRN: { en: 'Commercial Registration number', ar: 'رقم السجل التجاري' },
  MOM: { en: 'MOMRA license', ar: 'ترخيص وزارة الشؤون البلدية والقروية' },
  MLS: { en: 'MHRSD license', ar: 'ترخيص وزارة الموارد البشرية والتنمية الاجتماعية' },
  '700': { en: '700 Number', ar: 'الرقم الموحد 700' },
  SAG: { en: 'MISA license', ar: 'ترخيص وزارة الاستثمار' },
  NAT: { en: 'National ID', ar: 'الهوية الوطنية' },
  GCC: { en: 'GCC ID', ar: 'هوية مواطني دول الخليج' },
  IQA: { en: 'Iqama Number', ar: 'رقم الإقامة' },
  PAS: { en: 'Passport ID', ar: 'رقم جواز السفر' },
  OTH: { en: 'Other ID', ar: 'معرف آخر' },
} as const;

/** A party identification scheme. */
export type PartyIdScheme = keyof typeof PARTY_ID_SCHEMES;

/** A postal address (BG-5 / BG-8 with KSA-17…KSA-19). */
export interface Address {
  /** Street name (BT-35 seller, BT-50 buyer). */
  readonly street: string;
  /** Second address line (BT-36 seller, BT-51 buyer). */
  readonly additionalStreet?: string;
  /** Building number: four digits for the seller (BR-KSA-37); required for a Saudi buyer (BR-KSA-63). */
  readonly buildingNumber?: string;
  /** The address's additional (plot) number, written as `cbc:PlotIdentification`. */
  readonly plotIdentification?: string;
  /** District (KSA-3 seller, KSA-4 buyer), required on a Saudi address (BR-KSA-09, BR-KSA-63). */
  readonly citySubdivision?: string;
  /** City (BT-37 seller, BT-52 buyer). */
  readonly city: string;
  /** Postal code (BT-38 seller, BT-53 buyer): five digits in Saudi Arabia (BR-KSA-66, BR-KSA-67). */
  readonly postalCode?: string;
  /** Province or region (BT-39 seller, BT-54 buyer). */
  readonly countrySubentity?: string;
  /** ISO 3166-1 alpha-2, e.g. `SA`. */
  readonly country: string;
}

/** A party's other identifier (CRN, national ID, …). */
export interface PartyIdentification {
  /** Which kind of identifier `value` is (the `schemeID`), from {@link PARTY_ID_SCHEMES}. */
  readonly scheme: PartyIdScheme;
  /** The identifier itself: letters and digits only (BR-KSA-08 seller, BR-KSA-14 buyer). */
  readonly value: string;
}

/** The seller (BG-4). */
export interface Seller {
  /** BT-27, registration name (QR tag 1). */
  readonly name: string;
  /** BT-31, VAT registration number (QR tag 2). */
  readonly vatNumber: string;
  /** BT-29, another identifier of the seller: CRN, MOM, MLS, SAG, OTH or 700 (BR-KSA-08). */
  readonly identification?: PartyIdentification;
  /** BG-5, the seller's postal address, in full (BR-KSA-09). */
  readonly address: Address;
}

/** The buyer (BG-7): required in full on standard invoices, optional on simplified ones. */
export interface Buyer {
  /** BT-44, required on a standard invoice (BR-KSA-42). */
  readonly name?: string;
  /** BT-48, the buyer's VAT registration number: 15 digits, starting and ending with 3 (BR-KSA-44). */
  readonly vatNumber?: string;
  /** BT-46, another identifier: required on a standard invoice when there is no VAT number (BR-KSA-81). */
  readonly identification?: PartyIdentification;
  /** BG-8, the buyer's postal address: street, city and country on a standard invoice (BR-KSA-10). */
  readonly address?: Address;
}

/**
 * An allowance or charge on a line (BG-27 / BG-28). `Code` narrows the reason code to
 * {@link AllowanceReasonCode} or {@link ChargeReasonCode} for callers that hold one kind; the
 * invoice's lists take either, and the validator reports a code from the wrong table (BR-CL-19 on
 * an allowance, BR-KSA-CL-06 on a charge).
 */
export interface LineAdjustment<Code extends string = AllowanceReasonCode | ChargeReasonCode> {
  /** BT-136 (allowance) or BT-141 (charge), without VAT; it lowers or raises the line's net amount. */
  readonly amount: DecimalInput;
  /** BT-140 (allowance) or BT-145 (charge): a charge without it draws ZATCA's warning BR-KSA-20. */
  readonly reasonCode?: Code;
  /** BT-139 (allowance) or BT-144 (charge). */
  readonly reason?: string;
}

/** An invoice line (BG-25). */
export interface InvoiceLine {
  /** BT-126. */
  readonly id: string;
  /** BT-153, item name. */
  readonly name: string;
  /** BT-129. */
  readonly quantity: DecimalInput;
  /** BT-130, UN/ECE rec 20 unit code (default `PCE`). */
  readonly unitCode?: string;
  /** BT-146, item net price (after any price discount). */
  readonly price: DecimalInput;
  /**
   * BT-148, item gross price: when given, the price discount (BT-147 = gross − net price) is
   * written as a price-level allowance (BR-KSA-EN16931-07).
   */
  readonly grossPrice?: DecimalInput;
  /** BT-149. */
  readonly baseQuantity?: DecimalInput;
  /** BG-27; each reason code from {@link ALLOWANCE_REASONS}. */
  readonly allowances?: readonly LineAdjustment[];
  /** BG-28; each reason code from {@link CHARGE_REASONS}. */
  readonly charges?: readonly LineAdjustment[];
  /** BT-151. */
  readonly taxCategory: TaxCategoryCode;
  /** BT-152, percent. */
  readonly taxRate: DecimalInput;
}

/**
 * A document-level allowance or charge (BG-20 / BG-21). `Code` narrows the reason code as on
 * {@link LineAdjustment}.
 */
export interface DocumentAdjustment<Code extends string = AllowanceReasonCode | ChargeReasonCode> {
  /** BT-92 (allowance) or BT-99 (charge), without VAT. */
  readonly amount: DecimalInput;
  /** BT-98 (allowance) or BT-105 (charge): a charge without it draws ZATCA's warning BR-KSA-19. */
  readonly reasonCode?: Code;
  /** BT-97 (allowance) or BT-104 (charge). */
  readonly reason?: string;
  /** BT-95 (allowance) or BT-102 (charge): the VAT category whose taxable amount it changes. */
  readonly taxCategory: TaxCategoryCode;
  /** BT-96 (allowance) or BT-103 (charge), percent. */
  readonly taxRate: DecimalInput;
}

/**
 * An advance payment that this invoice settles: written as a zero-amount line that references
 * the prepayment invoice (KSA-26…KSA-30, document type 386) and carries the prepaid taxable
 * amount and its VAT (KSA-31…KSA-34). The prepaid amounts with VAT make up BT-113.
 */
export interface Prepayment {
  /** BT-126 of the prepayment line. */
  readonly lineId: string;
  /** BT-153, e.g. `Advance received for Laptop`. */
  readonly name: string;
  /** The prepayment invoice's number. */
  readonly invoiceId: string;
  /** The prepayment invoice's UUID. */
  readonly invoiceUuid?: string;
  /** The prepayment invoice's issue date, `YYYY-MM-DD`. */
  readonly issueDate: string;
  /** The prepayment invoice's issue time, `HH:MM:SS`. */
  readonly issueTime: string;
  /** KSA-31, the amount prepaid without VAT. */
  readonly taxableAmount: DecimalInput;
  /** KSA-33. */
  readonly taxCategory: TaxCategoryCode;
  /** KSA-34, percent: the rate that applied when the advance was received. */
  readonly taxRate: DecimalInput;
  /** BT-130 of the prepayment line (default `PCE`). */
  readonly unitCode?: string;
}

/** Why a Z, E or O category applies (BT-120/BT-121), per category in the VAT breakdown. */
export interface TaxExemption {
  /** BT-118, the Z, E or O category this reason is for. */
  readonly taxCategory: TaxCategoryCode;
  /** BT-121, from {@link EXEMPTION_REASONS}; its category must be `taxCategory`. */
  readonly reasonCode?: ExemptionReasonCode;
  /** BT-120, the reason in words (the code's standard text when a code is given). */
  readonly reason: string;
}

/** Any of ZATCA's six document kinds, or a prepayment invoice (386). */
export interface Invoice {
  /** BT-1, the invoice number. */
  readonly id: string;
  /** KSA-1, a UUID. */
  readonly uuid: string;
  /** BT-2, `YYYY-MM-DD`. */
  readonly issueDate: string;
  /** KSA-25, `HH:MM:SS`. */
  readonly issueTime: string;
  /** BT-3: 388 invoice, 381 credit note, 383 debit note, 386 prepayment invoice. */
  readonly typeCode: InvoiceTypeCode;
  /** KSA-2: subtype and flags. */
  readonly transaction: TransactionCode;
  /** BT-5, ISO 4217 (default SAR); the tax currency (BT-6) is always SAR. */
  readonly currency?: string;
  /**
   * For a document currency other than SAR: SAR per one unit of it, used to write the VAT total
   * in SAR (BT-111), rounded to two decimals. Ignored for SAR documents.
   */
  readonly exchangeRate?: DecimalInput;
  /**
   * For a document currency other than SAR: the VAT total in SAR (BT-111) as agreed, when it is
   * not simply the VAT total × `exchangeRate` (it then wins over `exchangeRate`).
   */
  readonly taxAmountInSar?: DecimalInput;
  /** KSA-16, the invoice counter value (ICV). */
  readonly counter: number | string;
  /** KSA-13, the previous invoice hash (PIH). */
  readonly previousInvoiceHash: string;
  /**
   * BT-12, the contract the document is issued under (`cac:ContractDocumentReference/cbc:ID`, at
   * most 127 characters: BR-KSA-F-06-C5): required on a B2G document (`transaction.b2g`) by
   * R3.4.8's BR-KSA-92.
   */
  readonly contractId?: string;
  /** BT-25: the invoice a credit or debit note refers to (BR-KSA-56). */
  readonly billingReference?: string;
  /** KSA-10: why a credit or debit note was issued (BR-KSA-17). */
  readonly noteReason?: string;
  /** BT-22. */
  readonly notes?: readonly string[];
  /** BG-4, who issues the document. */
  readonly seller: Seller;
  /** BG-7, who receives it: required in full on standard documents, optional on simplified ones. */
  readonly buyer?: Buyer;
  /** KSA-5, supply date, `YYYY-MM-DD`. */
  readonly supplyDate?: string;
  /** KSA-24, supply end date, `YYYY-MM-DD`: with `supplyDate`, the period a continuous supply covers. */
  readonly supplyEndDate?: string;
  /** BT-81 (default `10`, cash): see {@link PAYMENT_MEANS}. */
  readonly paymentMeansCode?: PaymentMeansCode;
  /** BG-25, the invoice lines: at least one. */
  readonly lines: readonly InvoiceLine[];
  /** BG-20; each reason code from {@link ALLOWANCE_REASONS}. */
  readonly allowances?: readonly DocumentAdjustment[];
  /** BG-21; each reason code from {@link CHARGE_REASONS}. */
  readonly charges?: readonly DocumentAdjustment[];
  /** Why each Z, E or O category applies (on lines, adjustments and prepayments alike). */
  readonly exemptions?: readonly TaxExemption[];
  /** Advance payments this invoice settles. */
  readonly prepayments?: readonly Prepayment[];
  /** BT-114, added to the amount due so that it is a round figure (e.g. `"-0.05"`). */
  readonly payableRoundingAmount?: DecimalInput;
}

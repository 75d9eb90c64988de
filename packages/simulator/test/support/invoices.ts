/**
 * Invoice models for the simulator's tests: each of ZATCA's six document kinds, on the SDK
 * samples' seller (VAT 399999999900003) and buyer with two of the sample lines (all from
 * `@fatoora/test-support`), issued at a fixed moment that the tests'
 * simulator clock ({@link SIMULATOR_NOW}) keeps within BR-KSA-98's 24 hours.
 */
import { randomUUID } from 'node:crypto';
import type { Invoice } from '@fatoora/core';
import { DOCUMENT_KINDS, type InvoiceSubtype, type InvoiceTypeCode } from '@fatoora/core/model';
import { SAMPLE_BUYER, SAMPLE_SELLER } from '@fatoora/test-support/parties';
import { BOOK_LINE, PEN_LINE } from '@fatoora/test-support/sample-invoice';

/** One of the six document kinds, as a document says it: KSA-2 subtype and BT-3 type code. */
export interface Kind {
  readonly subtype: InvoiceSubtype;
  readonly typeCode: InvoiceTypeCode;
}

/** The six kinds of core's `DOCUMENT_KINDS`, in its order (standard first). */
export const SIX_KINDS: readonly Kind[] = Object.values(DOCUMENT_KINDS).map(({ subtype, typeCode }) => ({
  subtype,
  typeCode,
}));

/** The day and time the test documents are issued. */
export const ISSUED = { date: '2024-05-01', time: '10:15:00' } as const;

/** The simulator clock of the tests: two hours after {@link ISSUED}. */
export const SIMULATOR_NOW = (): Date => new Date('2024-05-01T12:15:00Z');

/** Where a document sits in its EGS unit's chain. */
export interface ChainPlace {
  /** ICV (KSA-16). */
  readonly counter: number;
  /** PIH (KSA-13). */
  readonly previousInvoiceHash: string;
}

/** A document of `kind` at `place`, with a fresh UUID; `changes` override any field. */
export function invoiceModel(kind: Kind, place: ChainPlace, changes: Partial<Invoice> = {}): Invoice {
  const note = kind.typeCode !== '388';
  return {
    id: `${kind.subtype === 'standard' ? 'STD' : 'SMP'}-${kind.typeCode}-${place.counter}`,
    uuid: randomUUID(),
    issueDate: ISSUED.date,
    issueTime: ISSUED.time,
    typeCode: kind.typeCode,
    transaction: {
      subtype: kind.subtype,
      thirdParty: false,
      nominal: false,
      export: false,
      summary: false,
      selfBilled: false,
    },
    counter: place.counter,
    previousInvoiceHash: place.previousInvoiceHash,
    ...(note ? { billingReference: 'SME00023', noteReason: 'Returned items | إرجاع بضاعة' } : {}),
    seller: SAMPLE_SELLER,
    ...(kind.subtype === 'standard' ? { buyer: SAMPLE_BUYER } : {}),
    supplyDate: ISSUED.date,
    paymentMeansCode: '10',
    lines: [BOOK_LINE, PEN_LINE],
    ...changes,
  };
}

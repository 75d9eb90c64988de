/**
 * UBL 2.1 invoice XML from the typed model.
 */
export { type BuiltInvoice, buildInvoice } from './build-invoice.ts';

/**
 * UBL 2.1 invoice XML from the typed model, and back.
 */
export { type BuiltInvoice, buildInvoice } from './build-invoice.ts';
export { parseInvoice } from './parse-invoice.ts';

/**
 * UBL 2.1 invoice XML read back into the typed model. Writing goes through the pipeline
 * (`@fatoora/core/pipeline`'s `buildInvoice`), which prepares the model first.
 */
export { parseInvoice } from './parse-invoice.ts';

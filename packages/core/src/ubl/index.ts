/**
 * The one path reader of UBL 2.1 invoice documents, behind signing, the model reader and the
 * simulator. Building and parsing whole invoices are the pipeline's (`@fatoora/core/pipeline`'s
 * `buildInvoice` and `parseInvoice`): they check the model, which is the rules' work, and the
 * rules read documents with this reader, so both stand above it.
 *
 * @module @fatoora/core/ubl
 */
export {
  attributeAt,
  documentReference,
  elementAt,
  elementsAt,
  invoiceRootOf,
  type ReferenceMatch,
  textAt,
  type UblPrefix,
  type UblStep,
  valueAt,
} from './ubl-paths.ts';

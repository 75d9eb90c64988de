/**
 * `@fatoora/core/pipeline`: from a draft or a model to a normalised, checked and totalled model,
 * the one way every writer and every form takes (see `prepare-invoice.ts`).
 *
 * @module @fatoora/core/pipeline
 */
export { type BuildInvoiceOptions, type BuiltInvoice, buildInvoice } from './build-invoice.ts';
export { parseInvoice } from './parse-invoice.ts';
export {
  type ChainPlacement,
  DRAFT_UUID,
  type PrepareDraftOptions,
  type PreparedInvoice,
  type PrepareOptions,
  prepareDraft,
  prepareInvoice,
  validateDraft,
} from './prepare-invoice.ts';

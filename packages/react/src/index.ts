/**
 * `@fatoora/react`: React 19 components and hooks for ZATCA (Fatoora) e-invoicing. The hooks hold
 * the logic and call `@fatoora/core`'s pure functions (the tax engine, the validator, the QR
 * decoder) or drive an EGS unit (`Egs`) given by prop or by `FatooraProvider`; the components are
 * thin, controllable, accessible and right-to-left first, and ship unstyled — import
 * `@fatoora/react/styles.css` for the opt-in look. Nothing here fetches on its own.
 *
 * @example
 * ```tsx
 * import { FatooraProvider, InvoiceForm, SubmissionStatus, useSubmission } from '@fatoora/react';
 * import '@fatoora/react/styles.css';
 *
 * function Till({ egs }) {
 *   const submission = useSubmission({ driver: egs, issueOptions: { reportNow: true } });
 *   return (
 *     <FatooraProvider locale="ar" egs={egs}>
 *       <InvoiceForm onSubmit={(draft, { valid }) => valid && submission.submit(draft)}>
 *         <button type="submit">إصدار</button>
 *       </InvoiceForm>
 *       <SubmissionStatus value={submission} />
 *     </FatooraProvider>
 *   );
 * }
 * ```
 *
 * @module @fatoora/react
 */

export { BilingualText, type BilingualTextProps } from './components/bilingual-text.tsx';
export { InvoicePreview, type InvoicePreviewProps } from './components/invoice-preview.tsx';
export { OnboardingWizard, type OnboardingWizardProps, stepLabel } from './components/onboarding-wizard.tsx';
export { SubmissionStatus, type SubmissionStatusProps } from './components/submission-status.tsx';
export {
  type FatooraContextValue,
  FatooraProvider,
  type FatooraProviderProps,
  useFatoora,
  useLocale,
} from './context/fatoora-provider.tsx';
export { type ControllableStateOptions, useControllableState } from './hooks/use-controllable-state.ts';
export {
  type InvoiceDraftState,
  type UseInvoiceDraftOptions,
  useInvoiceDraft,
} from './hooks/use-invoice-draft.ts';
export { useInvoiceTotals } from './hooks/use-invoice-totals.ts';
export { type UseInvoiceValidationOptions, useInvoiceValidation } from './hooks/use-invoice-validation.ts';
export {
  type OnboardingControls,
  type UseOnboardingOptions,
  useOnboarding,
} from './hooks/use-onboarding.ts';
export { useQrFields } from './hooks/use-qr-fields.ts';
export {
  type SubmissionControls,
  type UseSubmissionOptions,
  useSubmission,
} from './hooks/use-submission.ts';
export { faultText } from './i18n/fault-text.ts';
export {
  type FormatAmountOptions,
  formatAmount,
  formatPercent,
  formatQuantity,
} from './i18n/format-amount.ts';
export { formatInvoiceDate, formatInvoiceTime, formatMoment } from './i18n/format-date.ts';
export { type Bilingual, directionOf, type FatooraLocale, INTL_LOCALES, textIn } from './i18n/locale.ts';
export { UI_TEXT, type UiTextKey, uiText } from './i18n/ui-text.ts';
export { InvoiceForm, type InvoiceFormProps } from './invoice-form/invoice-form.tsx';
export { InvoiceQr, type InvoiceQrProps, type QrErrorCorrection } from './qr/invoice-qr.tsx';
export { QR_FIELD_LABELS, type QrFieldName } from './qr/qr-field-labels.ts';
export { QrInspector, type QrInspectorProps } from './qr/qr-inspector.tsx';
export { type QrCheck, type QrEvidence, type QrVerification, verifyQr } from './qr/qr-verification.ts';
export type { InvoiceDraftActions } from './state/draft-actions.ts';
export {
  DRAFT_DOCUMENT_KINDS,
  type DraftDocumentKind,
  type DraftDocumentKindEntry,
  draftDocumentKindOf,
} from './state/draft-document-kinds.ts';
export {
  type DraftHeader,
  type ExemptionPatch,
  exemptCategories,
  type LineAdjustmentList,
  withAllowanceAdded,
  withAllowanceRemoved,
  withAllowanceUpdated,
  withBillingReference,
  withBuyer,
  withBuyerAddress,
  withChargeAdded,
  withChargeRemoved,
  withChargeUpdated,
  withDocumentKind,
  withExemption,
  withHeader,
  withLineAdded,
  withLineAdjustmentAdded,
  withLineAdjustmentRemoved,
  withLineAdjustmentUpdated,
  withLineRemoved,
  withLineUpdated,
  withNoteReason,
  withSeller,
  withSellerAddress,
} from './state/draft-updates.ts';
export { emptyInvoiceDraft, emptyLine } from './state/empty-draft.ts';
export { type InvoiceTotalsState, invoiceTotals } from './state/invoice-totals.ts';
export {
  groupFaultsByPath,
  type InvoiceValidationState,
  invoiceValidation,
} from './state/invoice-validation.ts';
export type { OnboardingDriver } from './state/onboarding-driver.ts';
export {
  failedStepOf,
  initialPlan,
  type OnboardingProgressSummary,
  type OnboardingState,
  type OnboardingStepProgress,
  type OnboardingStepStatus,
  progressFromPlan,
  progressFromResult,
  stepKey,
  withFailedStep,
} from './state/onboarding-progress.ts';
export { type QrFieldsState, qrFields } from './state/qr-fields.ts';
export type { StateUpdate } from './state/state-update.ts';
export type { SubmissionDriver } from './state/submission-driver.ts';
export {
  fromFault,
  fromZatcaMessage,
  outcomeOfError,
  outcomeOfIssued,
  type SubmissionMessage,
  type SubmissionOutcome,
  type SubmissionProgress,
} from './state/submission-outcome.ts';
export { OPTIONAL_TRANSACTION_FLAGS, withTransactionFlag } from './state/transaction-flags.ts';

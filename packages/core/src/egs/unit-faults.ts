/**
 * The checks only an EGS unit can make on a draft before anything is signed: the seller's VAT
 * number must be the certificate's, and the document's subtype must be one the CSR's
 * `invoiceType` enables (the platform refuses both with `certificate-permissions`).
 */
import type { CsrConfig } from '../csr/csr-config.ts';
import type { Fault } from '../errors/validation-error.ts';
import { enabledSubtypes } from '../model/document-kinds.ts';
import type { InvoiceDraft } from '../model/invoice-draft.ts';

/**
 * The faults of a draft against the unit's CSR configuration: the seller VAT number must be the
 * certificate's — the CSR's, unless `sellerVatNumber` names another (the developer portal's canned
 * certificate) — and the subtype must be enabled by its `invoiceType` (`certificate-permissions`).
 *
 * @example
 * ```ts
 * unitFaults(draft, { vatNumber: '399999999900003', invoiceType: '0100' });
 * // [{ rule: 'certificate-permissions', path: 'transaction.subtype', … }] for a standard draft
 * ```
 */
export function unitFaults(
  draft: InvoiceDraft,
  csrConfig: CsrConfig | Readonly<Record<string, unknown>>,
  sellerVatNumber?: string,
): Fault[] {
  const faults: Fault[] = [];
  const { vatNumber: csrVatNumber, invoiceType: flags } = csrConfig as Readonly<Record<string, unknown>>;
  const vatNumber = sellerVatNumber ?? csrVatNumber;
  const invoiceType = typeof flags === 'string' ? flags : '';
  if (typeof vatNumber === 'string' && draft.seller?.vatNumber !== vatNumber) {
    faults.push({
      rule: 'certificate-permissions',
      severity: 'error',
      path: 'seller.vatNumber',
      message: `The seller's VAT number must be the unit's certificate's, ${vatNumber}.`,
    });
  }
  const subtype = draft.transaction?.subtype;
  if ((subtype === 'standard' || subtype === 'simplified') && !enabledSubtypes(invoiceType)[subtype]) {
    faults.push({
      rule: 'certificate-permissions',
      severity: 'error',
      path: 'transaction.subtype',
      message: `The unit's CSR (invoiceType ${invoiceType || 'missing'}) does not enable ${subtype} documents.`,
    });
  }
  return faults;
}

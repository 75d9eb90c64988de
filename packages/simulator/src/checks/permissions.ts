/**
 * The permissions family: what the authenticated CSID may submit. The document's kind must be
 * enabled by the certificate's `title` flags and its seller VAT number must be the certificate's
 * (both `certificate-permissions`, as the platform words them), and the endpoint must fit the
 * kind: standard documents are cleared, simplified ones reported (`invalid-invoice-type`, the
 * simulator's own code, as no platform body is known: the `standard-on-reporting` and
 * `simplified-on-clearance` behaviours). When clearance is switched off the platform takes standard
 * documents on the reporting endpoint instead.
 */
import type { EgsCertificateFields } from '@fatoora/core/crypto';
import { DOCUMENT_KINDS, enabledSubtypes } from '@fatoora/core/model';
import { kindName } from '../compliance/compliance-steps.ts';
import type { SubmittedInvoice } from './document.ts';
import { error, type ValidationMessage } from './validation-results.ts';

/** The endpoint a document came to. */
export type InvoiceEndpoint = 'compliance' | 'reporting' | 'clearance';

/**
 * The permission messages of a submission.
 *
 * @example
 * ```ts
 * checkPermissions(invoice, certificate.egs, 'reporting', { clearanceEnabled: true });
 * ```
 */
export function checkPermissions(
  invoice: SubmittedInvoice,
  egs: EgsCertificateFields,
  endpoint: InvoiceEndpoint,
  platform: { readonly clearanceEnabled: boolean },
): ValidationMessage[] {
  const messages: ValidationMessage[] = [];
  const { kind } = invoice;
  const subtype = kind === undefined ? undefined : DOCUMENT_KINDS[kind].subtype;
  const refused: string[] = [];
  if (invoice.sellerVatNumber !== egs.vatNumber) {
    // The platform's text, verbatim (LIVE lavaloon-eg/ksa_compliance#91, ERPGulf/zatca_erpgulf#223).
    refused.push('User only allowed to use the vat number that exists in the authentication certificate');
  }
  if (kind !== undefined && subtype !== undefined && !enabledSubtypes(egs.invoiceType)[subtype]) {
    refused.push(
      `The certificate's invoice type (title ${egs.invoiceType ?? 'missing'}) does not allow ${kindName(kind)} documents`,
    );
  }
  // One message, as the platform sends: its list keeps one entry per code.
  if (refused.length > 0)
    messages.push(error('certificate-permissions', 'CERTIFICATE_ERRORS', refused.join('; ')));
  if (subtype === 'standard' && endpoint === 'reporting' && platform.clearanceEnabled) {
    messages.push(
      error(
        'invalid-invoice-type',
        'INVOICE_TYPE_ERRORS',
        'Standard (B2B) documents are cleared through /invoices/clearance/single, not reported.',
      ),
    );
  }
  if (subtype === 'simplified' && endpoint === 'clearance') {
    messages.push(
      error(
        'invalid-invoice-type',
        'INVOICE_TYPE_ERRORS',
        'Simplified (B2C) documents are reported through /invoices/reporting/single, not cleared.',
      ),
    );
  }
  return messages;
}

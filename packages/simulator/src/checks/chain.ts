/**
 * The previous invoice hash (PIH, KSA-13). Its form is checked on every document, as BR-KSA-26
 * says — base64 of a SHA-256 digest (44 characters), or the 88-character seed of a unit's first
 * document — and a malformed one is that rule's warning, as in ZATCA's rule file. Whether it is the
 * hash of the unit's previous document is not checked by default: ZATCA allows a later document
 * to go while an earlier one is stuck (fatoora-api.md §9, §11); with the `pih-chain` behaviour at
 * `chain-warning` a broken link is a warning, under a code of the simulator's own. The platform
 * never answers the SDK's `KSA-13`, nor checks that the counter (ICV) goes up.
 */
import { FIRST_PREVIOUS_INVOICE_HASH } from '@fatoora/core/signing';
import type { ChainRecord } from '../store/state.ts';
import type { SubmittedInvoice } from './document.ts';
import { type ValidationMessage, warning } from './validation-results.ts';

/** base64 of 32 bytes: 43 characters and one `=`. */
const SHA256_BASE64 = /^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/;

/** BR-KSA-26's text in ZATCA's rule file, on one line. */
const BR_KSA_26 =
  '[BR-KSA-26]-If the invoice contains the previous invoice hash (KSA-13), this hash must be base64 encoded SHA256. The hash shall be computed using the following method as described in the ds:transforms block in the XML Invoice Specifications: 1. Remove the <Invoice><ext:UBLExtensions/> block 2. Remove the <Invoice><cac:AdditionalDocumentReference/> block where <cbc:ID/> = QR 3. Remove the <Invoice><cac:Signature/> block 4. Canonicalize the Invoice using the C14N11 standard 5. Hash the resulting string using SHA256 to a binary object 6. Base64 encode the binary object to generate the digest value For the first invoice, the previous invoice hash is "NWZlY2ViNjZmZmM4NmYzOGQ5NTI3ODZjNmQ2OTZjNzljMmRiYzIzOWRkNGU5MWI0NjcyOWQ3M2EyN2ZiNTdlOQ==", the equivalent for base64 encoded SHA256 of "0" (zero) character.';

/**
 * The form of the PIH (BR-KSA-26, a warning).
 *
 * @example
 * ```ts
 * checkPihForm({ previousInvoiceHash: 'abc' }); // [{ code: 'BR-KSA-26', type: 'WARNING', … }]
 * ```
 */
export function checkPihForm(invoice: Pick<SubmittedInvoice, 'previousInvoiceHash'>): ValidationMessage[] {
  const pih = invoice.previousInvoiceHash;
  if (pih === undefined || pih === FIRST_PREVIOUS_INVOICE_HASH || SHA256_BASE64.test(pih)) return [];
  return [warning('BR-KSA-26', 'KSA', BR_KSA_26)]; // BR-KSA-26
}

/**
 * With `chain-warning`: a warning when the PIH is not the hash of the unit's previous document (or
 * the seed, before its first one).
 *
 * @example
 * ```ts
 * checkChainLink(invoice, { counter: '6', hash: previousHash }); // [] when PIH = previousHash
 * ```
 */
export function checkChainLink(
  invoice: Pick<SubmittedInvoice, 'previousInvoiceHash'>,
  chain: ChainRecord | undefined,
): ValidationMessage[] {
  const expected = chain?.hash ?? FIRST_PREVIOUS_INVOICE_HASH;
  const pih = invoice.previousInvoiceHash;
  if (pih === undefined || pih === expected) return [];
  return [
    warning(
      'invalid-previous-invoice-hash',
      'PIH_VALIDATION',
      `The previous invoice hash (KSA-13) is not the hash of this unit's last document submitted (${expected}).`,
    ),
  ];
}

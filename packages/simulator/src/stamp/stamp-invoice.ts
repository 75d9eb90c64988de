/**
 * The platform's stamp on a cleared invoice. ZATCA answers a clearance with the document it
 * cleared, stamped with its own cryptographic stamp: the same XML with the taxpayer's signature
 * replaced by one made with the platform's certificate, and a QR drawn from that stamp. The
 * simulator does the same with core's `signInvoice` and its stamp identity. Only the signature,
 * the QR reference and `cac:Signature` change — the three parts the invoice hash leaves out — so
 * the cleared document keeps the hash the taxpayer submitted and chained on. If a document
 * cannot be re-signed (no place for the QR, a missing QR field), the submitted XML is returned as
 * it came.
 */
import type { Certificate, PrivateKey } from '@fatoora/core/crypto';
import { FatooraError } from '@fatoora/core/errors';
import { signInvoice } from '@fatoora/core/signing';

/**
 * The cleared, platform-stamped XML of a standard invoice.
 *
 * @example
 * ```ts
 * const cleared = stampInvoice(submittedXml, authority.stamp, new Date());
 * verifyInvoice(cleared).valid; // true, signed by the platform's stamp certificate
 * ```
 */
export function stampInvoice(
  xml: string,
  stamp: { readonly key: PrivateKey; readonly certificate: Certificate },
  now: Date,
): string {
  try {
    return signInvoice(xml, {
      privateKey: stamp.key,
      certificate: stamp.certificate,
      signingTime: now,
      replaceExistingSignature: true,
    }).xml;
  } catch (cause) {
    if (cause instanceof FatooraError) return xml;
    throw cause;
  }
}

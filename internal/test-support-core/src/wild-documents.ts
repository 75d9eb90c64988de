/**
 * The wild-document rewriters of `@fatoora/test-support` (a signing time with a zone, a QR
 * timestamp written another way), bound to `@fatoora/core`'s public API: its QR codec, and for the
 * SignedProperties digest the one `verifyInvoice` recomputes (a `signed-properties-digest-mismatch`
 * finding gives it as `expected`), since core keeps the digest's serialization to itself.
 */
import { decodeQr, encodeQr } from '@fatoora/core/qr';
import { verifyInvoice } from '@fatoora/core/signing';
import { wildDocuments } from '@fatoora/test-support/wild-documents';

export { emptyQr, qrTextOf } from '@fatoora/test-support/wild-documents';

/**
 * `rewriteSigningTime(signedXml, written)`: the signed document with `xades:SigningTime` written as
 * `written` and the SignedProperties digest recomputed. `rewriteQrTimestamp(signedXml, timestamp)`:
 * the signed document with QR tag 3 written as `timestamp`, every other tag kept.
 *
 * @throws {Error} when the document lacks the signing time, the digest reference or the QR.
 * @example
 * ```ts
 * const zoned = rewriteSigningTime(document.xml, `${time}Z`);
 * ```
 */
export const { rewriteSigningTime, rewriteQrTimestamp } = wildDocuments({
  decodeQr,
  encodeQr,
  signedPropertiesDigest: (signedXml) =>
    verifyInvoice(signedXml).findings.find((finding) => finding.code === 'signed-properties-digest-mismatch')
      ?.expected,
});

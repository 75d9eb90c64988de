/**
 * The wild-document rewriters of `@fatoora/test-support` (a signing time with a zone, a QR
 * timestamp written another way, an empty QR element), bound to core's QR codec and to the
 * SignedProperties digest as core's signer and verifier compute it.
 */
import { wildDocuments } from '@fatoora/test-support/wild-documents';
import { decodeQr } from '../../src/qr/decode-qr.ts';
import { encodeQr } from '../../src/qr/encode-qr.ts';
import { hexDigestBase64, signedPropertiesDigestInput } from '../../src/signing/signed-properties.ts';
import { descendantElements } from '../../src/xml/dom.ts';
import { NS } from '../../src/xml/namespaces.ts';
import { readXml } from '../../src/xml/read-xml.ts';

export { emptyQr, qrTextOf } from '@fatoora/test-support/wild-documents';

/**
 * `rewriteSigningTime(signedXml, written)`: the signed document with `xades:SigningTime` written as
 * `written` and the SignedProperties digest recomputed. `rewriteQrTimestamp(signedXml, timestamp)`:
 * the signed document with QR tag 3 written as `timestamp`, every other tag kept.
 *
 * @throws {Error} when the document lacks the signing time, the SignedProperties or the QR.
 * @example
 * ```ts
 * const zoned = rewriteSigningTime(signedXml, '2024-05-01T10:15:00Z');
 * ```
 */
export const { rewriteSigningTime, rewriteQrTimestamp } = wildDocuments({
  decodeQr,
  encodeQr,
  signedPropertiesDigest(signedXml) {
    const properties = descendantElements(readXml(signedXml), NS.xades, 'SignedProperties')[0];
    if (!properties) throw new Error('test fixture: no xades:SignedProperties');
    return hexDigestBase64(signedPropertiesDigestInput(properties));
  },
});

/**
 * A decoded ZATCA QR as a table of its tags (1–9): seller, VAT number, time stamp, totals, the
 * invoice hash and signature, and the sizes of the public key and the certificate signature.
 */
import type { DecodedQr } from '@fatoora/core/qr';
import type { ReactNode } from 'react';

/**
 * The QR's fields.
 *
 * @example
 * ```tsx
 * <QrFields qr={decodeQr(issued.qr)} caption="QR fields" />
 * ```
 */
export function QrFields({ qr, caption }: { readonly qr: DecodedQr; readonly caption: string }): ReactNode {
  const rows: [number, string, string][] = [
    [1, 'Seller', qr.sellerName],
    [2, 'VAT number', qr.vatNumber],
    [3, 'Time stamp', qr.timestamp],
    [4, 'Total with VAT', qr.invoiceTotal],
    [5, 'VAT total', qr.vatTotal],
    [6, 'Invoice hash', qr.invoiceHash],
    [7, 'Signature', qr.signature],
    [8, 'Public key', `${qr.publicKey.byteLength} bytes`],
  ];
  if (qr.certificateSignature)
    rows.push([9, 'Certificate signature', `${qr.certificateSignature.byteLength} bytes`]);
  return (
    <table className="qr-fields">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Tag</th>
          <th scope="col">Field</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([tag, name, value]) => (
          <tr key={tag}>
            <td>{tag}</td>
            <th scope="row">{name}</th>
            <td dir="auto" className="break">
              {value}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

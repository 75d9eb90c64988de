/**
 * A plain preview of an issued document, read back from its XML with core's `parseInvoice` and
 * totalled by `computeInvoiceTotals`: seller, buyer, lines and the amounts, in the reader's
 * language and number format.
 */
import { computeInvoiceTotals } from '@fatoora/core/calc';
import { INVOICE_TYPE_CODES } from '@fatoora/core/model';
import { formatDecimal } from '@fatoora/core/money';
import { parseInvoice } from '@fatoora/core/ubl';
import { type ReactNode, useMemo } from 'react';
import { formatAmount } from '../i18n/format.ts';
import { useText } from '../i18n/language.tsx';

/**
 * The preview of `xml`, or nothing when it cannot be read.
 *
 * @example
 * ```tsx
 * <InvoicePreview xml={issued.document ?? issued.signedXml} />
 * ```
 */
export function InvoicePreview({ xml }: { readonly xml: string }): ReactNode {
  const { t, language, locale } = useText();
  const read = useMemo(() => {
    try {
      const invoice = parseInvoice(xml);
      return { invoice, totals: computeInvoiceTotals(invoice) };
    } catch {
      return undefined;
    }
  }, [xml]);
  if (read === undefined) return null;
  const { invoice, totals } = read;
  const money = (value: Parameters<typeof formatDecimal>[0]) => formatAmount(locale, formatDecimal(value, 2));
  return (
    <article className="preview" aria-label={t('previewTitle')}>
      <header>
        <strong>{INVOICE_TYPE_CODES[invoice.typeCode][language]}</strong> <span dir="ltr">{invoice.id}</span>{' '}
        ·{' '}
        <span dir="ltr">
          {invoice.issueDate} {invoice.issueTime}
        </span>
      </header>
      <dl className="parties">
        <div>
          <dt>{t('seller')}</dt>
          <dd>
            {invoice.seller.name} · <span dir="ltr">{invoice.seller.vatNumber}</span>
          </dd>
        </div>
        {invoice.buyer?.name && (
          <div>
            <dt>{t('buyer')}</dt>
            <dd>
              {invoice.buyer.name} · <span dir="ltr">{invoice.buyer.vatNumber}</span>
            </dd>
          </div>
        )}
      </dl>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('lineName')}</th>
            <th scope="col">{t('quantity')}</th>
            <th scope="col">{t('price')}</th>
            <th scope="col">{t('lineTotal')}</th>
          </tr>
        </thead>
        <tbody>
          {invoice.lines.map((line, index) => (
            <tr key={line.id}>
              <td>{line.name}</td>
              <td>{String(line.quantity)}</td>
              <td>{formatAmount(locale, String(line.price))}</td>
              <td>{totals.lines[index] ? money(totals.lines[index].netAmount) : ''}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {t('totalNet')}
            </th>
            <td>{money(totals.taxExclusiveAmount)}</td>
          </tr>
          <tr>
            <th scope="row" colSpan={3}>
              {t('totalVat')}
            </th>
            <td>{money(totals.taxAmount)}</td>
          </tr>
          <tr>
            <th scope="row" colSpan={3}>
              {t('totalPayable')}
            </th>
            <td>{money(totals.payableAmount)}</td>
          </tr>
        </tfoot>
      </table>
    </article>
  );
}

/**
 * A printable, bilingual (Arabic and English) view of an invoice, prepayment invoice, credit note
 * or debit note: the document's title by kind, its number, dates and contract ID, the seller and
 * the buyer, the lines with their computed amounts, the totals from the tax engine, and the QR
 * code. Labels carry both languages, the reader's first; numbers and dates are formatted in the reader's language; the layout uses
 * logical CSS only, so it reads right to left on an Arabic page, and the opt-in stylesheet prints
 * it alone on the page (`@media print`).
 */
import { computeLineTotals } from '@fatoora/core/calc';
import type { Address, Invoice, InvoiceDraft } from '@fatoora/core/model';
import { type ReactNode, type Ref, useId } from 'react';
import { useLocale } from '../context/fatoora-provider.tsx';
import { useInvoiceTotals } from '../hooks/use-invoice-totals.ts';
import { formatAmount, formatPercent, formatQuantity } from '../i18n/format-amount.ts';
import { formatInvoiceDate, formatInvoiceTime } from '../i18n/format-date.ts';
import type { FatooraLocale } from '../i18n/locale.ts';
import { UI_TEXT } from '../i18n/ui-text.ts';
import { displayCurrency } from '../invoice-form/totals-summary.tsx';
import { InvoiceQr } from '../qr/invoice-qr.tsx';
import { DRAFT_DOCUMENT_KINDS, draftDocumentKindOf } from '../state/draft-document-kinds.ts';
import { BilingualText } from './bilingual-text.tsx';

/** Props of {@link InvoicePreview}. */
export interface InvoicePreviewProps {
  /** The invoice (or a draft) to show. */
  readonly invoice: Invoice | InvoiceDraft;
  /** The QR payload of the signed document, when there is one. */
  readonly qr?: string | undefined;
  /** The reader's language: shown first, and used for numbers and dates. */
  readonly locale?: FatooraLocale;
  /** Replaces the default class `fatoora-preview`, which the opt-in stylesheet styles. */
  readonly className?: string;
  /** Receives the root `<article>` element. */
  readonly ref?: Ref<HTMLElement>;
}

function addressLine(address: Address | undefined): string {
  if (!address) return '';
  return [
    address.buildingNumber,
    address.street,
    address.additionalStreet,
    address.citySubdivision,
    address.city,
    address.postalCode,
    address.country,
  ]
    .filter((part) => part !== undefined && part.trim() !== '')
    .join('، ');
}

type PartyLike = { readonly name?: string; readonly vatNumber?: string; readonly address?: Address };

function PartySection(props: {
  readonly title: { en: string; ar: string };
  readonly party: PartyLike | undefined;
  readonly locale: FatooraLocale;
}): ReactNode {
  const headingId = useId();
  const { party, locale } = props;
  return (
    <section className="fatoora-preview-party" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <BilingualText text={props.title} primary={locale} />
      </h3>
      {party ? (
        <dl>
          {party.name ? (
            <div>
              <dt>
                <BilingualText text={UI_TEXT.name} primary={locale} />
              </dt>
              <dd dir="auto">{party.name}</dd>
            </div>
          ) : null}
          {party.vatNumber ? (
            <div>
              <dt>
                <BilingualText text={UI_TEXT.vatNumber} primary={locale} />
              </dt>
              <dd dir="ltr">{party.vatNumber}</dd>
            </div>
          ) : null}
          {party.address ? (
            <div>
              <dt>
                <BilingualText text={UI_TEXT.address} primary={locale} />
              </dt>
              <dd dir="auto">{addressLine(party.address)}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
    </section>
  );
}

const LINE_COLUMNS = [
  UI_TEXT.item,
  UI_TEXT.quantity,
  UI_TEXT.unitPrice,
  UI_TEXT.taxRate,
  UI_TEXT.lineNetAmount,
  UI_TEXT.lineVatAmount,
  UI_TEXT.lineTotal,
] as const;

const TOTAL_ROWS = [
  'lineExtensionAmount',
  'allowanceTotalAmount',
  'taxExclusiveAmount',
  'taxAmount',
  'taxInclusiveAmount',
  'payableAmount',
] as const;

/**
 * An invoice preview.
 *
 * @example
 * ```tsx
 * <InvoicePreview invoice={parseInvoice(issued.document)} qr={issued.qr} locale="ar" />
 * <button onClick={() => window.print()}>Print</button>
 * ```
 */
export function InvoicePreview(props: InvoicePreviewProps): ReactNode {
  const locale = useLocale(props.locale);
  const { invoice } = props;
  const { totals } = useInvoiceTotals(invoice);
  const titleId = useId();
  const kind = draftDocumentKindOf(invoice.transaction?.subtype, invoice.typeCode);
  const currency = displayCurrency(invoice.currency ?? 'SAR');
  const money = (value: Parameters<typeof formatAmount>[0]) =>
    formatAmount(value, locale, currency ? { currency } : {});
  const note = invoice.typeCode === '381' || invoice.typeCode === '383';
  return (
    <article
      ref={props.ref}
      className={props.className ?? 'fatoora-preview'}
      aria-labelledby={titleId}
      data-kind={kind ?? 'unknown'}
    >
      <header className="fatoora-preview-header">
        <h2 id={titleId}>
          {kind ? <BilingualText text={DRAFT_DOCUMENT_KINDS[kind]} primary={locale} /> : invoice.typeCode}
        </h2>
        <dl className="fatoora-preview-facts">
          <div>
            <dt>
              <BilingualText text={UI_TEXT.invoiceNumber} primary={locale} />
            </dt>
            <dd dir="ltr">{invoice.id}</dd>
          </div>
          {invoice.issueDate ? (
            <div>
              <dt>
                <BilingualText text={UI_TEXT.issueDate} primary={locale} />
              </dt>
              <dd>
                {formatInvoiceDate(invoice.issueDate, locale)}
                {invoice.issueTime ? ` ${formatInvoiceTime(invoice.issueTime, locale)}` : ''}
              </dd>
            </div>
          ) : null}
          {invoice.supplyDate ? (
            <div>
              <dt>
                <BilingualText text={UI_TEXT.supplyDate} primary={locale} />
              </dt>
              <dd>{formatInvoiceDate(invoice.supplyDate, locale)}</dd>
            </div>
          ) : null}
          {invoice.contractId ? (
            <div>
              <dt>
                <BilingualText text={UI_TEXT.contractId} primary={locale} />
              </dt>
              <dd dir="ltr">{invoice.contractId}</dd>
            </div>
          ) : null}
          {note && invoice.billingReference ? (
            <div>
              <dt>
                <BilingualText text={UI_TEXT.billingReference} primary={locale} />
              </dt>
              <dd dir="ltr">{invoice.billingReference}</dd>
            </div>
          ) : null}
          {note && invoice.noteReason ? (
            <div>
              <dt>
                <BilingualText text={UI_TEXT.noteReason} primary={locale} />
              </dt>
              <dd dir="auto">{invoice.noteReason}</dd>
            </div>
          ) : null}
        </dl>
        {props.qr ? <InvoiceQr className="fatoora-preview-qr" value={props.qr} locale={locale} /> : null}
      </header>
      <div className="fatoora-preview-parties">
        <PartySection title={UI_TEXT.seller} party={invoice.seller} locale={locale} />
        <PartySection title={UI_TEXT.buyer} party={invoice.buyer} locale={locale} />
      </div>
      <table className="fatoora-preview-lines">
        <caption>
          <BilingualText text={UI_TEXT.lines} primary={locale} />
        </caption>
        <thead>
          <tr>
            {LINE_COLUMNS.map((column) => (
              <th key={column.en} scope="col">
                <BilingualText text={column} primary={locale} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(invoice.lines ?? []).map((line, index) => {
            let amounts: ReturnType<typeof computeLineTotals> | undefined;
            try {
              amounts = computeLineTotals(
                {
                  quantity: line.quantity,
                  price: line.price,
                  ...(line.baseQuantity !== undefined ? { baseQuantity: line.baseQuantity } : {}),
                  allowances: (line.allowances ?? []).map((adjustment) => adjustment.amount),
                  charges: (line.charges ?? []).map((adjustment) => adjustment.amount),
                  taxCategory: line.taxCategory,
                  taxRate: line.taxRate,
                },
                `lines[${index}]`,
              );
            } catch {
              amounts = undefined;
            }
            return (
              <tr key={line.id}>
                <th scope="row" dir="auto">
                  {line.name}
                </th>
                <td>{formatQuantity(line.quantity, locale)}</td>
                <td>{money(line.price)}</td>
                <td>{formatPercent(line.taxRate, locale)}</td>
                <td>{amounts ? money(amounts.netAmount) : '—'}</td>
                <td>{amounts ? money(amounts.vatAmount) : '—'}</td>
                <td>{amounts ? money(amounts.amountWithVat) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <section className="fatoora-preview-totals" aria-label={UI_TEXT.totals[locale]}>
        {totals ? (
          <dl>
            {TOTAL_ROWS.map((row) => (
              <div key={row} data-total={row}>
                <dt>
                  <BilingualText text={UI_TEXT[row]} primary={locale} />
                </dt>
                <dd>{money(totals[row])}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p>
            <BilingualText text={UI_TEXT.totalsUnavailable} primary={locale} />
          </p>
        )}
      </section>
    </article>
  );
}

/**
 * The live totals of the form, from the tax engine: amounts before VAT, allowances, VAT and the
 * amount due, formatted in the reader's language. While the engine cannot read some field the
 * totals say so (that field shows the fault).
 */
import type { InvoiceModelTotals } from '@fatoora/core/calc';
import type { Decimal } from '@fatoora/core/money';
import { type ReactNode, useId } from 'react';
import { formatAmount } from '../i18n/format-amount.ts';
import type { FatooraLocale } from '../i18n/locale.ts';
import { type UiTextKey, uiText } from '../i18n/ui-text.ts';

/** Props of {@link TotalsSummary}. */
export interface TotalsSummaryProps {
  readonly totals: InvoiceModelTotals | undefined;
  /** The document currency (ISO 4217). */
  readonly currency: string;
  readonly locale: FatooraLocale;
}

const ROWS = [
  'lineExtensionAmount',
  'allowanceTotalAmount',
  'taxExclusiveAmount',
  'taxAmount',
  'taxInclusiveAmount',
  'payableAmount',
] as const satisfies readonly (keyof InvoiceModelTotals & UiTextKey)[];

/**
 * A currency code Intl accepts, else none (the amount is shown without one).
 *
 * @example
 * ```ts
 * displayCurrency('sar'); // undefined
 * ```
 */
export function displayCurrency(currency: string | undefined): string | undefined {
  return currency !== undefined && /^[A-Z]{3}$/.test(currency) ? currency : undefined;
}

/**
 * The totals list.
 *
 * @example
 * ```tsx
 * <TotalsSummary totals={totals} currency="SAR" locale="ar" />
 * ```
 */
export function TotalsSummary({ totals, currency, locale }: TotalsSummaryProps): ReactNode {
  const headingId = useId();
  const code = displayCurrency(currency);
  return (
    <section
      className="fatoora-totals"
      aria-labelledby={headingId}
      aria-live="polite"
      data-state={totals ? 'computed' : 'unavailable'}
    >
      <h3 id={headingId} className="fatoora-heading">
        {uiText('totals', locale)}
      </h3>
      {totals ? (
        <dl className="fatoora-totals-list">
          {ROWS.map((row) => (
            <div key={row} className="fatoora-totals-row" data-total={row}>
              <dt>{uiText(row, locale)}</dt>
              <dd>{formatAmount(totals[row] as Decimal, locale, code ? { currency: code } : {})}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>{uiText('totalsUnavailable', locale)}</p>
      )}
    </section>
  );
}

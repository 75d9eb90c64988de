/**
 * The invoice lines as an editable table: item, quantity and unit price per line, each input
 * labelled for screen readers with its line number, each line's net amount, add and remove
 * buttons, and the document's totals in the footer.
 */
import type { ReactNode } from 'react';
import { formatAmount } from '../i18n/format.ts';
import { useText } from '../i18n/language.tsx';
import type { FormTotals } from '../invoice/form-preview.ts';
import type { LineForm } from '../invoice/invoice-form.ts';

/** Props of {@link LinesEditor}. */
export interface LinesEditorProps {
  readonly lines: readonly LineForm[];
  readonly onChange: (lines: readonly LineForm[]) => void;
  readonly totals: FormTotals | undefined;
  /** The message of an error fault on a model path (`lines[0].quantity`). */
  readonly faultOf: (path: string) => string | undefined;
}

const COLUMNS = [
  ['name', 'lineName'],
  ['quantity', 'quantity'],
  ['price', 'price'],
] as const;

/**
 * The lines.
 *
 * @example
 * ```tsx
 * <LinesEditor lines={form.lines} onChange={(lines) => setForm({ ...form, lines })} totals={preview.totals} faultOf={faultOf} />
 * ```
 */
export function LinesEditor({ lines, onChange, totals, faultOf }: LinesEditorProps): ReactNode {
  const { t, locale } = useText();
  const update = (index: number, field: keyof LineForm, value: string) =>
    onChange(lines.map((line, i) => (i === index ? { ...line, [field]: value } : line)));
  return (
    <fieldset>
      <legend>{t('linesFieldset')}</legend>
      <table className="lines">
        <thead>
          <tr>
            <th scope="col">#</th>
            {COLUMNS.map(([field, label]) => (
              <th key={field} scope="col">
                {t(label)}
              </th>
            ))}
            <th scope="col">{t('lineTotal')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('removeLine', { n: '' })}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a line is its position in the document.
            <tr key={index}>
              <td>{index + 1}</td>
              {COLUMNS.map(([field, label]) => {
                const fault = faultOf(`lines[${index}].${field}`);
                return (
                  <td key={field}>
                    <input
                      aria-label={`${t(label)} ${index + 1}`}
                      value={line[field]}
                      inputMode={field === 'name' ? 'text' : 'decimal'}
                      onChange={(event) => update(index, field, event.target.value)}
                      aria-invalid={fault ? true : undefined}
                      title={fault}
                    />
                  </td>
                );
              })}
              <td className="amount">
                {totals?.lines[index] ? formatAmount(locale, totals.lines[index]) : '—'}
              </td>
              <td>
                <button
                  type="button"
                  onClick={() => onChange(lines.filter((_, i) => i !== index))}
                  disabled={lines.length === 1}
                  aria-label={t('removeLine', { n: index + 1 })}
                >
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
        {totals && (
          <tfoot>
            <tr>
              <th scope="row" colSpan={4}>
                {t('totalNet')}
              </th>
              <td className="amount">{formatAmount(locale, totals.net)}</td>
            </tr>
            <tr>
              <th scope="row" colSpan={4}>
                {t('totalVat')}
              </th>
              <td className="amount">{formatAmount(locale, totals.vat)}</td>
            </tr>
            <tr>
              <th scope="row" colSpan={4}>
                {t('totalPayable')}
              </th>
              <td className="amount" data-testid="total-payable">
                {formatAmount(locale, totals.payable)}
              </td>
            </tr>
          </tfoot>
        )}
      </table>
      <button type="button" onClick={() => onChange([...lines, { name: '', quantity: '1', price: '0.00' }])}>
        {t('addLine')}
      </button>
    </fieldset>
  );
}

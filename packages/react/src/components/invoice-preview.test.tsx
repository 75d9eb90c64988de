import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from '../../test/support/axe.ts';
import { DIRECTIONS, renderIn } from '../../test/support/render.tsx';
import { sampleDraft } from '../../test/support/sample-draft.ts';
import { formatAmount } from '../i18n/format-amount.ts';
import { formatInvoiceDate } from '../i18n/format-date.ts';
import { UI_TEXT, uiText } from '../i18n/ui-text.ts';
import { InvoicePreview } from './invoice-preview.tsx';

describe.each(DIRECTIONS)('InvoicePreview ($dir)', (direction) => {
  const { locale } = direction;
  const sar = (amount: string) => formatAmount(amount, locale, { currency: 'SAR' });
  const both = (text: { en: string; ar: string }) =>
    locale === 'ar' ? `${text.ar} ${text.en}` : `${text.en} ${text.ar}`;

  test('It titles the document in both languages, the reader’s first, and passes axe.', async () => {
    const { container } = renderIn(
      direction,
      <InvoicePreview invoice={sampleDraft()} locale={locale} qr="AQVTZWxsZXI=" />,
    );
    const article = screen.getByRole('article', {
      name: both({ en: 'Simplified tax invoice', ar: 'فاتورة ضريبية مبسطة' }),
    });
    expect(article.textContent).toContain(formatInvoiceDate('2024-03-05', locale));
    expect(within(article).getByRole('img', { name: uiText('qrCode', locale) })).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  test('Its lines table has bilingual headers and the computed amounts of each line.', () => {
    renderIn(direction, <InvoicePreview invoice={sampleDraft()} locale={locale} />);
    const table = screen.getByRole('table', { name: both(UI_TEXT.lines) });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers[0]).toBe(both(UI_TEXT.item));
    expect(headers).toHaveLength(7);
    const row = within(table).getByRole('row', { name: /Book/ });
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells.slice(-3)).toEqual([sar('100.00'), sar('15.00'), sar('115.00')]);
  });

  test('Its totals come from the tax engine, formatted in the reader’s language.', () => {
    renderIn(direction, <InvoicePreview invoice={sampleDraft()} locale={locale} />);
    const totals = screen.getByRole('region', { name: uiText('totals', locale) });
    const payable = within(totals).getByText(UI_TEXT.payableAmount[locale]).closest('div');
    expect(payable?.querySelector('dd')?.textContent).toBe(sar('115.00'));
  });

  test('A credit note shows the invoice it corrects and why.', async () => {
    const note = {
      ...sampleDraft(),
      typeCode: '381' as const,
      billingReference: 'INV-99',
      noteReason: 'Goods returned',
    };
    const { container } = renderIn(direction, <InvoicePreview invoice={note} locale={locale} />);
    const article = screen.getByRole('article', {
      name: both({ en: 'Simplified credit note', ar: 'إشعار دائن مبسط' }),
    });
    expect(article.textContent).toContain('INV-99');
    expect(article.textContent).toContain('Goods returned');
    await expectNoAxeViolations(container);
  });

  test.each([
    ['standard', { en: 'Standard prepayment invoice', ar: 'فاتورة دفعة مقدمة' }],
    ['simplified', { en: 'Simplified prepayment invoice', ar: 'فاتورة دفعة مقدمة مبسطة' }],
  ] as const)(
    'A %s prepayment invoice (386) is titled as one, with its contract ID.',
    async (subtype, title) => {
      const draft = sampleDraft();
      const prepayment = {
        ...draft,
        typeCode: '386' as const,
        transaction: { ...draft.transaction, subtype },
        contractId: 'CNT-2024-17',
      };
      const { container } = renderIn(direction, <InvoicePreview invoice={prepayment} locale={locale} />);
      const article = screen.getByRole('article', { name: both(title) });
      expect(article.dataset.kind).toBe(`${subtype}-prepayment-invoice`);
      const contract = within(article).getByText(UI_TEXT.contractId[locale]).closest('div');
      expect(contract?.querySelector('dd')?.textContent).toBe('CNT-2024-17');
      await expectNoAxeViolations(container);
    },
  );

  test('A document without a contract ID shows no contract row.', () => {
    renderIn(direction, <InvoicePreview invoice={sampleDraft()} locale={locale} />);
    expect(screen.queryByText(UI_TEXT.contractId[locale])).toBeNull();
  });

  test('Arabic parts are marked Arabic and right to left, English parts English and left to right.', () => {
    renderIn(direction, <InvoicePreview invoice={sampleDraft()} locale={locale} />);
    const arabic = screen.getAllByText(UI_TEXT.seller.ar);
    const english = screen.getAllByText(UI_TEXT.seller.en);
    expect(arabic[0]?.getAttribute('lang')).toBe('ar');
    expect(arabic[0]?.getAttribute('dir')).toBe('rtl');
    expect(english[0]?.getAttribute('lang')).toBe('en');
    expect(english[0]?.getAttribute('dir')).toBe('ltr');
  });
});

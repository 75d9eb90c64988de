import type { InvoiceDraft } from '@fatoora/core/model';
import { ALLOWANCE_REASONS, CHARGE_REASONS } from '@fatoora/core/model';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from '../../test/support/axe.ts';
import { DIRECTIONS, renderIn } from '../../test/support/render.tsx';
import { sampleDraft, TEST_NOW } from '../../test/support/sample-draft.ts';
import { formatAmount } from '../i18n/format-amount.ts';
import { uiText } from '../i18n/ui-text.ts';
import { InvoiceForm } from './invoice-form.tsx';

describe.each(DIRECTIONS)('InvoiceForm ($dir)', (direction) => {
  const { locale } = direction;
  const t = (key: Parameters<typeof uiText>[0]) => uiText(key, locale);
  const sar = (amount: string) => formatAmount(amount, locale, { currency: 'SAR' });
  /** The amount shown against a totals row. */
  const total = (row: 'payableAmount' | 'taxAmount') => {
    const totals = screen.getByRole('region', { name: t('totals') });
    return within(totals).getByText(t(row)).parentElement?.querySelector('dd')?.textContent;
  };
  const renderForm = (draft: InvoiceDraft = sampleDraft()) =>
    renderIn(direction, <InvoiceForm locale={locale} defaultValue={draft} validation={{ now: TEST_NOW }} />);
  /** The form on the sample draft, uncontrolled, keeping the last draft it reported. */
  const renderReporting = () => {
    const reported: { last?: InvoiceDraft } = {};
    const rendered = renderIn(
      direction,
      <InvoiceForm
        locale={locale}
        defaultValue={sampleDraft()}
        onValueChange={(d) => (reported.last = d)}
        validation={{ now: TEST_NOW }}
      />,
    );
    return { ...rendered, reported };
  };

  test('It shows the live totals of its draft, formatted in the reader’s language.', () => {
    renderForm();
    expect(total('payableAmount')).toBe(sar('115.00'));
    expect(total('taxAmount')).toBe(sar('15.00'));
  });

  test('A valid draft makes a valid form with no faults, and passes axe.', async () => {
    const { container } = renderForm();
    const form = screen.getByRole('form', { name: t('invoiceForm') });
    expect(form.dataset.state).toBe('valid');
    expect(screen.getByText(t('noFaults'))).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  test('A wrong VAT number marks its field invalid and describes it with the ZATCA rule id.', async () => {
    const user = userEvent.setup();
    const { container } = renderForm();
    const seller = screen.getByRole('group', { name: t('seller') });
    const vat = within(seller).getByRole('textbox', { name: t('vatNumber') });
    await user.clear(vat);
    await user.type(vat, '123');
    expect(vat.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(vat.getAttribute('aria-describedby') ?? '');
    expect(message?.textContent).toContain('BR-KSA-40');
    expect(screen.getByRole('form').dataset.state).toBe('invalid');
    await expectNoAxeViolations(container);
    await user.clear(vat);
    await user.type(vat, '399999999900003');
    expect(vat.hasAttribute('aria-invalid')).toBe(false);
    expect(vat.hasAttribute('aria-describedby')).toBe(false);
  });

  test('A half-typed price leaves the totals unavailable and faults the price field.', async () => {
    const user = userEvent.setup();
    renderForm();
    const line = screen.getByRole('group', { name: `${t('line')} 1` });
    const price = within(line).getByRole('textbox', { name: t('unitPrice') });
    await user.clear(price);
    await user.type(price, '12.');
    expect(screen.getByText(t('totalsUnavailable'))).toBeTruthy();
    expect(price.getAttribute('aria-invalid')).toBe('true');
    await user.type(price, '5');
    expect(total('payableAmount')).toBe(sar('28.75'));
  });

  test('A zero-rated line asks for its reason, and choosing one writes the standard text.', async () => {
    const user = userEvent.setup();
    const { container } = renderForm();
    const line = screen.getByRole('group', { name: `${t('line')} 1` });
    await user.selectOptions(within(line).getByRole('combobox', { name: t('taxCategory') }), 'Z');
    expect((within(line).getByRole('textbox', { name: t('taxRate') }) as HTMLInputElement).value).toBe('0');
    const exemptions = screen.getByRole('group', { name: t('exemptions') });
    const reason = within(exemptions).getByRole('combobox');
    expect(document.getElementById(reason.getAttribute('aria-describedby') ?? '')?.textContent).toContain(
      'BR-KSA-69',
    );
    await expectNoAxeViolations(container);
    await user.selectOptions(reason, 'VATEX-SA-32');
    expect(reason.hasAttribute('aria-describedby')).toBe(false);
    const text = within(exemptions).getByRole('textbox') as HTMLInputElement;
    expect(text.value).toBe('Export of goods');
  });

  test('Lines are added and removed, and the totals follow.', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.click(screen.getByRole('button', { name: t('addLine') }));
    const second = screen.getByRole('group', { name: `${t('line')} 2` });
    await user.type(within(second).getByRole('textbox', { name: t('item') }), 'Pen');
    const price = within(second).getByRole('textbox', { name: t('unitPrice') });
    await user.clear(price);
    await user.type(price, '10');
    expect(total('payableAmount')).toBe(sar('126.50'));
    await user.click(screen.getByRole('button', { name: `${t('removeLine')} 2` }));
    expect(screen.queryByRole('group', { name: `${t('line')} 2` })).toBeNull();
    expect(total('payableAmount')).toBe(sar('115.00'));
  });

  test('A document allowance lowers the totals.', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.click(screen.getByRole('button', { name: t('addAllowance') }));
    const allowance = screen.getByRole('group', { name: `${t('allowance')} 1` });
    const amount = within(allowance).getByRole('textbox', { name: t('amount') });
    await user.clear(amount);
    await user.type(amount, '20');
    await user.type(within(allowance).getByRole('textbox', { name: t('reason') }), 'Discount');
    expect(total('payableAmount')).toBe(sar('92.00'));
    await user.click(screen.getByRole('button', { name: `${t('removeAllowance')} 1` }));
    expect(total('payableAmount')).toBe(sar('115.00'));
  });

  test('A document charge asks for its reason code (BR-KSA-19); picking one from the bilingual list clears it.', async () => {
    const user = userEvent.setup();
    const { container, reported } = renderReporting();
    await user.click(screen.getByRole('button', { name: t('addCharge') }));
    const charge = screen.getByRole('group', { name: `${t('charge')} 1` });
    const amount = within(charge).getByRole('textbox', { name: t('amount') });
    await user.clear(amount);
    await user.type(amount, '10');
    expect(total('payableAmount')).toBe(sar('126.50'));
    const code = within(charge).getByRole('combobox', { name: t('reasonCode') }) as HTMLSelectElement;
    // A warning: the field is described by its rule, and the form stays valid.
    expect(document.getElementById(code.getAttribute('aria-describedby') ?? '')?.textContent).toContain(
      'BR-KSA-19',
    );
    expect(screen.getByRole('form').dataset.state).toBe('valid');
    await expectNoAxeViolations(container);
    // The options are core's table, labelled in the reader's language.
    const freight = within(code).getByRole('option', { name: `FC — ${CHARGE_REASONS.FC[locale]}` });
    await user.selectOptions(code, freight);
    expect(code.value).toBe('FC');
    expect(code.hasAttribute('aria-describedby')).toBe(false);
    expect(reported.last?.charges).toEqual([
      { amount: '10', reasonCode: 'FC', taxCategory: 'S', taxRate: '15' },
    ]);
    // The placeholder takes the code away again, and the warning comes back.
    await user.selectOptions(code, '');
    expect(reported.last?.charges?.[0]).not.toHaveProperty('reasonCode');
    expect(code.getAttribute('aria-describedby')).toBeTruthy();
  });

  test('A document allowance takes a reason code from the allowance list.', async () => {
    const user = userEvent.setup();
    const { reported } = renderReporting();
    await user.click(screen.getByRole('button', { name: t('addAllowance') }));
    const allowance = screen.getByRole('group', { name: `${t('allowance')} 1` });
    const code = within(allowance).getByRole('combobox', { name: t('reasonCode') });
    // No charge reason is offered for an allowance.
    expect(within(code).queryByRole('option', { name: `FC — ${CHARGE_REASONS.FC[locale]}` })).toBeNull();
    await user.selectOptions(
      code,
      within(code).getByRole('option', { name: `95 — ${ALLOWANCE_REASONS['95'][locale]}` }),
    );
    expect(reported.last?.allowances?.[0]?.reasonCode).toBe('95');
    expect(code.hasAttribute('aria-invalid')).toBe(false);
  });

  test('A credit note asks for the original invoice and the reason, each with its rule.', async () => {
    const user = userEvent.setup();
    const { container } = renderForm();
    await user.selectOptions(
      screen.getByRole('combobox', { name: t('documentKind') }),
      'simplified-credit-note',
    );
    const note = screen.getByRole('group', { name: t('note') });
    const reason = within(note).getByRole('textbox', { name: t('noteReason') });
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(reason.getAttribute('aria-describedby') ?? '')?.textContent).toContain(
      'BR-KSA-17',
    );
    await expectNoAxeViolations(container);
    await user.type(within(note).getByRole('textbox', { name: t('billingReference') }), 'INV-99');
    await user.type(reason, 'Goods returned');
    expect(reason.hasAttribute('aria-invalid')).toBe(false);
    expect(screen.getByRole('form').dataset.state).toBe('valid');
  });

  test('Controlled, it shows its parent’s draft and reports each edit.', async () => {
    const user = userEvent.setup();
    const seen: InvoiceDraft[] = [];
    renderIn(direction, <ControllingParent locale={locale} onEdit={(draft) => seen.push(draft)} />);
    const number = screen.getByRole('textbox', { name: t('invoiceNumber') }) as HTMLInputElement;
    await user.type(number, '7');
    expect(seen.at(-1)?.id).toBe('INV-1007');
    await user.click(screen.getByRole('button', { name: 'parent' }));
    expect(number.value).toBe('FROM-PARENT');
  });

  test('The buyer’s fields fill in a buyer, and clearing them removes it.', async () => {
    const user = userEvent.setup();
    const { reported } = renderReporting();
    const buyer = screen.getByRole('group', { name: t('buyer') });
    const name = within(buyer).getByRole('textbox', { name: t('name') });
    await user.type(name, 'Ali');
    expect(reported.last?.buyer).toEqual({ name: 'Ali' });
    await user.clear(name);
    expect(reported.last?.buyer).toBeUndefined();
  });
});

/** A parent that controls the form and can replace its draft. */
function ControllingParent({
  locale,
  onEdit,
}: {
  locale: 'ar' | 'en';
  onEdit: (draft: InvoiceDraft) => void;
}) {
  const [draft, setDraft] = useState(sampleDraft);
  return (
    <>
      <InvoiceForm
        locale={locale}
        value={draft}
        onValueChange={(next) => {
          onEdit(next);
          setDraft(next);
        }}
        validation={{ now: TEST_NOW }}
      />
      <button type="button" onClick={() => setDraft({ ...draft, id: 'FROM-PARENT' })}>
        parent
      </button>
    </>
  );
}

import type { InvoiceDraft } from '@fatoora/core/model';
import { ALLOWANCE_REASONS, CHARGE_REASONS, TRANSACTION_FLAGS } from '@fatoora/core/model';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from '../../test/support/axe.ts';
import { DIRECTIONS, renderIn } from '../../test/support/render.tsx';
import { sampleDraft, TEST_NOW } from '../../test/support/sample-draft.ts';
import type { UseInvoiceValidationOptions } from '../hooks/use-invoice-validation.ts';
import { formatAmount } from '../i18n/format-amount.ts';
import { uiText } from '../i18n/ui-text.ts';
import { DRAFT_DOCUMENT_KINDS } from '../state/draft-document-kinds.ts';
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
  const renderReporting = (validation: UseInvoiceValidationOptions = { now: TEST_NOW }) => {
    const reported: { last?: InvoiceDraft } = {};
    const rendered = renderIn(
      direction,
      <InvoiceForm
        locale={locale}
        defaultValue={sampleDraft()}
        onValueChange={(d) => (reported.last = d)}
        validation={validation}
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

  /**
   * Where allowances and charges are edited: the document's own lists, and line 1's, whose
   * controls also name the line. Either way, 10.00 more (a charge) makes 126.50 and 20.00 less
   * (an allowance) 92.00 of the sample's 115.00.
   */
  const LEVELS = [
    {
      level: 'document',
      rule: 'BR-KSA-19',
      owner: '',
      scope: () => screen.getByRole('form'),
      listOf: (draft: InvoiceDraft | undefined, list: 'allowances' | 'charges') => draft?.[list],
      category: { taxCategory: 'S', taxRate: '15' },
    },
    {
      level: 'line',
      rule: 'BR-KSA-20',
      owner: ` (${t('line')} 1)`,
      scope: () => screen.getByRole('group', { name: `${t('line')} 1` }),
      listOf: (draft: InvoiceDraft | undefined, list: 'allowances' | 'charges') => draft?.lines[0]?.[list],
      category: {},
    },
  ] as const;
  type Level = (typeof LEVELS)[number];
  /** Adds an allowance or a charge at a level and returns its group and its amount, set to `amount`. */
  const addAdjustment = async (
    user: ReturnType<typeof userEvent.setup>,
    { owner, scope }: Level,
    kind: 'allowance' | 'charge',
    amount: string,
  ) => {
    const [add, one] =
      kind === 'allowance' ? (['addAllowance', 'allowance'] as const) : (['addCharge', 'charge'] as const);
    await user.click(within(scope()).getByRole('button', { name: `${t(add)}${owner}` }));
    const group = within(scope()).getByRole('group', { name: `${t(one)} 1${owner}` });
    const field = within(group).getByRole('textbox', { name: t('amount') });
    await user.clear(field);
    await user.type(field, amount);
    return {
      group,
      field,
      code: within(group).getByRole('combobox', { name: t('reasonCode') }) as HTMLSelectElement,
    };
  };
  const describedBy = (element: HTMLElement) =>
    document.getElementById(element.getAttribute('aria-describedby') ?? '')?.textContent;
  const freight = `FC — ${CHARGE_REASONS.FC[locale]}`;

  test.each(LEVELS)(
    'A $level charge asks for its reason code ($rule); picking one from the bilingual list clears it.',
    async (level) => {
      const user = userEvent.setup();
      const { container, reported } = renderReporting();
      const { code } = await addAdjustment(user, level, 'charge', '10');
      expect(total('payableAmount')).toBe(sar('126.50'));
      // A warning: the field is described by its rule, and the form stays valid.
      expect(describedBy(code)).toContain(level.rule);
      expect(screen.getByRole('form').dataset.state).toBe('valid');
      await expectNoAxeViolations(container);
      // The options are core's table, labelled in the reader's language.
      await user.selectOptions(code, within(code).getByRole('option', { name: freight }));
      expect(code.value).toBe('FC');
      expect(code.hasAttribute('aria-describedby')).toBe(false);
      expect(level.listOf(reported.last, 'charges')).toEqual([
        { amount: '10', reasonCode: 'FC', ...level.category },
      ]);
      // The placeholder takes the code away again, and the warning comes back.
      await user.selectOptions(code, '');
      expect(level.listOf(reported.last, 'charges')?.[0]).not.toHaveProperty('reasonCode');
      expect(describedBy(code)).toContain(level.rule);
      await user.click(
        within(level.scope()).getByRole('button', { name: `${t('removeCharge')} 1${level.owner}` }),
      );
      expect(level.listOf(reported.last, 'charges')).toBeUndefined();
      expect(total('payableAmount')).toBe(sar('115.00'));
    },
  );

  test.each(LEVELS)(
    'A $level allowance lowers the totals and takes a reason code from the allowance list only.',
    async (level) => {
      const user = userEvent.setup();
      const { reported } = renderReporting();
      const { group, code } = await addAdjustment(user, level, 'allowance', '20');
      expect(total('payableAmount')).toBe(sar('92.00'));
      expect(within(code).queryByRole('option', { name: freight })).toBeNull();
      await user.selectOptions(
        code,
        within(code).getByRole('option', { name: `95 — ${ALLOWANCE_REASONS['95'][locale]}` }),
      );
      await user.type(within(group).getByRole('textbox', { name: t('reason') }), 'Discount');
      expect(level.listOf(reported.last, 'allowances')).toEqual([
        { amount: '20', reasonCode: '95', reason: 'Discount', ...level.category },
      ]);
      expect(code.hasAttribute('aria-invalid')).toBe(false);
      await user.click(
        within(level.scope()).getByRole('button', { name: `${t('removeAllowance')} 1${level.owner}` }),
      );
      expect(total('payableAmount')).toBe(sar('115.00'));
    },
  );

  test('A line allowance’s fault shows at its own field, and the document’s lists stay as they were.', async () => {
    const user = userEvent.setup();
    const { container, reported } = renderReporting();
    const [, line] = LEVELS;
    const { field } = await addAdjustment(user, line, 'allowance', '20x');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(
      within(line.scope())
        .getByRole('textbox', { name: t('unitPrice') })
        .hasAttribute('aria-invalid'),
    ).toBe(false);
    expect(screen.getByRole('form').dataset.state).toBe('invalid');
    expect(reported.last).not.toHaveProperty('allowances');
    expect(screen.queryByRole('group', { name: `${t('allowance')} 1` })).toBeNull();
    await expectNoAxeViolations(container);
    await user.clear(field);
    await user.type(field, '5');
    expect(field.hasAttribute('aria-invalid')).toBe(false);
    expect(total('payableAmount')).toBe(sar('109.25'));
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

  test('A prepayment invoice (386) is chosen with the document kind, named in the reader’s language.', async () => {
    const user = userEvent.setup();
    const { container, reported } = renderReporting();
    const kind = screen.getByRole('combobox', { name: t('documentKind') }) as HTMLSelectElement;
    const name = `${DRAFT_DOCUMENT_KINDS['simplified-prepayment-invoice'][locale]} (386)`;
    await user.selectOptions(kind, within(kind).getByRole('option', { name }));
    expect(kind.value).toBe('simplified-prepayment-invoice');
    expect(reported.last).toMatchObject({ typeCode: '386', transaction: { subtype: 'simplified' } });
    expect(screen.queryByRole('group', { name: t('note') })).toBeNull();
    expect(screen.getByRole('form').dataset.state).toBe('valid');
    await expectNoAxeViolations(container);
    await user.selectOptions(kind, 'standard-prepayment-invoice');
    expect(reported.last).toMatchObject({ typeCode: '386', transaction: { subtype: 'standard' } });
  });

  /** The optional flags' group and the checkbox of one flag, named from core's table. */
  const flagBox = (flag: keyof typeof TRANSACTION_FLAGS) => {
    const group = screen.getByRole('group', { name: t('transactionType') });
    return { group, box: within(group).getByRole('checkbox', { name: TRANSACTION_FLAGS[flag][locale] }) };
  };

  test('Under R3.4.8, ticking B2G asks for the contract ID at its field (BR-KSA-92) until one is typed.', async () => {
    const user = userEvent.setup();
    const { container, reported } = renderReporting({ now: TEST_NOW, ruleSet: '238-R3.4.8' });
    const contract = screen.getByRole('textbox', { name: t('contractId') });
    expect(contract.hasAttribute('aria-invalid')).toBe(false);
    await user.click(flagBox('b2g').box);
    expect((flagBox('b2g').box as HTMLInputElement).checked).toBe(true);
    expect(reported.last?.transaction).toMatchObject({ b2g: true });
    expect(contract.getAttribute('aria-invalid')).toBe('true');
    expect(contract.getAttribute('aria-required')).toBe('true');
    expect(describedBy(contract)).toContain('BR-KSA-92');
    expect(flagBox('b2g').group.hasAttribute('aria-describedby')).toBe(false);
    await expectNoAxeViolations(container);
    await user.type(contract, 'CNT-7');
    expect(reported.last?.contractId).toBe('CNT-7');
    expect(contract.hasAttribute('aria-invalid')).toBe(false);
    expect(screen.getByRole('form').dataset.state).toBe('valid');
  });

  test('Under R4.0.0, a set flag faults the transaction group (BR-KSA-06); clearing it passes again.', async () => {
    const user = userEvent.setup();
    const { container, reported } = renderReporting();
    const { group, box } = flagBox('continuousSupply');
    await user.click(box);
    expect(reported.last?.transaction).toMatchObject({ continuousSupply: true });
    expect(describedBy(group)).toContain('BR-KSA-06');
    expect(group.dataset.state).toBe('invalid');
    expect(screen.getByRole('form').dataset.state).toBe('invalid');
    // Shown with the group, so the summary only points at the fields.
    expect(screen.getByText(t('faultsAtFields'))).toBeTruthy();
    await expectNoAxeViolations(container);
    await user.click(box);
    expect(reported.last?.transaction).not.toHaveProperty('continuousSupply');
    expect(group.hasAttribute('aria-describedby')).toBe(false);
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

/**
 * The invoice lines in the form: one group per line (item name, quantity, unit price, VAT
 * category and rate, and the line's allowances and charges — BG-27 / BG-28, each with its reason
 * code — in the shared list shell) with a button to remove it, and a button to add one. ZATCA
 * warns on a line charge without a reason code (BR-KSA-20); the fault shows at the code's select.
 */
import type { InvoiceLine } from '@fatoora/core/model';
import type { ReactNode } from 'react';
import { TextField } from '../fields/text-field.tsx';
import type { FatooraLocale } from '../i18n/locale.ts';
import { uiText } from '../i18n/ui-text.ts';
import type { InvoiceDraftActions } from '../state/draft-actions.ts';
import { AdjustmentList } from './adjustment-list.tsx';
import type { FormSectionProps } from './form-section-props.ts';
import { VatCategoryFields } from './vat-category-fields.tsx';

/** Props of {@link LinesSection}. */
export type LinesSectionProps = FormSectionProps;

/**
 * Every line and the add button.
 *
 * @example
 * ```tsx
 * <LinesSection draft={draft} actions={actions} locale="ar" />
 * ```
 */
export function LinesSection({ draft, actions, locale }: LinesSectionProps): ReactNode {
  const lines = draft.lines ?? [];
  return (
    <fieldset className="fatoora-fieldset" data-section="lines">
      <legend className="fatoora-legend">{uiText('lines', locale)}</legend>
      {lines.map((line, index) => (
        <LineFieldset key={line.id} line={line} index={index} actions={actions} locale={locale} />
      ))}
      <button type="button" className="fatoora-button" onClick={() => actions.addLine()}>
        {uiText('addLine', locale)}
      </button>
    </fieldset>
  );
}

/** Props of {@link LineFieldset}. */
export interface LineFieldsetProps {
  readonly line: InvoiceLine;
  readonly index: number;
  readonly actions: InvoiceDraftActions;
  readonly locale: FatooraLocale;
}

/**
 * One line's fields.
 *
 * @example
 * ```tsx
 * <LineFieldset line={draft.lines[0]} index={0} actions={actions} locale="en" />
 * ```
 */
export function LineFieldset({ line, index, actions, locale }: LineFieldsetProps): ReactNode {
  const path = `lines[${index}]`;
  const title = `${uiText('line', locale)} ${line.id}`;
  const update = (patch: Partial<InvoiceLine>) => actions.updateLine(index, patch);
  return (
    <fieldset className="fatoora-fieldset fatoora-line" data-section="line">
      <legend className="fatoora-legend">{title}</legend>
      <TextField
        label={uiText('item', locale)}
        path={`${path}.name`}
        value={line.name}
        onValueChange={(name) => update({ name })}
      />
      <TextField
        label={uiText('quantity', locale)}
        path={`${path}.quantity`}
        value={String(line.quantity)}
        onValueChange={(quantity) => update({ quantity })}
        inputMode="decimal"
        dir="ltr"
      />
      <TextField
        label={uiText('unitPrice', locale)}
        path={`${path}.price`}
        value={String(line.price)}
        onValueChange={(price) => update({ price })}
        inputMode="decimal"
        dir="ltr"
      />
      <VatCategoryFields
        path={path}
        taxCategory={line.taxCategory}
        taxRate={line.taxRate}
        onValueChange={update}
        locale={locale}
      />
      {(['allowances', 'charges'] as const).map((list) => (
        <AdjustmentList
          key={list}
          list={list}
          adjustments={line[list] ?? []}
          path={`${path}.${list}`}
          owner={title}
          onAdd={() => actions.addLineAdjustment(index, list)}
          onRemove={(at) => actions.removeLineAdjustment(index, list, at)}
          onUpdate={(at, patch) => actions.updateLineAdjustment(index, list, at, patch)}
          locale={locale}
        />
      ))}
      <button
        type="button"
        className="fatoora-button"
        data-variant="remove"
        aria-label={`${uiText('removeLine', locale)} ${line.id}`}
        onClick={() => actions.removeLine(index)}
      >
        {uiText('removeLine', locale)}
      </button>
    </fieldset>
  );
}

/**
 * The list shell of allowances and charges, shared by the document level (BG-20 / BG-21) and each
 * line (BG-27 / BG-28): one group per adjustment — amount, reason code (a select over core's
 * bilingual UNTDID 5189 or 7161 table), reason, and whatever the level adds (the document level's
 * VAT category and rate) — with a remove button, and an add button. Every field is bound to its
 * model path (`charges[0].reasonCode`, `lines[1].allowances[0].amount`), so the validator's faults
 * show where they belong. Inside a line, the group and button names also name the line, so that
 * no two controls of the form share an accessible name.
 */
import type { LineAdjustment } from '@fatoora/core/model';
import type { ReactNode } from 'react';
import { SelectField } from '../fields/select-field.tsx';
import { TextField } from '../fields/text-field.tsx';
import type { FatooraLocale } from '../i18n/locale.ts';
import { type UiTextKey, uiText } from '../i18n/ui-text.ts';
import { allowanceReasonOptions, chargeReasonOptions } from './option-lists.ts';

/** The words and the reason codes of one of the two lists. */
interface AdjustmentListKind {
  readonly text: { readonly [K in 'legend' | 'one' | 'add' | 'remove']: UiTextKey };
  readonly options: typeof allowanceReasonOptions;
}

/** Allowances take UNTDID 5189 reason codes, charges UNTDID 7161 ones. */
const KINDS: Readonly<Record<'allowances' | 'charges', AdjustmentListKind>> = {
  allowances: {
    text: { legend: 'allowances', one: 'allowance', add: 'addAllowance', remove: 'removeAllowance' },
    options: allowanceReasonOptions,
  },
  charges: {
    text: { legend: 'charges', one: 'charge', add: 'addCharge', remove: 'removeCharge' },
    options: chargeReasonOptions,
  },
};

/** Props of {@link AdjustmentList}. */
export interface AdjustmentListProps<Adjustment extends LineAdjustment> {
  /** Which list: allowances or charges. */
  readonly list: 'allowances' | 'charges';
  /** The adjustments shown. */
  readonly adjustments: readonly Adjustment[];
  /** The list's model path: `allowances`, `lines[0].charges`. */
  readonly path: string;
  /** Whose list this is when it is not the document's, e.g. "Line 1": added to accessible names. */
  readonly owner?: string;
  readonly onAdd: () => void;
  readonly onRemove: (index: number) => void;
  readonly onUpdate: (index: number, patch: Partial<Adjustment>) => void;
  /** Fields after the reason, with the adjustment's path (the document level's VAT category). */
  readonly renderMore?: (
    adjustment: Adjustment,
    path: string,
    update: (patch: Partial<Adjustment>) => void,
  ) => ReactNode;
  readonly locale: FatooraLocale;
}

/**
 * Every adjustment of one list and the add button.
 *
 * @example
 * ```tsx
 * <AdjustmentList list="charges" adjustments={line.charges ?? []} path="lines[0].charges" owner="Line 1"
 *   onAdd={add} onRemove={remove} onUpdate={update} locale="en" />
 * ```
 */
export function AdjustmentList<Adjustment extends LineAdjustment>(
  props: AdjustmentListProps<Adjustment>,
): ReactNode {
  const { list, adjustments, owner, locale } = props;
  const kind = KINDS[list];
  const named = (text: string) => (owner === undefined ? text : `${text} (${owner})`);
  const legend = uiText(kind.text.legend, locale);
  const add = uiText(kind.text.add, locale);
  return (
    <fieldset
      className="fatoora-fieldset"
      data-section={list}
      {...(owner === undefined ? {} : { 'aria-label': named(legend) })}
    >
      <legend className="fatoora-legend">{legend}</legend>
      {adjustments.map((adjustment, index) => (
        <AdjustmentFieldset
          // Adjustments have no id of their own; their place is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: the index is the adjustment's identity in the model
          key={index}
          {...props}
          kind={kind}
          named={named}
          adjustment={adjustment}
          index={index}
        />
      ))}
      <button
        type="button"
        className="fatoora-button"
        {...(owner === undefined ? {} : { 'aria-label': named(add) })}
        onClick={props.onAdd}
      >
        {add}
      </button>
    </fieldset>
  );
}

function AdjustmentFieldset<Adjustment extends LineAdjustment>({
  adjustment,
  index,
  kind,
  named,
  path: listPath,
  owner,
  onRemove,
  onUpdate,
  renderMore,
  locale,
}: AdjustmentListProps<Adjustment> & {
  readonly adjustment: Adjustment;
  readonly index: number;
  readonly kind: AdjustmentListKind;
  readonly named: (text: string) => string;
}): ReactNode {
  const path = `${listPath}[${index}]`;
  const number = index + 1;
  const title = `${uiText(kind.text.one, locale)} ${number}`;
  const remove = uiText(kind.text.remove, locale);
  const update = (patch: Partial<Adjustment>) => onUpdate(index, patch);
  return (
    <fieldset
      className="fatoora-fieldset fatoora-line"
      data-section={kind.text.one}
      {...(owner === undefined ? {} : { 'aria-label': named(title) })}
    >
      <legend className="fatoora-legend">{title}</legend>
      <TextField
        label={uiText('amount', locale)}
        path={`${path}.amount`}
        value={String(adjustment.amount)}
        onValueChange={(amount) => update({ amount } as Partial<Adjustment>)}
        inputMode="decimal"
        dir="ltr"
      />
      <SelectField
        label={uiText('reasonCode', locale)}
        path={`${path}.reasonCode`}
        value={adjustment.reasonCode ?? ''}
        onValueChange={(code) =>
          // The placeholder ('') clears the code.
          update({ reasonCode: code } as Partial<Adjustment>)
        }
        options={kind.options(locale)}
        placeholder={uiText('chooseReason', locale)}
      />
      <TextField
        label={uiText('reason', locale)}
        path={`${path}.reason`}
        value={adjustment.reason ?? ''}
        onValueChange={(reason) => update({ reason } as Partial<Adjustment>)}
      />
      {renderMore?.(adjustment, path, update)}
      <button
        type="button"
        className="fatoora-button"
        data-variant="remove"
        aria-label={named(`${remove} ${number}`)}
        onClick={() => onRemove(index)}
      >
        {remove}
      </button>
    </fieldset>
  );
}

/**
 * Document-level allowances (BG-20) and charges (BG-21) in the form: the shared list shell
 * (adjustment-list.tsx) with each adjustment's VAT category and rate. ZATCA warns on a charge
 * without a reason code (BR-KSA-19); the fault shows at the code's select.
 */
import type { DocumentAdjustment } from '@fatoora/core/model';
import type { ReactNode } from 'react';
import type { InvoiceDraftActions } from '../state/draft-actions.ts';
import { AdjustmentList } from './adjustment-list.tsx';
import type { FormSectionProps } from './form-section-props.ts';
import { VatCategoryFields } from './vat-category-fields.tsx';

/** Props of {@link AllowancesSection} and {@link ChargesSection}. */
export type AdjustmentsSectionProps = FormSectionProps;

/** The actions of one list. */
interface ListActions {
  readonly add: (actions: InvoiceDraftActions) => void;
  readonly remove: (actions: InvoiceDraftActions, index: number) => void;
  readonly update: (actions: InvoiceDraftActions, index: number, patch: Partial<DocumentAdjustment>) => void;
}

const ALLOWANCES: ListActions = {
  add: (actions) => actions.addAllowance(),
  remove: (actions, index) => actions.removeAllowance(index),
  update: (actions, index, patch) =>
    actions.updateAllowance(index, patch as Parameters<InvoiceDraftActions['updateAllowance']>[1]),
};

const CHARGES: ListActions = {
  add: (actions) => actions.addCharge(),
  remove: (actions, index) => actions.removeCharge(index),
  update: (actions, index, patch) =>
    actions.updateCharge(index, patch as Parameters<InvoiceDraftActions['updateCharge']>[1]),
};

/**
 * Every document allowance and the add button.
 *
 * @example
 * ```tsx
 * <AllowancesSection draft={draft} actions={actions} locale="en" />
 * ```
 */
export function AllowancesSection(props: AdjustmentsSectionProps): ReactNode {
  return <AdjustmentsSection {...props} list="allowances" listActions={ALLOWANCES} />;
}

/**
 * Every document charge and the add button.
 *
 * @example
 * ```tsx
 * <ChargesSection draft={draft} actions={actions} locale="ar" />
 * ```
 */
export function ChargesSection(props: AdjustmentsSectionProps): ReactNode {
  return <AdjustmentsSection {...props} list="charges" listActions={CHARGES} />;
}

function AdjustmentsSection({
  draft,
  actions,
  locale,
  list,
  listActions,
}: AdjustmentsSectionProps & {
  readonly list: 'allowances' | 'charges';
  readonly listActions: ListActions;
}): ReactNode {
  return (
    <AdjustmentList<DocumentAdjustment>
      list={list}
      adjustments={draft[list] ?? []}
      path={list}
      onAdd={() => listActions.add(actions)}
      onRemove={(index) => listActions.remove(actions, index)}
      onUpdate={(index, patch) => listActions.update(actions, index, patch)}
      renderMore={(adjustment, path, update) => (
        <VatCategoryFields
          path={path}
          taxCategory={adjustment.taxCategory}
          taxRate={adjustment.taxRate}
          onValueChange={update}
          locale={locale}
        />
      )}
      locale={locale}
    />
  );
}

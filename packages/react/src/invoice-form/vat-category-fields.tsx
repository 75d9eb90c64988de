/**
 * The VAT category picker and rate field that every taxed part of the form carries (an invoice
 * line, a document allowance): one piece, so the two cannot drift apart in labels, paths or input
 * hints.
 */
import type { DecimalInput } from '@fatoora/core/calc';
import type { TaxCategoryCode } from '@fatoora/core/model';
import type { ReactNode } from 'react';
import { SelectField } from '../fields/select-field.tsx';
import { TextField } from '../fields/text-field.tsx';
import type { FatooraLocale } from '../i18n/locale.ts';
import { uiText } from '../i18n/ui-text.ts';
import { taxCategoryOptions } from './option-lists.ts';

/** Props of {@link VatCategoryFields}. */
export interface VatCategoryFieldsProps {
  /** The model path of the part (`lines[0]`, `allowances[1]`): faults are matched under it. */
  readonly path: string;
  readonly taxCategory: TaxCategoryCode;
  readonly taxRate: DecimalInput;
  readonly onValueChange: (patch: { taxCategory?: TaxCategoryCode; taxRate?: string }) => void;
  readonly locale: FatooraLocale;
}

/**
 * The category select and the rate input of one taxed part.
 *
 * @example
 * ```tsx
 * <VatCategoryFields path="lines[0]" taxCategory="S" taxRate="15" onValueChange={update} locale="en" />
 * ```
 */
export function VatCategoryFields({
  path,
  taxCategory,
  taxRate,
  onValueChange,
  locale,
}: VatCategoryFieldsProps): ReactNode {
  return (
    <>
      <SelectField
        label={uiText('taxCategory', locale)}
        path={`${path}.taxCategory`}
        value={taxCategory}
        onValueChange={(value) => onValueChange({ taxCategory: value as TaxCategoryCode })}
        options={taxCategoryOptions(locale)}
      />
      <TextField
        label={uiText('taxRate', locale)}
        path={`${path}.taxRate`}
        value={String(taxRate)}
        onValueChange={(value) => onValueChange({ taxRate: value })}
        inputMode="decimal"
        dir="ltr"
      />
    </>
  );
}

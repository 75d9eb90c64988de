/**
 * A party in the form — the seller (BG-4) or the buyer (BG-7): name, VAT number, another
 * identifier with its scheme, and the address with ZATCA's building number and district.
 */
import type { Address, PartyIdentification, PartyIdScheme } from '@fatoora/core/model';
import type { ReactNode } from 'react';
import { SelectField } from '../fields/select-field.tsx';
import { TextField } from '../fields/text-field.tsx';
import { type UiTextKey, uiText } from '../i18n/ui-text.ts';
import type { FormSectionProps } from './form-section-props.ts';
import { partyIdSchemeOptions } from './option-lists.ts';

/** Props of {@link PartyFieldset}. */
export interface PartyFieldsetProps extends FormSectionProps {
  readonly party: 'seller' | 'buyer';
}

const ADDRESS_FIELDS = [
  ['street', 'street'],
  ['buildingNumber', 'buildingNumber'],
  ['citySubdivision', 'citySubdivision'],
  ['city', 'city'],
  ['postalCode', 'postalCode'],
  ['country', 'country'],
] as const satisfies readonly (readonly [keyof Address, UiTextKey])[];

/**
 * The fields of one party.
 *
 * @example
 * ```tsx
 * <PartyFieldset party="seller" draft={draft} actions={actions} locale="ar" />
 * ```
 */
export function PartyFieldset({ party, draft, actions, locale }: PartyFieldsetProps): ReactNode {
  const value = party === 'seller' ? draft.seller : draft.buyer;
  const setParty = party === 'seller' ? actions.setSeller : actions.setBuyer;
  const setAddress = party === 'seller' ? actions.setSellerAddress : actions.setBuyerAddress;
  const identification = value?.identification;
  const setIdentification = (patch: Partial<PartyIdentification>) =>
    setParty({ identification: { scheme: 'CRN', value: '', ...identification, ...patch } });
  return (
    <fieldset className="fatoora-fieldset" data-section={party}>
      <legend className="fatoora-legend">{uiText(party, locale)}</legend>
      <TextField
        label={uiText('name', locale)}
        path={`${party}.name`}
        value={value?.name ?? ''}
        onValueChange={(name) => setParty({ name })}
        required={party === 'seller'}
      />
      <TextField
        label={uiText('vatNumber', locale)}
        path={`${party}.vatNumber`}
        value={value?.vatNumber ?? ''}
        onValueChange={(vatNumber) => setParty({ vatNumber })}
        inputMode="numeric"
        dir="ltr"
        required={party === 'seller'}
      />
      <SelectField
        label={uiText('idScheme', locale)}
        path={`${party}.identification.scheme`}
        value={identification?.scheme ?? ''}
        onValueChange={(scheme) =>
          scheme === ''
            ? setParty({ identification: undefined })
            : setIdentification({ scheme: scheme as PartyIdScheme })
        }
        options={partyIdSchemeOptions(locale)}
        placeholder={uiText('none', locale)}
      />
      <TextField
        label={uiText('idValue', locale)}
        path={`${party}.identification`}
        value={identification?.value ?? ''}
        onValueChange={(id) => setIdentification({ value: id })}
        dir="ltr"
      />
      {ADDRESS_FIELDS.map(([field, label]) => (
        <TextField
          key={field}
          label={uiText(label, locale)}
          path={`${party}.address.${field}`}
          value={value?.address?.[field] ?? ''}
          onValueChange={(text) => setAddress({ [field]: field === 'country' ? text.toUpperCase() : text })}
          {...(field === 'buildingNumber' || field === 'postalCode'
            ? { inputMode: 'numeric' as const, dir: 'ltr' as const }
            : {})}
          {...(field === 'country' ? { dir: 'ltr' as const } : {})}
        />
      ))}
    </fieldset>
  );
}

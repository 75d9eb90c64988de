/**
 * One platform behaviour of the simulator, as a group of the panel: its question, its values as
 * radio buttons — each with what the simulator does with it, the default marked — or, for a
 * free-text behaviour, a text field applied on submit; the current setting; its sources with
 * their trust tags; and the error when a change of it was refused. The behaviour's own texts come
 * from the simulator's table in English, so they carry `lang="en"` and run left-to-right on the
 * Arabic page too. The component holds no setting of its own: it shows `current` and reports a
 * choice through `onChange`.
 */
import { Fragment, type ReactNode, useState } from 'react';
import type { BehaviourRow, ChoiceRow, TextRow } from '../behaviours/behaviour-rows.ts';
import { splitInlineCode } from '../behaviours/inline-code.ts';
import { SOURCE_TAGS } from '../behaviours/source-tags.ts';
import { useText } from '../i18n/language.tsx';
import { ErrorNotice } from './error-notice.tsx';

/** Props of {@link BehaviourField}. */
export interface BehaviourFieldProps {
  readonly row: BehaviourRow;
  /** The live setting. */
  readonly current: string;
  /** A value asked for whose answer has not come yet: the radio buttons show it meanwhile. */
  readonly requested?: string | undefined;
  /** Asks for a new setting. */
  readonly onChange: (value: string) => void;
  /** Why the last change of this behaviour was refused, if it was. */
  readonly error?: unknown;
}

/**
 * A behaviour and its setting.
 *
 * @example
 * ```tsx
 * <BehaviourField row={row} current={settings[row.name]} onChange={(value) => change(row.name, value)} />
 * ```
 */
export function BehaviourField({ row, current, requested, onChange, error }: BehaviourFieldProps): ReactNode {
  const { t, language } = useText();
  const atDefault = current === row.default;
  return (
    <fieldset
      className="behaviour"
      data-state={atDefault ? 'default' : 'changed'}
      aria-describedby={`behaviour-${row.name}-source`}
    >
      <legend>
        <span lang="en" dir="ltr">
          <InlineCode text={row.question} />
        </span>{' '}
        <code dir="ltr">{row.name}</code>
      </legend>
      {row.kind === 'choice' ? (
        <ChoiceSetting row={row} checked={requested ?? current} onChange={onChange} />
      ) : (
        // A new live value (another change, the defaults restored) starts the field again from it.
        <TextSetting key={current} row={row} current={current} onChange={onChange} />
      )}
      <p className="behaviour-current">
        {t('behaviourCurrent')}: <code dir="ltr">{current}</code> —{' '}
        {atDefault ? t('behaviourAtDefault') : t('behaviourOffDefault', { value: row.default })}
      </p>
      <p className="behaviour-source hint" id={`behaviour-${row.name}-source`}>
        {t('behaviourSource')}:{' '}
        {row.tags.map((tag) => (
          <abbr key={tag} className="source-tag" title={SOURCE_TAGS[tag][language]}>
            {tag}
          </abbr>
        ))}{' '}
        <span lang="en" dir="ltr">
          <InlineCode text={row.source} />
        </span>
      </p>
      <ErrorNotice error={error} />
    </fieldset>
  );
}

function ChoiceSetting({
  row,
  checked,
  onChange,
}: {
  readonly row: ChoiceRow;
  readonly checked: string;
  readonly onChange: (value: string) => void;
}): ReactNode {
  const { t } = useText();
  return (
    <div className="behaviour-options">
      {row.options.map((option) => {
        const id = `behaviour-${row.name}-${option.value}`;
        return (
          <div
            key={option.value}
            className="behaviour-option"
            data-state={option.value === checked ? 'on' : 'off'}
          >
            <input
              type="radio"
              id={id}
              name={`behaviour-${row.name}`}
              value={option.value}
              checked={option.value === checked}
              onChange={() => onChange(option.value)}
              aria-describedby={`${id}-explanation`}
            />{' '}
            <label htmlFor={id}>
              <code dir="ltr">{option.value}</code>
              {option.isDefault && <span className="default-mark"> ({t('behaviourDefault')})</span>}
            </label>
            {/* The paragraph keeps the page's direction, so its indent is on the radio's side;
                the English text inside it runs left-to-right. */}
            <p id={`${id}-explanation`} className="behaviour-explanation">
              <span lang="en" dir="ltr">
                <InlineCode text={option.explanation} />
              </span>
            </p>
          </div>
        );
      })}
    </div>
  );
}

function TextSetting({
  row,
  current,
  onChange,
}: {
  readonly row: TextRow;
  readonly current: string;
  readonly onChange: (value: string) => void;
}): ReactNode {
  const { t } = useText();
  const [draft, setDraft] = useState(current);
  const id = `behaviour-${row.name}-text`;
  return (
    <form
      className="row"
      onSubmit={(event) => {
        event.preventDefault();
        onChange(draft);
      }}
    >
      <div className="field behaviour-text">
        <label htmlFor={id}>
          {t('behaviourText')} ({t('behaviourDefault')}: <code dir="ltr">{row.default}</code>)
        </label>
        <input
          id={id}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          dir="ltr"
          lang="en"
          autoComplete="off"
          aria-describedby={`${id}-usage`}
        />
        <small id={`${id}-usage`} className="hint">
          <span lang="en" dir="ltr">
            <InlineCode text={row.usage} />
          </span>
        </small>
      </div>
      <button type="submit" disabled={draft === current}>
        {t('behaviourApply')}
      </button>
    </form>
  );
}

/** A text from the table with its backticked parts as code. */
function InlineCode({ text }: { readonly text: string }): ReactNode {
  // The parts of a fixed text never move: their place is their identity.
  return splitInlineCode(text).map((part, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: a fixed split of a fixed text
    <Fragment key={index}>{part.code ? <code>{part.text}</code> : part.text}</Fragment>
  ));
}

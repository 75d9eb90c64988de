/**
 * A label in both languages, the reader's first, each part marked with its own `lang` and `dir`
 * so that screen readers switch voices and the bidi algorithm never scrambles either part — the
 * way Saudi tax invoices print their labels.
 */
import { Fragment, type ReactNode } from 'react';
import type { Bilingual, FatooraLocale } from '../i18n/locale.ts';

/** Props of {@link BilingualText}. */
export interface BilingualTextProps {
  /** The label in both languages (e.g. an entry of core's code tables or of `UI_TEXT`). */
  readonly text: Bilingual;
  /** The language shown first. */
  readonly primary: FatooraLocale;
}

/**
 * Both languages of a label.
 *
 * @example
 * ```tsx
 * <BilingualText text={INVOICE_SUBTYPES.simplified} primary="ar" />
 * ```
 */
export function BilingualText({ text, primary }: BilingualTextProps): ReactNode {
  const order: readonly FatooraLocale[] = primary === 'ar' ? ['ar', 'en'] : ['en', 'ar'];
  return (
    <span className="fatoora-bilingual">
      {order.map((language, index) => (
        <Fragment key={language}>
          {index > 0 ? ' ' : null}
          <span
            lang={language}
            dir={language === 'ar' ? 'rtl' : 'ltr'}
            className={index === 0 ? 'fatoora-primary' : 'fatoora-secondary'}
          >
            {text[language]}
          </span>
        </Fragment>
      ))}
    </span>
  );
}

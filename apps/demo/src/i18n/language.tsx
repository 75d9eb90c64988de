/**
 * The playground's language: English or Arabic, kept in `localStorage`, written to `<html lang
 * dir>` so the whole page — layout, text direction, the kit's components — turns right-to-left in
 * Arabic. `useText()` gives components the text function of the current language.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { formatMessage, type Language, type MessageKey } from './messages.ts';

/** What {@link useText} gives. */
export interface TextContext {
  readonly language: Language;
  /** `ltr` or `rtl`. */
  readonly direction: 'ltr' | 'rtl';
  /** A text in the current language, placeholders filled. */
  readonly t: (key: MessageKey, values?: Readonly<Record<string, string | number>>) => string;
  /** The `Intl` locale for numbers and dates. */
  readonly locale: string;
  readonly setLanguage: (language: Language) => void;
}

const STORAGE_KEY = 'fatoora-demo-language';

const Context = createContext<TextContext | undefined>(undefined);

function storedLanguage(): Language {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'ar' ? 'ar' : 'en';
  } catch {
    return 'en';
  }
}

/**
 * Provides the language to the app.
 *
 * @example
 * ```tsx
 * <LanguageProvider><App /></LanguageProvider>
 * ```
 */
export function LanguageProvider({ children }: { readonly children: ReactNode }): ReactNode {
  const [language, setLanguageState] = useState<Language>(storedLanguage);
  const direction = language === 'ar' ? 'rtl' : 'ltr';
  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = direction;
  }, [language, direction]);
  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }, []);
  const value = useMemo<TextContext>(
    () => ({
      language,
      direction,
      locale: language === 'ar' ? 'ar-SA' : 'en-SA',
      t: (key, values) => formatMessage(language, key, values),
      setLanguage,
    }),
    [language, direction, setLanguage],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/**
 * The current language and its texts.
 *
 * @throws {Error} outside a {@link LanguageProvider}.
 * @example
 * ```tsx
 * const { t } = useText();
 * return <h1>{t('appTitle')}</h1>;
 * ```
 */
export function useText(): TextContext {
  const value = useContext(Context);
  if (value === undefined) throw new Error('useText needs a LanguageProvider above it.');
  return value;
}

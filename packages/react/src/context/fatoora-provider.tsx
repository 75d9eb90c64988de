/**
 * The kit's context: the reader's language and the EGS unit the stateful components drive. A
 * component takes each of them by prop first, then from the nearest `FatooraProvider`; nothing in
 * the kit creates a client or fetches on its own.
 */
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { FatooraLocale } from '../i18n/locale.ts';
import type { OnboardingDriver } from '../state/onboarding-driver.ts';
import type { SubmissionDriver } from '../state/submission-driver.ts';

/** What the provider hands down. */
export interface FatooraContextValue {
  /** The reader's language. Default `ar`. */
  readonly locale: FatooraLocale;
  /** The unit `useOnboarding` and `OnboardingWizard` drive. */
  readonly onboarding?: OnboardingDriver;
  /** The unit `useSubmission` drives. */
  readonly submission?: SubmissionDriver;
}

const FatooraContext = createContext<FatooraContextValue>({ locale: 'ar' });

/** Props of {@link FatooraProvider}. */
export interface FatooraProviderProps {
  /** The reader's language. Default `ar`. */
  readonly locale?: FatooraLocale;
  /** An EGS unit (e.g. an `Egs`) for both onboarding and submission. */
  readonly egs?: OnboardingDriver & SubmissionDriver;
  /** The unit to onboard, when it is not `egs`. */
  readonly onboarding?: OnboardingDriver;
  /** The unit to submit with, when it is not `egs`. */
  readonly submission?: SubmissionDriver;
  /** The tree that reads the language and the unit (through `useFatoora` and the hooks). */
  readonly children?: ReactNode;
}

/**
 * Gives the components below it a language and an EGS unit.
 *
 * @example
 * ```tsx
 * <FatooraProvider locale="ar" egs={egs}>
 *   <OnboardingWizard csrConfig={properties} environment="simulation" />
 * </FatooraProvider>
 * ```
 */
export function FatooraProvider({
  locale = 'ar',
  egs,
  onboarding,
  submission,
  children,
}: FatooraProviderProps): ReactNode {
  const onboardingDriver = onboarding ?? egs;
  const submissionDriver = submission ?? egs;
  const value = useMemo<FatooraContextValue>(
    () => ({
      locale,
      ...(onboardingDriver ? { onboarding: onboardingDriver } : {}),
      ...(submissionDriver ? { submission: submissionDriver } : {}),
    }),
    [locale, onboardingDriver, submissionDriver],
  );
  return <FatooraContext value={value}>{children}</FatooraContext>;
}

/**
 * The nearest provider's value (Arabic and no unit without one).
 *
 * @example
 * ```ts
 * const { locale } = useFatoora();
 * ```
 */
export function useFatoora(): FatooraContextValue {
  return useContext(FatooraContext);
}

/**
 * The language to use: the one given, else the provider's.
 *
 * @example
 * ```ts
 * const locale = useLocale(props.locale);
 * ```
 */
export function useLocale(locale?: FatooraLocale): FatooraLocale {
  const context = useContext(FatooraContext);
  return locale ?? context.locale;
}

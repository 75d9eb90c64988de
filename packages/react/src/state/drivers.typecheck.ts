/**
 * A type test, checked by `tsc`: the real `Egs` satisfies the driver interfaces the hooks declare,
 * so an app passes its unit as it is. Should `Egs` change shape, this file stops compiling.
 */
import type { Egs } from '@fatoora/core/egs';
import type { OnboardingDriver } from './onboarding-driver.ts';
import type { SubmissionDriver } from './submission-driver.ts';

type Satisfies<Actual, Contract> = [Actual] extends [Contract] ? true : false;

/**
 * `true` exactly when `Egs` is an {@link OnboardingDriver}.
 *
 * @example
 * ```ts
 * egsIsOnboardingDriver; // true (a compile error otherwise)
 * ```
 */
export const egsIsOnboardingDriver: Satisfies<Egs, OnboardingDriver> = true;

/**
 * `true` exactly when `Egs` is a {@link SubmissionDriver}.
 *
 * @example
 * ```ts
 * egsIsSubmissionDriver; // true (a compile error otherwise)
 * ```
 */
export const egsIsSubmissionDriver: Satisfies<Egs, SubmissionDriver> = true;

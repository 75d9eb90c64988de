/**
 * What onboarding needs of an EGS unit: run (or resume) the onboarding, and read how far it went.
 * `Egs` of `@fatoora/core/egs` satisfies it as it is (a type test checks that), and so can a small
 * fake in a component test, where the Fatoora simulator cannot run.
 */
import type { EgsStatus, OnboardingResult, OnboardParameters } from '@fatoora/core/egs';

/**
 * The part of an `Egs` that `useOnboarding` and `OnboardingWizard` drive.
 *
 * @example
 * ```ts
 * const egs = await Egs.open({ store: new IndexedDbEgsStore(), unitId: 'till-1', client });
 * const driver: OnboardingDriver = egs;
 * ```
 */
export interface OnboardingDriver {
  /**
   * Runs the onboarding, or resumes it at the step that failed.
   *
   * @throws {EgsError} `onboarding-failed` with the failed step in `details.step` (and
   * `details.kind` for a compliance check).
   */
  onboard(parameters: OnboardParameters): Promise<OnboardingResult>;
  /** The steps and which are done, as the unit's store holds them (none before the first run). */
  status(): Promise<Pick<EgsStatus, 'onboarded' | 'onboarding'>>;
}

/**
 * Drives an EGS unit's onboarding — OTP, compliance CSID, one compliance check per document kind,
 * production CSID — and reports each step's progress. The unit comes by option or from
 * `FatooraProvider`; it is anything that satisfies {@link OnboardingDriver} (an `Egs`). Progress
 * is read from the unit's own status: before a run (so a half-done onboarding shows where it
 * stopped and resumes there, without an OTP once the compliance CSID is held), every
 * `pollIntervalMs` during a run (each step is saved in the unit's store as it passes), and from
 * the result or the error (which names the failed step) at the end.
 */
import type { CsrConfig } from '@fatoora/core/csr';
import type { OnboardingResult, OnboardParameters } from '@fatoora/core/egs';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useFatoora } from '../context/fatoora-provider.tsx';
import type { OnboardingDriver } from '../state/onboarding-driver.ts';
import {
  initialPlan,
  type OnboardingProgressSummary,
  type OnboardingState,
  type OnboardingStepProgress,
  onboardParameters,
  progressAfterFailure,
  progressAtStart,
  progressFromPlan,
  progressFromResult,
  progressSummary,
  storedPlan,
} from '../state/onboarding-progress.ts';

/** Options of {@link useOnboarding}. */
export interface UseOnboardingOptions {
  /** The unit to onboard; default: the provider's. */
  readonly driver?: OnboardingDriver | undefined;
  /** The unit's CSR configuration: a `CsrConfig` or the SDK's `.properties` text. */
  readonly csrConfig: CsrConfig | string;
  /** The Fatoora environment the certificates are for. */
  readonly environment: OnboardParameters['environment'];
  /** How often to read the unit's status during a run, in milliseconds. Default 500. */
  readonly pollIntervalMs?: number;
  /** Called when a run completes. */
  readonly onComplete?: ((result: OnboardingResult) => void) | undefined;
  /** Called when a run fails. */
  readonly onError?: ((error: unknown) => void) | undefined;
}

/** The onboarding's progress and its controls. */
export interface OnboardingControls extends OnboardingProgressSummary {
  /** Where onboarding stands: `loading` (reading the unit's status), `idle`, `running`, `failed`, `done`. */
  readonly state: OnboardingState;
  /** Every step in order, with its status. */
  readonly steps: readonly OnboardingStepProgress[];
  /** The last run's error, or a failure to read the unit's status. */
  readonly error: unknown;
  /** The last successful run's result. */
  readonly result: OnboardingResult | undefined;
  /** Runs or resumes the onboarding; resolves when it ends (never rejects: see `error`). */
  readonly start: (otp?: string) => Promise<void>;
  /** Reads the unit's status again. */
  readonly refresh: () => Promise<void>;
}

/**
 * Onboards a unit with per-step progress.
 *
 * @throws {Error} when no unit is given by option or provider.
 * @example
 * ```tsx
 * const onboarding = useOnboarding({ driver: egs, csrConfig, environment: 'simulation' });
 * <button onClick={() => onboarding.start(otp)} disabled={onboarding.state === 'running'}>Start</button>
 * ```
 */
export function useOnboarding(options: UseOnboardingOptions): OnboardingControls {
  const context = useFatoora();
  const driver = options.driver ?? context.onboarding;
  if (driver === undefined) {
    throw new Error(
      'useOnboarding needs an EGS unit: pass `driver`, or wrap the tree in <FatooraProvider egs={…}>.',
    );
  }
  const { environment, pollIntervalMs = 500 } = options;
  // An inline configuration object is a new object each render: key it by content.
  const config = useRef(options.csrConfig);
  config.current = options.csrConfig;
  const configKey =
    typeof options.csrConfig === 'string' ? options.csrConfig : JSON.stringify(options.csrConfig);
  const [state, setState] = useState<OnboardingState>('loading');
  const [steps, setSteps] = useState<readonly OnboardingStepProgress[]>(() =>
    progressFromPlan(initialPlan(options.csrConfig), false),
  );
  const [error, setError] = useState<unknown>(undefined);
  const [result, setResult] = useState<OnboardingResult | undefined>(undefined);
  const generation = useRef(0);
  const running = useRef(false);
  const callbacks = useRef({ onComplete: options.onComplete, onError: options.onError });
  callbacks.current = { onComplete: options.onComplete, onError: options.onError };

  /** Reads the plan from the unit's status (again whenever the configuration's content changes). */
  // biome-ignore lint/correctness/useExhaustiveDependencies: configKey stands for the configuration read through its ref
  const read = useCallback(
    async (run: number, live: boolean) => {
      const status = await driver.status();
      if (run !== generation.current) return;
      const plan = storedPlan(status) ?? initialPlan(config.current);
      setSteps(progressFromPlan(plan, live));
      if (!live) setState(status.onboarded ? 'done' : 'idle');
    },
    [driver, configKey],
  );

  const refresh = useCallback(async () => {
    const run = ++generation.current;
    running.current = false;
    try {
      await read(run, false);
    } catch (failure) {
      if (run !== generation.current) return;
      setError(failure);
      setState('idle');
    }
  }, [read]);

  useEffect(() => {
    void refresh();
    return () => {
      generation.current++;
    };
  }, [refresh]);

  const start = useCallback(
    async (otp?: string) => {
      if (running.current) return;
      running.current = true;
      const run = ++generation.current;
      setState('running');
      setError(undefined);
      setSteps(progressAtStart);
      const timer = setInterval(() => {
        read(run, true).catch(() => undefined);
      }, pollIntervalMs);
      try {
        const outcome = await driver.onboard(onboardParameters(config.current, environment, otp));
        clearInterval(timer);
        if (run !== generation.current) return;
        setSteps(progressFromResult(outcome));
        setResult(outcome);
        setState('done');
        callbacks.current.onComplete?.(outcome);
      } catch (failure) {
        clearInterval(timer);
        if (run !== generation.current) return;
        // The store knows which steps passed before the failure; the error names the failed one.
        const status = await driver.status().catch(() => undefined);
        if (run !== generation.current) return;
        const plan = storedPlan(status);
        setSteps((current) => progressAfterFailure(current, plan, failure));
        setError(failure);
        setState('failed');
        callbacks.current.onError?.(failure);
      } finally {
        if (run === generation.current) running.current = false;
      }
    },
    [driver, environment, pollIntervalMs, read],
  );

  return {
    state,
    steps,
    ...progressSummary(steps),
    error,
    result,
    start,
    refresh,
  };
}

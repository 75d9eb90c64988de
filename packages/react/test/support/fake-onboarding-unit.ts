/**
 * A small in-memory stand-in for an `Egs` in onboarding tests (the Fatoora simulator cannot run in
 * a browser; the real flow is proven by core's tests against it). It satisfies `OnboardingDriver`
 * the way `Egs` does: `onboard` runs the plan core computes from its record, one step at a time,
 * saving each step as it passes, and `status` reads that record. Each step waits for the test to
 * let it go (`advance`), so a test can watch the progress; `failAt` makes one step fail the way
 * `Egs.onboard` fails (`EgsError` `onboarding-failed` naming the step, ZATCA's answer as cause).
 */

import { RejectedError } from '@fatoora/core/api';
import type { CsrConfig } from '@fatoora/core/csr';
import type {
  EgsUnitRecord,
  OnboardingResult,
  OnboardingStepResult,
  OnboardParameters,
} from '@fatoora/core/egs';
import { planOnboarding } from '@fatoora/core/egs';
import { EgsError, InputError } from '@fatoora/core/errors';
import type { ComplianceDocumentKind } from '@fatoora/core/model';
import { SAMPLE_CSR_CONFIG } from '@fatoora/test-support/parties';
import type { OnboardingDriver } from '../../src/state/onboarding-driver.ts';
import { stepKey } from '../../src/state/onboarding-progress.ts';

/**
 * The SDK sample unit's CSR configuration, enabling standard and simplified documents: six
 * compliance checks.
 *
 * @example
 * ```ts
 * initialPlan(CSR_CONFIG).length; // 8
 * ```
 */
export const CSR_CONFIG: CsrConfig = SAMPLE_CSR_CONFIG;

const CSID = {
  requestId: '1',
  binarySecurityToken: 'token',
  secret: 'secret',
  certificate: 'cert',
  expiresAt: '2030-01-01T00:00:00Z',
};

/**
 * The in-memory unit.
 *
 * @example
 * ```ts
 * const unit = new FakeOnboardingUnit();
 * render(<OnboardingWizard driver={unit} csrConfig={CSR_CONFIG} environment="simulation" />);
 * await unit.advance(); // the running step passes
 * ```
 */
export class FakeOnboardingUnit implements OnboardingDriver {
  #record: EgsUnitRecord | undefined;
  #waiting: (() => void)[] = [];
  #waiters: (() => void)[] = [];
  /** Whether `onboard` waits for {@link advance} before each step. Default true. */
  stepped = true;
  /** The key of a step to fail once (`compliance-check:standard-credit-note`). */
  failAt: string | undefined;
  /** Every call to `onboard`. */
  readonly calls: OnboardParameters[] = [];

  /** A unit with some steps already done, as a previous run would have left it. */
  static resumed(passed: readonly ComplianceDocumentKind[]): FakeOnboardingUnit {
    const unit = new FakeOnboardingUnit();
    unit.#record = {
      id: 'till-1',
      csrConfig: { ...CSR_CONFIG },
      complianceCsid: CSID,
      passedComplianceChecks: [...passed],
      createdAt: '2024-03-05T09:00:00Z',
      updatedAt: '2024-03-05T09:00:00Z',
    };
    return unit;
  }

  async status() {
    const record = this.#record;
    return {
      onboarded: record?.productionCsid !== undefined,
      onboarding: record ? planOnboarding(record, CSR_CONFIG.invoiceType) : [],
    };
  }

  async onboard(parameters: OnboardParameters): Promise<OnboardingResult> {
    this.calls.push(parameters);
    let record: EgsUnitRecord = this.#record ?? {
      id: 'till-1',
      csrConfig: { ...CSR_CONFIG },
      passedComplianceChecks: [],
      createdAt: '2024-03-05T09:00:00Z',
      updatedAt: '2024-03-05T09:00:00Z',
    };
    this.#record = record;
    const steps: OnboardingStepResult[] = [];
    for (const { done, ...step } of planOnboarding(record, CSR_CONFIG.invoiceType)) {
      if (done) {
        steps.push({ ...step, outcome: 'skipped' });
        continue;
      }
      if (step.step === 'compliance-csid' && !parameters.otp) {
        throw new InputError('otp', 'otp-required', 'Give the OTP from the Fatoora portal.');
      }
      if (this.stepped) await this.#gate();
      if (this.failAt === stepKey(step)) {
        this.failAt = undefined;
        throw new EgsError('onboarding-failed', `The ${stepKey(step)} failed: Invalid-OTP`, {
          details: { step: step.step, ...(step.step === 'compliance-check' ? { kind: step.kind } : {}) },
          cause: new RejectedError('The platform refused the call.', {
            status: 400,
            errors: [{ code: 'Invalid-OTP', message: 'The provided OTP is invalid.' }],
          }),
        });
      }
      if (step.step === 'compliance-csid') record = { ...record, complianceCsid: CSID };
      else if (step.step === 'compliance-check') {
        record = { ...record, passedComplianceChecks: [...record.passedComplianceChecks, step.kind] };
      } else record = { ...record, productionCsid: CSID };
      this.#record = record;
      steps.push({ ...step, outcome: 'passed' });
    }
    return { steps, generatedPrivateKey: true, csidExpiresAt: new Date(CSID.expiresAt) };
  }

  /** Lets the waiting step run; resolves once a step is waiting (immediately if one is). */
  async advance(): Promise<void> {
    if (this.#waiting.length === 0) await new Promise<void>((resolve) => this.#waiters.push(resolve));
    this.#waiting.shift()?.();
  }

  #gate(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.#waiting.push(resolve);
      for (const waiter of this.#waiters.splice(0)) waiter();
    });
  }
}

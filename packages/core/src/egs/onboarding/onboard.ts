/**
 * Onboarding an EGS unit, step by step (fatoora-api.md "Endpoints" #1–#3 and "Flow rules"): a key
 * (the caller's, else a new one), the CSR; the compliance CSID for the CSR and a portal OTP; one
 * compliance check per document kind the CSR's `invoiceType` enables, each a built-in sample signed
 * with the compliance CSID; then the production CSID. Every step's result is saved in the unit's
 * record before the next one starts, so a failure leaves the record at the failed step and calling
 * onboarding again resumes there (the steps already done are reported as skipped).
 *
 * The unit's environment is kept in its record. On the developer portal the production CSID is the
 * portal's canned certificate, which the unit keeps beside its own compliance CSID
 * (`production-identity.ts`); anywhere else a production CSID that does not carry the unit's
 * public key is refused (`csid-key-mismatch`) and not kept.
 *
 * The compliance samples stay out of the production chain: they are test documents that the
 * platform checks one by one and never files (no reporting, no clearance, no chain), while the
 * platform's chain check on reporting and clearance (KSA-13) expects the unit's first real document
 * to carry the first-document PIH seed and ICV 1 (fatoora-api.md "Flow rules"). Had the samples
 * consumed ICVs 1…6, the first production document would chain to a hash the platform never saw.
 */
import type { FatooraClient } from '../../api/client.ts';
import { exportPrivateKey } from '../../crypto/keys.ts';
import { generatePrivateKey, type PrivateKey } from '../../crypto/private-key.ts';
import { createCsr } from '../../csr/create-csr.ts';
import type { CsrConfig } from '../../csr/csr-config.ts';
import { EgsError } from '../../errors/egs-error.ts';
import { FatooraError } from '../../errors/fatoora-error.ts';
import { InputError } from '../../errors/input-error.ts';
import { RejectedError } from '../../errors/rejected-error.ts';
import type { FatooraEnvironment } from '../../model/environments.ts';
import type { EgsStore, EgsUnitRecord } from '../store/store.ts';
import { credentialsOf, toStoredCsid } from '../store/stored-csid.ts';
import { runComplianceCheck } from './compliance-check.ts';
import { kindsOfSteps, missingComplianceSteps } from './missing-steps.ts';
import { describeStep, type OnboardingStep, planOnboarding } from './onboarding-plan.ts';
import { assertProductionCsidFits } from './production-identity.ts';
import { readCsrConfig, sameCsrConfig } from './unit-csr-config.ts';
import { assertKeyFitsUnit, resolveUnitKey } from './unit-key.ts';

/** Parameters of `Egs.onboard`. */
export interface OnboardParameters {
  /**
   * The OTP from the Fatoora portal. Needed only while the compliance CSID is still to be
   * requested; a resumed onboarding past that step ignores it.
   */
  readonly otp?: string;
  /** The unit's CSR configuration: a `CsrConfig` or the SDK's `.properties` text. */
  readonly csrConfig: CsrConfig | string;
  /** Which Fatoora environment the certificates are for (sets the CSR's template name). */
  readonly environment: FatooraEnvironment;
}

/** What became of one step. */
export type OnboardingStepResult = OnboardingStep & {
  /** `passed` when this run did the step, `skipped` when the record showed it done already. */
  readonly outcome: 'passed' | 'skipped';
};

/** The result of onboarding. */
export interface OnboardingResult {
  /** Every step in order: `passed` in this run, or `skipped` because the record shows it done. */
  readonly steps: readonly OnboardingStepResult[];
  /** Whether this run generated the unit's key (export it with `exportPrivateKey(egs.privateKey)` unless it is stored). */
  readonly generatedPrivateKey: boolean;
  /** The production CSID's expiry. */
  readonly csidExpiresAt: Date;
}

/** What onboarding works with. */
export interface OnboardingContext {
  readonly store: EgsStore;
  readonly unitId: string;
  /** A client without credentials: each step adds the CSID it needs. */
  readonly client: FatooraClient;
  readonly privateKey: PrivateKey | undefined;
  readonly storePrivateKey: boolean;
  readonly now: () => Date;
  readonly uuid: () => string;
  /** Called with the key as soon as it is known (a generated key must outlive a failed step). */
  readonly keepPrivateKey?: (key: PrivateKey) => void;
}

/**
 * Runs (or resumes) onboarding and returns the final record, the key and the result.
 *
 * @throws {InputError} for a broken CSR configuration (`csrConfig.<field>`), an `environment` that
 * is not the client's or not the one the unit was onboarded for, or a missing OTP when the
 * compliance CSID is still to be requested.
 * @throws {EgsError} `csr-config-mismatch` when resuming with another configuration,
 * `private-key-missing` when resuming without the unit's key, `key-mismatch` for another key,
 * `csid-key-mismatch` for a production CSID issued for another key (outside the developer portal's
 * canned certificate), and
 * `onboarding-failed` naming the failed step (`details.step`, `details.kind`; for a production CSID
 * refused for missing compliance steps, `details.missingSteps`, whose checks of the six kinds the
 * record forgets so that resuming runs them again), with the API error
 * (`RejectedError`, `ServerError`, `TimeoutError`, …) as `cause`.
 * @throws {StoreError} when the store fails.
 * @example
 * ```ts
 * const { result } = await runOnboarding(context, { otp: '123345', csrConfig, environment: 'simulation' });
 * result.steps.filter((s) => s.outcome === 'passed').length;
 * ```
 */
export async function runOnboarding(
  context: OnboardingContext,
  parameters: OnboardParameters,
): Promise<{ record: EgsUnitRecord; privateKey: PrivateKey; result: OnboardingResult }> {
  const { store, unitId, client } = context;
  const config = readCsrConfig(parameters.csrConfig);
  const environment = parameters.environment;
  if (client.environment !== undefined && client.environment !== environment) {
    throw new InputError(
      'environment',
      'environment-matches-client',
      `The CSR is for the ${environment} environment, but the client calls ${client.environment}.`,
    );
  }
  let record = await store.loadUnit(unitId);
  if (record?.environment !== undefined && record.environment !== environment) {
    throw new InputError(
      'environment',
      'environment-matches-unit',
      `Unit ${unitId} was onboarded for the ${record.environment} environment, not ${environment}; credentials never cross environments: use another unit id.`,
    );
  }
  const started = record?.complianceCsid !== undefined || record?.productionCsid !== undefined;
  if (record !== undefined && started && !sameCsrConfig(record.csrConfig, config)) {
    throw new EgsError(
      'csr-config-mismatch',
      `Unit ${unitId} was onboarded with another CSR configuration; resume with the same one, or use another unit id.`,
      { details: { unitId } },
    );
  }
  let privateKey = resolveUnitKey(context.privateKey, record);
  const generatedPrivateKey = privateKey === undefined;
  if (privateKey === undefined) {
    if (started) {
      throw new EgsError(
        'private-key-missing',
        `Unit ${unitId} has a CSID but no private key: open it with the key its CSR was made with.`,
        { details: { unitId } },
      );
    }
    privateKey = generatePrivateKey();
  }
  if (record !== undefined) assertKeyFitsUnit(privateKey, record, environment);
  const key = privateKey;
  context.keepPrivateKey?.(key);

  const at = () => context.now().toISOString();
  const save = async (next: EgsUnitRecord) => {
    record = { ...next, updatedAt: at() };
    await store.saveUnit(record);
    return record;
  };
  // The record (and, when asked, the key) is saved before any CSID is bound to the key.
  const storeKey = context.storePrivateKey && record?.privateKeyPem === undefined;
  let current: EgsUnitRecord =
    record !== undefined && started && !storeKey && record.environment !== undefined
      ? record
      : await save({
          ...(record ?? { id: unitId, passedComplianceChecks: [], createdAt: at() }),
          id: unitId,
          csrConfig: { ...config },
          environment,
          ...(storeKey ? { privateKeyPem: exportPrivateKey(key, { format: 'pkcs8' }) } : {}),
        } as EgsUnitRecord);

  const steps: OnboardingStepResult[] = [];
  for (const planned of planOnboarding(current, config.invoiceType)) {
    const { done, ...step } = planned;
    if (done) {
      steps.push({ ...step, outcome: 'skipped' });
      continue;
    }
    try {
      current = await save(
        await runStep(step, current, { ...context, config, environment, key, otp: parameters.otp }),
      );
    } catch (error) {
      if (!(error instanceof FatooraError) || error instanceof EgsError) throw error;
      if (error instanceof InputError && error.field === 'otp') throw error;
      const missingSteps = error instanceof RejectedError ? missingComplianceSteps(error) : [];
      if (step.step === 'production-csid') await forgetChecks(current, missingSteps, save);
      throw new EgsError('onboarding-failed', `The ${describeStep(step)} failed: ${error.message}`, {
        cause: error,
        details: {
          unitId,
          step: step.step,
          ...(step.step === 'compliance-check' ? { kind: step.kind } : {}),
          ...(missingSteps.length > 0 ? { missingSteps } : {}),
        },
      });
    }
    steps.push({ ...step, outcome: 'passed' });
  }
  const production = current.productionCsid!;
  return {
    record: current,
    privateKey: key,
    result: { steps, generatedPrivateKey, csidExpiresAt: new Date(production.expiresAt) },
  };
}

/**
 * A production CSID refused for missing compliance steps that the record shows as passed (the
 * platform lost them, or a check passed here was never filed there): the record forgets those
 * checks, so that resuming onboarding runs them again instead of asking for the CSID in vain.
 * Steps of no document kind (the QR-code steps) are left to the caller, in the error's details.
 */
async function forgetChecks(
  record: EgsUnitRecord,
  missingSteps: readonly string[],
  save: (next: EgsUnitRecord) => Promise<EgsUnitRecord>,
): Promise<void> {
  const rerun = kindsOfSteps(missingSteps);
  const kept = record.passedComplianceChecks.filter((kind) => !rerun.includes(kind));
  if (kept.length < record.passedComplianceChecks.length)
    await save({ ...record, passedComplianceChecks: kept });
}

interface StepContext extends OnboardingContext {
  readonly config: CsrConfig;
  readonly environment: FatooraEnvironment;
  readonly key: PrivateKey;
  readonly otp: string | undefined;
}

/** Runs one step and returns the record with its result. */
async function runStep(
  step: OnboardingStep,
  record: EgsUnitRecord,
  context: StepContext,
): Promise<EgsUnitRecord> {
  switch (step.step) {
    case 'compliance-csid': {
      const csr = createCsr(context.config, context.key, { environment: context.environment });
      const csid = await context.client.requestComplianceCsid({ csr, otp: context.otp as string });
      // A new compliance CSID starts its checks afresh.
      return { ...record, complianceCsid: toStoredCsid(csid), passedComplianceChecks: [] };
    }
    case 'compliance-check': {
      await runComplianceCheck(step.kind, {
        client: context.client,
        config: context.config,
        key: context.key,
        complianceCsid: record.complianceCsid!,
        now: context.now,
        uuid: context.uuid,
      });
      return { ...record, passedComplianceChecks: [...record.passedComplianceChecks, step.kind] };
    }
    case 'production-csid': {
      const compliance = record.complianceCsid!;
      const csid = toStoredCsid(
        await context.client
          .withCredentials(credentialsOf(compliance))
          .requestProductionCsid({ complianceRequestId: compliance.requestId }),
      );
      // A certificate nothing can be signed for is refused here, before it is kept.
      assertProductionCsidFits(csid, context.key, context.environment, record.id);
      return { ...record, productionCsid: csid };
    }
  }
}

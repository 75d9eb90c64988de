/**
 * Onboarding against a running simulator with the real client, keys and CSRs: a compliance CSID,
 * the compliance checks of every kind its title enables, and the production CSID — each step a
 * helper, so that tests can stop at any of them.
 */
import { type CsidResult, createFatooraClient, type FatooraClient } from '@fatoora/core/api';
import { generatePrivateKey, importPrivateKey, type PrivateKey } from '@fatoora/core/crypto';
import { type Csr, type CsrConfig, createCsr } from '@fatoora/core/csr';
import { DEVELOPER_PORTAL_CSID, type FatooraEnvironment } from '@fatoora/core/model';
import { FIRST_PREVIOUS_INVOICE_HASH } from '@fatoora/core/signing';
import { SAMPLE_CSR_CONFIG } from '@fatoora/test-support/parties';
import { DEFAULT_OTP, type RunningSimulator } from '../../src/index.ts';
import { invoiceModel, SIX_KINDS } from './invoices.ts';
import { signModel, TestEgs } from './test-egs.ts';

/** The SDK sample unit's CSR configuration (the test seller's); `changes` override any field. */
export function csrConfig(changes: Partial<CsrConfig> = {}): CsrConfig {
  return { ...SAMPLE_CSR_CONFIG, ...changes };
}

/**
 * The key of the test EGS units. Core's ECDSA precomputes tables for a public key on its second
 * use (about 300 ms), so units that share a key keep the suite fast; a test about keys passes its
 * own.
 */
export const TEST_KEY: PrivateKey = generatePrivateKey();

/** A CSR for `key` (default {@link TEST_KEY}). */
export function newCsr(
  environment: FatooraEnvironment = 'simulation',
  changes: Partial<CsrConfig> = {},
  key: PrivateKey = TEST_KEY,
): { key: PrivateKey; csr: Csr } {
  return { key, csr: createCsr(csrConfig(changes), key, { environment }) };
}

/** A client for one environment of the simulator, without retries unless asked. */
export function clientFor(
  simulator: RunningSimulator,
  environment: FatooraEnvironment = 'simulation',
  options: Partial<Parameters<typeof createFatooraClient>[0]> = {},
): FatooraClient {
  return createFatooraClient({
    baseUrl: simulator.urlFor(environment),
    retry: false,
    timeoutMs: 5000,
    ...options,
  });
}

/** What a compliance CSID request left: the key, the CSID, and a client holding it. */
export interface ComplianceStage {
  readonly key: PrivateKey;
  readonly compliance: CsidResult;
  readonly checks: FatooraClient;
}

/**
 * An OTP for `environment`, as a unit gets one: the developer portal's fixed `123345`, or a code
 * minted by the simulator's stand-in for the Fatoora portal.
 */
export async function otpFor(simulator: RunningSimulator, environment: FatooraEnvironment): Promise<string> {
  return environment === 'developer-portal' ? DEFAULT_OTP : simulator.mintOtp();
}

/** Requests a compliance CSID for a new EGS unit (with a fresh OTP unless `otp` is given). */
export async function requestCompliance(
  simulator: RunningSimulator,
  options: { environment?: FatooraEnvironment; invoiceType?: string; otp?: string; key?: PrivateKey } = {},
): Promise<ComplianceStage> {
  const environment = options.environment ?? 'simulation';
  const { key, csr } = newCsr(
    environment,
    options.invoiceType ? { invoiceType: options.invoiceType } : {},
    options.key ?? TEST_KEY,
  );
  const client = clientFor(simulator, environment);
  const otp = options.otp ?? (await otpFor(simulator, environment));
  const compliance = await client.requestComplianceCsid({ csr, otp });
  return { key, compliance, checks: client.withCredentials(compliance) };
}

/** Passes the compliance check of each of `kinds` (default: all six). */
export async function passComplianceChecks(stage: ComplianceStage, kinds = SIX_KINDS): Promise<void> {
  for (const [index, kind] of kinds.entries()) {
    const model = invoiceModel(kind, {
      counter: index + 1,
      previousInvoiceHash: FIRST_PREVIOUS_INVOICE_HASH,
    });
    const document = signModel(model, stage.key, stage.compliance.certificate);
    await stage.checks.checkInvoiceCompliance({ invoice: document.xml, invoiceHash: document.invoiceHash });
  }
}

/** An onboarded EGS unit: its production CSID, a client holding it, and its chain. */
export interface OnboardedEgs extends ComplianceStage {
  readonly production: CsidResult;
  readonly client: FatooraClient;
  readonly egs: TestEgs;
}

/**
 * Onboards a new EGS unit (title 1100) in `environment`. On the developer portal the production
 * CSID is the portal's canned one, so the unit signs with its key, the SDK's test key
 * (fatoora-api.md §10).
 */
export async function onboard(
  simulator: RunningSimulator,
  environment: FatooraEnvironment = 'simulation',
): Promise<OnboardedEgs> {
  const stage = await requestCompliance(simulator, { environment });
  await passComplianceChecks(stage);
  const production = await stage.checks.requestProductionCsid({
    complianceRequestId: stage.compliance.requestId,
  });
  return {
    ...stage,
    production,
    client: stage.checks.withCredentials(production),
    egs: new TestEgs(
      environment === 'developer-portal' ? importPrivateKey(DEVELOPER_PORTAL_CSID.privateKey) : stage.key,
      production.certificate,
    ),
  };
}

/**
 * The behaviours ZATCA leaves unsettled (fatoora-api.md §11, the simulator's `BEHAVIOURS`), each
 * value met by the same `Egs` code through its public API wherever it changes what the unit sees:
 * duplicate clearance (208, 409), the reporting duplicate's body (OpenAPI, forum), renewal's 428
 * (also on every environment in `lifecycle.test.ts`), the production CSID asked for before every
 * step passed (three answers, with the QR-code steps that make the unit's own flow ask early),
 * the shape of CSID errors (flat, list), the expired OTP's code and message, other OTPs on the
 * developer portal, template names, the PIH chain check (format, chain warning) with a document
 * stuck while a later one goes, clearance switched off, a standard document on reporting, and the
 * `Clearance-Status` header enforced (which the unit always sends right).
 *
 * Left to the simulator's own tests, as nothing the unit sees changes with them:
 * - `long-csr-attribute`, `simplified-on-clearance`, `cleared-invoice`: one value each, nothing to
 *   select (the stamped copy `cleared-invoice` makes is checked in `lifecycle.test.ts`); the unit
 *   never sends a simplified document to clearance.
 * - `qr-long-values`: core refuses QR values of 128 bytes or more when it signs, so the unit never
 *   sends one for the strict reading to refuse.
 * - `language`: no Arabic text is collected, so `arabic-where-known` still answers in English.
 */
import { RejectedError } from '@fatoora/core/api';
import { Egs, type EgsStore } from '@fatoora/core/egs';
import { EgsError } from '@fatoora/core/errors';
import { type ComplianceDocumentKind, DOCUMENT_KINDS, type FatooraEnvironment } from '@fatoora/core/model';
import { hashInvoice } from '@fatoora/core/signing';
import { type RunningSimulator, startSimulator } from '@fatoora/simulator';
import { simulatorPerFile } from '@fatoora/test-support/simulator-per-file';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  backupOf,
  clientFor,
  csrConfigFor,
  onboardedUnit,
  openUnit,
  portalOtp,
  UNIT_CSR_CONFIG,
  unitDraft,
} from './units.ts';

const STANDARD_KINDS = (Object.keys(DOCUMENT_KINDS) as ComplianceDocumentKind[]).filter(
  (kind) => DOCUMENT_KINDS[kind].subtype === 'standard',
);

let simulator: RunningSimulator;
simulatorPerFile(async () => {
  // Documents analysed on the event loop: no analysis threads to start, the cheapest on two cores.
  simulator = await startSimulator({ analysisThreads: 0 });
  return simulator;
});
afterEach(() => {
  simulator.behaviours.reset();
});

/** One onboarded simulation unit for the tests that only issue: each leaves its outbox empty. */
let shared: { egs: Egs; store: EgsStore };
let documentNumber = 0;
const draft = (kind: ComplianceDocumentKind) => unitDraft(kind, `B-${++documentNumber}`);
beforeAll(async () => {
  shared = await onboardedUnit(simulator, 'simulation');
});

/** The failure `promise` ends with (it must fail). */
async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected a failure'),
    (error: unknown) => error,
  );
}

/** Checks an onboarding failure at `step`, and returns the platform's answer behind it. */
function refusalAt(failure: unknown, step: string): RejectedError {
  expect(failure).toBeInstanceOf(EgsError);
  expect(failure).toMatchObject({ code: 'onboarding-failed', details: { step } });
  const cause = (failure as EgsError).cause;
  expect(cause).toBeInstanceOf(RejectedError);
  return cause as RejectedError;
}

describe('the same signed bytes sent again after the platform accepted them', () => {
  it.each(['208', '409'] as const)(
    'duplicate-clearance %s: a clearance whose answer was lost settles as cleared',
    async (answer) => {
      simulator.behaviours.set({ 'duplicate-clearance': answer });
      simulator.faults.set({ dropNext: 1, endpoints: ['clearance'] });
      const issued = await shared.egs.issue(draft('standard-invoice'));
      expect(issued).toMatchObject({ state: 'pending', lastError: { code: 'network-failure' } });
      const retried = await shared.egs.drainOutbox({ force: true });
      expect(retried.settled.map((item) => [item.counter, item.state])).toEqual([
        [issued.counter, 'cleared'],
      ]);
      const settled = await shared.egs.document(issued.counter);
      if (answer === '208') {
        // 208 hands back the stamped copy of the first clearance: the document for the buyer.
        expect(hashInvoice(settled!.document!)).toBe(issued.invoiceHash);
        expect(settled?.followUp).toBeUndefined();
      } else {
        // 409 brings no stamped copy: cleared all the same, and flagged to fetch it (§9).
        expect(settled?.document).toBeUndefined();
        expect(settled?.followUp?.reason).toBe('cleared-xml-missing');
        expect(settled?.messages.map((message) => message.message)).toContain(
          'Invoice Hash Previously Submitted',
        );
      }
    },
  );

  it.each([
    ['oas', 'Invoice was already Reported successfully earlier.'],
    ['forum', 'Invoice Hash Previously Submitted'],
  ] as const)(
    'reporting-duplicate-body %s: a till restored from a backup reports again, and the 409 settles as reported',
    async (body, text) => {
      simulator.behaviours.set({ 'reporting-duplicate-body': body });
      const issued = await shared.egs.issue(draft('simplified-credit-note'));
      // Last night's backup holds the document not sent yet; the till reports it, then loses its store.
      const backup = await backupOf(shared.store, 'till-1');
      expect((await shared.egs.drainOutbox()).settled).toEqual([
        expect.objectContaining({ counter: issued.counter, state: 'reported' }),
      ]);
      const restored = await Egs.open({
        store: backup,
        unitId: 'till-1',
        client: clientFor(simulator, 'simulation'),
        privateKey: shared.egs.privateKey!,
      });
      // Its first send from the restored till's view: only the 409's body says it is a duplicate.
      const again = await restored.drainOutbox();
      expect(again.settled).toEqual([{ counter: issued.counter, id: issued.id, state: 'reported' }]);
      const document = await restored.document(issued.counter);
      expect(document).toMatchObject({ state: 'reported', attempts: 1 });
      expect(document?.followUp).toBeUndefined();
      expect(document?.messages.map((message) => message.message)).toEqual([text]);
    },
  );
});

describe('pih-chain: a later document goes while an earlier one is stuck', () => {
  it.each(['format', 'chain-warning'] as const)(
    '%s: both are reported, a warning on each broken link only with chain-warning',
    async (check) => {
      simulator.behaviours.set({ 'pih-chain': check });
      // A unit of its own: the check compares with the end of the unit's chain on the platform.
      const unit = await onboardedUnit(simulator, 'simulation', csrConfigFor('0100'));
      const codes = (messages: readonly { code: string }[]) => messages.map((message) => message.code);
      // In order, the link holds either way.
      const inOrder = await unit.egs.issue(draft('simplified-invoice'), { reportNow: true });
      expect(inOrder.state).toBe('reported');
      expect(codes(inOrder.messages)).not.toContain('invalid-previous-invoice-hash');

      const earlier = await unit.egs.issue(draft('simplified-invoice'));
      simulator.faults.set({ failNext: 1, endpoints: ['reporting'] });
      const later = await unit.egs.issue(draft('simplified-debit-note'), { reportNow: true });
      expect(later).toMatchObject({ counter: earlier.counter + 1, state: 'reported' });
      const [stuck] = (await unit.egs.status()).outbox.stuck;
      expect(stuck).toMatchObject({ counter: earlier.counter, lastError: { status: 503 } });
      expect(stuck?.deadline).toBe(earlier.deadline);

      const drained = await unit.egs.drainOutbox({ force: true });
      expect(drained.settled.map((item) => [item.counter, item.state])).toEqual([
        [earlier.counter, 'reported'],
      ]);
      const late = await unit.egs.document(earlier.counter);
      // The later document arrived before its predecessor, which then arrived after it.
      const warned = check === 'chain-warning' ? ['invalid-previous-invoice-hash'] : [];
      expect(codes(later.messages).filter((code) => code === 'invalid-previous-invoice-hash')).toEqual(
        warned,
      );
      expect(codes(late!.messages).filter((code) => code === 'invalid-previous-invoice-hash')).toEqual(
        warned,
      );
    },
  );
});

describe('clearance switched off, and standard documents on reporting', () => {
  it('clearance off: the standard document is reported instead (303, §9), and cleared again once it is on', async () => {
    simulator.behaviours.set({ clearance: 'off' });
    const reported = await shared.egs.issue(draft('standard-debit-note'));
    expect(reported).toMatchObject({ state: 'reported', route: 'reporting', attempts: 2 });
    expect(reported.document).toBe(reported.signedXml);
    simulator.behaviours.set({ clearance: 'on' });
    expect(await shared.egs.issue(draft('standard-invoice'))).toMatchObject({
      state: 'cleared',
      route: 'clearance',
    });
  });

  // Every attempt at a standard document starts at clearance (submit-document.ts): rerouted while
  // clearance was off, it is cleared once clearance is back on, whatever reporting would answer.
  it.each(['303', '400'] as const)(
    'standard-on-reporting %s: a standard document rerouted while clearance was off is cleared once it is back on',
    async (answer) => {
      simulator.behaviours.set({ clearance: 'off', 'standard-on-reporting': answer });
      const { egs } = await onboardedUnit(simulator, 'simulation', csrConfigFor('1000'));
      simulator.faults.set({ failNext: 1, endpoints: ['reporting'] });
      const issued = await egs.issue(draft('standard-invoice'));
      // Clearance said 303, the report it was rerouted to met a 503: it waits on the reporting route.
      expect(issued).toMatchObject({ state: 'pending', route: 'reporting', lastError: { status: 503 } });
      simulator.behaviours.set({ clearance: 'on' });
      const drained = await egs.drainOutbox({ force: true });
      expect(drained.settled.map((item) => [item.counter, item.state])).toEqual([
        [issued.counter, 'cleared'],
      ]);
    },
  );

  it('clearance-status-header enforce: the unit sends the header each endpoint wants, so nothing changes', async () => {
    simulator.behaviours.set({ 'clearance-status-header': 'enforce' });
    expect((await shared.egs.issue(draft('standard-credit-note'))).state).toBe('cleared');
    expect((await shared.egs.issue(draft('simplified-invoice'), { reportNow: true })).state).toBe('reported');
  });
});

describe('onboarding answers', () => {
  it.each([
    ['missing-steps', 400, 'Missing-ComplianceSteps'],
    ['missing-steps-list', 400, 'Missing-ComplianceSteps'],
    ['not-compliant', 200, undefined],
  ] as const)(
    'early-production-csid %s: a production CSID asked for before the QR-code steps passed is refused, typed; the unit resumes once they are not required',
    async (variant, status, code) => {
      // A standard-only CSR with flag C (1010): the unit runs the standard checks, as its title says,
      // while the platform also wants the QR-code steps (which only a simplified check passes).
      simulator.behaviours.set({ 'early-production-csid': variant, 'qr-compliance-steps': 'required' });
      const csrConfig = csrConfigFor('1010');
      const { egs, store } = await openUnit(simulator, 'simulation');
      const onboarding = { csrConfig, environment: 'simulation' } as const;
      const failure = await failureOf(egs.onboard({ ...onboarding, otp: await simulator.mintOtp() }));
      const refusal = refusalAt(failure, 'production-csid');
      expect(refusal.status).toBe(status);
      expect(refusal.errors[0]?.code).toBe(code);
      if (variant !== 'missing-steps-list') {
        expect(refusal.errors[0]?.message).toContain('[seller-qr-code-compliant,buyer-qr-code-compliant]');
      }
      const record = await store.loadUnit('till-1');
      expect(record?.productionCsid).toBeUndefined();
      expect(record?.passedComplianceChecks).toEqual(STANDARD_KINDS);

      simulator.behaviours.set({ 'qr-compliance-steps': 'not-required' });
      const resumed = await egs.onboard(onboarding);
      expect(resumed.steps.map((step) => step.outcome)).toEqual([
        'skipped',
        'skipped',
        'skipped',
        'skipped',
        'passed',
      ]);
      expect((await egs.issue(draft('standard-invoice'))).state).toBe('cleared');
    },
  );

  it.each(['flat', 'list'] as const)(
    'csid-error-shape %s: a wrong OTP is a typed refusal on onboarding and on renewal',
    async (shape) => {
      simulator.behaviours.set({ 'csid-error-shape': shape });
      const invalidOtp = [{ code: 'Invalid-OTP', message: 'The provided OTP is invalid' }];
      const { egs } = await openUnit(simulator, 'simulation');
      const onboarding = await failureOf(
        egs.onboard({ otp: '000000', csrConfig: UNIT_CSR_CONFIG, environment: 'simulation' }),
      );
      expect(refusalAt(onboarding, 'compliance-csid')).toMatchObject({ status: 400, errors: invalidOtp });

      const renewal = await failureOf(shared.egs.renew({ otp: '000000' }));
      expect(renewal).toMatchObject({ code: 'renewal-failed', details: { step: 'renewal-request' } });
      expect((renewal as EgsError).cause).toBeInstanceOf(RejectedError);
      expect((renewal as EgsError).cause).toMatchObject({ status: 400, errors: invalidOtp });
    },
  );

  const expiredOtp = { 'expired-otp-code': 'Expired-OTP', 'expired-otp-message': 'The OTP has expired' };
  it.each([
    ['at their defaults', {}, 'Invalid-OTP', 'The provided OTP is expired'],
    ['set', expiredOtp, 'Expired-OTP', 'The OTP has expired'],
  ] as const)(
    'expired-otp-code and -message %s: the developer portal’s expired OTP 222222 is refused with them',
    async (_setting, settings, code, message) => {
      simulator.behaviours.set(settings);
      const { egs } = await openUnit(simulator, 'developer-portal');
      const failure = await failureOf(
        egs.onboard({ otp: '222222', csrConfig: UNIT_CSR_CONFIG, environment: 'developer-portal' }),
      );
      expect(refusalAt(failure, 'compliance-csid')).toMatchObject({
        status: 400,
        errors: [{ code, message }],
      });
    },
  );

  it.each(['accept', 'reject'] as const)(
    'developer-portal-otps %s: another OTP than the portal’s fixed ones on the developer portal',
    async (policy) => {
      simulator.behaviours.set({ 'developer-portal-otps': policy });
      const csrConfig = csrConfigFor('0100');
      const { egs } = await openUnit(simulator, 'developer-portal');
      const onboarding = egs.onboard({ otp: '654321', csrConfig, environment: 'developer-portal' });
      if (policy === 'accept') {
        expect((await onboarding).steps.at(-1)).toEqual({ step: 'production-csid', outcome: 'passed' });
      } else {
        const refusal = refusalAt(await failureOf(onboarding), 'compliance-csid');
        expect(refusal.errors).toEqual([{ code: 'Invalid-OTP', message: 'The provided OTP is invalid' }]);
        // The portal's own 123345 still works.
        await egs.onboard({ otp: '123345', csrConfig, environment: 'developer-portal' });
      }
      expect(egs.onboarded).toBe(true);
    },
  );

  it.each(['per-environment', 'strict'] as const)(
    'template-names %s: a CSR made for another environment than the one it is sent to',
    async (policy) => {
      simulator.behaviours.set({ 'template-names': policy });
      /** A unit whose client names no environment, sending a CSR for `csrFor` to `sentTo`'s URL. */
      const misdirected = async (sentTo: FatooraEnvironment, csrFor: FatooraEnvironment) => {
        const { egs } = await openUnit(simulator, sentTo, {
          client: { baseUrl: simulator.urlFor(sentTo), retry: false },
        });
        return egs.onboard({
          otp: await portalOtp(simulator, sentTo),
          csrConfig: csrConfigFor('0100'),
          environment: csrFor,
        });
      };
      const deniedBy = (template: string) =>
        expect.stringMatching(new RegExp(`Denied by Policy Module.*${template}`, 's'));

      // The developer portal's template is refused by simulation whatever the policy.
      const elsewhere = refusalAt(
        await failureOf(misdirected('simulation', 'developer-portal')),
        'compliance-csid',
      );
      expect(elsewhere.errors).toEqual([{ message: deniedBy('TSTZATCA-Code-Signing') }]);

      // Simulation's template on the developer portal: taken unless strict.
      const onPortal = await failureOf(misdirected('developer-portal', 'simulation'));
      if (policy === 'strict') {
        const refusal = refusalAt(onPortal, 'compliance-csid');
        expect(refusal.errors).toEqual([{ message: deniedBy('PREZATCA-Code-Signing') }]);
      } else {
        // The portal then hands out its canned certificate, which the unit refuses outside the portal.
        expect(onPortal).toMatchObject({ name: 'EgsError', code: 'csid-key-mismatch' });
      }
    },
  );
});

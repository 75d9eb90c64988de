import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftOf, KINDS, writeDraft } from '../../test/support/drafts.ts';
import {
  LIFECYCLE_CSR_CONFIG as CSR_CONFIG,
  lifecycleSimulatorPerFile,
  LIFECYCLE_OTP as OTP,
} from '../../test/support/lifecycle-simulator.ts';
import { freshDirectory, runCli } from '../../test/support/run-cli.ts';
import { expectUsageError } from '../../test/support/usage-error.ts';

const simulator = lifecycleSimulatorPerFile();
/** Everything the CLI printed in this file, to check that no secret ever shows. */
const printed: string[] = [];

/** A fresh working directory. */
function workspace(): string {
  return freshDirectory('fatoora-cli-lifecycle-');
}

/** Runs the CLI in-process in `cwd`, pointed at the simulator by FATOORA_BASE_URL. */
async function run(cwd: string, args: string[]) {
  const result = await runCli(args, { cwd, baseUrl: simulator().url });
  printed.push(result.stdout, result.stderr);
  return result;
}

/** A working directory whose default unit is onboarded, with its key in `egs.pem`. */
async function onboarded(): Promise<string> {
  const cwd = workspace();
  const result = await run(cwd, ['onboard', '--otp', OTP, '--csr-config', CSR_CONFIG, '--key', 'egs.pem']);
  expect(result, result.stderr).toMatchObject({ code: 0 });
  return cwd;
}

/** The unit's record as the file store keeps it. */
function unitRecord(stateDir: string, unit = 'default') {
  return JSON.parse(readFileSync(join(stateDir, 'units', unit, 'unit.json'), 'utf8'));
}

describe('fatoora onboard, issue, report and status against the simulator', () => {
  it('onboards with all six compliance documents, issues 50 mixed documents, reports the rest and ends with an empty outbox at ICV 50', async () => {
    const cwd = workspace();
    const onboarding = await run(cwd, [
      'onboard',
      '--otp',
      OTP,
      '--csr-config',
      CSR_CONFIG,
      '--key',
      'egs.pem',
    ]);
    expect(onboarding.code, onboarding.stderr).toBe(0);
    const checks = onboarding.stdout.split('\n').filter((line) => /passed\s+compliance check of/.test(line));
    expect(checks).toHaveLength(6);
    expect(onboarding.stdout).toMatch(/passed\s+compliance CSID request/);
    expect(onboarding.stdout).toMatch(/passed\s+production CSID request/);
    // The key went to the user's file, not into the state directory.
    expect(statSync(join(cwd, 'egs.pem')).mode & 0o777).toBe(0o600);
    expect(unitRecord(join(cwd, '.fatoora')).privateKeyPem).toBeUndefined();

    const issued = [];
    for (let i = 0; i < 50; i++) {
      // Starting at the simplified invoice, so the chain ends with simplified documents.
      const kind = KINDS[(i + 3) % KINDS.length]!;
      const path = writeDraft(cwd, `draft-${i + 1}`, draftOf(kind, `DOC-${i + 1}`));
      // Every fourth simplified document is reported at once; the others wait for fatoora report.
      const reportNow = kind.subtype === 'simplified' && i % 4 === 3 ? ['--report-now'] : [];
      const result = await run(cwd, ['issue', path, '--json', ...reportNow]);
      expect(result.code, `${path}: ${result.stderr}`).toBe(0);
      issued.push({ kind, reportNow: reportNow.length > 0, ...JSON.parse(result.stdout) });
    }
    expect(issued.map((invoice) => invoice.counter)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    for (const [i, invoice] of issued.entries()) {
      if (i > 0) expect(invoice.previousInvoiceHash).toBe(issued[i - 1].invoiceHash);
      expect(invoice.uuid).toMatch(/^[0-9a-f-]{36}$/);
      expect(existsSync(join(cwd, invoice.xml))).toBe(true);
      if (invoice.kind.startsWith('standard')) {
        expect(invoice).toMatchObject({ state: 'cleared', xmlForm: 'cleared' });
      } else {
        expect(invoice.state).toBe(invoice.reportNow ? 'reported' : 'pending');
        expect(invoice.xmlForm).toBe('signed');
      }
    }
    // The last documents are simplified ones no standard clearance pushed out: they wait.
    const before = JSON.parse((await run(cwd, ['status', '--json'])).stdout);
    expect(before.outbox.pending).toBeGreaterThan(0);
    expect(before.outbox.items[0]).toMatchObject({ route: 'reporting', deadline: expect.any(String) });
    const textStatus = (await run(cwd, ['status'])).stdout;
    expect(textStatus).toMatch(/ICV 50 {2}DOC-50 {2}simplified-\S+ {2}reporting {2}due \d{4}-/);

    const report = await run(cwd, ['report']);
    expect(report.code, report.stderr).toBe(0);
    expect(report.stdout).toMatch(/ICV 50 {2}DOC-50 {2}simplified-\S+ {2}reported/);
    expect(report.stdout).toContain(`${before.outbox.pending} reported, 0 cleared, 0 rejected; 0 pending`);

    const after = JSON.parse((await run(cwd, ['status', '--json'])).stdout);
    expect(after).toMatchObject({
      onboarded: true,
      csidExpired: false,
      chainHead: { counter: 50, previousInvoiceHash: issued[49].invoiceHash },
      outbox: { pending: 0, overdue: 0, items: [] },
      rejected: 0,
      keyStored: false,
      endpoint: { environment: 'simulation', baseUrl: simulator().url, source: 'FATOORA_BASE_URL' },
    });
    expect(after.complianceCsidExpiresAt).toEqual(expect.any(String));
    const text = (await run(cwd, ['status'])).stdout;
    expect(text).toContain(`chain head  ICV 50, hash ${issued[49].invoiceHash}`);
    expect(text).toContain('outbox      0 pending');
    expect((await run(cwd, ['report'])).stdout).toBe('outbox empty: nothing to send\n');

    // A simplified document's XML verifies, chained to the document before it, and its
    // certificate was issued by the simulator's CA.
    const simplified = issued.find((invoice) => invoice.kind === 'simplified-invoice' && invoice.counter > 1);
    writeFileSync(join(cwd, 'simulator-ca.pem'), simulator().caCertificatePem);
    expect(
      (
        await run(cwd, [
          'verify',
          simplified.xml,
          '--pih',
          simplified.previousInvoiceHash,
          '--ca',
          'simulator-ca.pem',
        ])
      ).stdout,
    ).toBe(
      `VALID ${simplified.invoiceHash} (signed by a certificate issued by ${simulator().certificates.ca.subject})\n`,
    );

    // Nothing printed a credential or the key.
    const record = unitRecord(join(cwd, '.fatoora'));
    const secrets = [
      record.productionCsid.secret,
      record.productionCsid.binarySecurityToken,
      record.complianceCsid.secret,
      readFileSync(join(cwd, 'egs.pem'), 'utf8').split('\n')[1],
    ];
    for (const output of printed) {
      expect(output).not.toContain('PRIVATE KEY');
      for (const secret of secrets) expect(output).not.toContain(secret);
    }
  });

  it('refuses a wrong OTP in one line naming ZATCA’s code, exits 1, and resumes with the right one', async () => {
    const cwd = workspace();
    const args = ['onboard', '--csr-config', CSR_CONFIG, '--key', 'egs.pem'];
    const refused = await run(cwd, [...args, '--otp', '000000']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/^fatoora onboard: onboarding-failed: .*Invalid-OTP.*\n$/);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    const status = (await run(cwd, ['status'])).stdout;
    expect(status).toContain('onboarded   no: run fatoora onboard to resume');
    expect(status).toMatch(/to do {3}compliance CSID request/);
    // The key file made on the first try is the one the second try uses.
    const key = readFileSync(join(cwd, 'egs.pem'), 'utf8');
    expect((await run(cwd, [...args, '--otp', OTP])).code).toBe(0);
    expect(readFileSync(join(cwd, 'egs.pem'), 'utf8')).toBe(key);
    // Once onboarded, onboarding again skips every step, without an OTP or a configuration.
    const again = await run(cwd, ['onboard', '--json']);
    expect(again.code, again.stderr).toBe(0);
    expect(
      JSON.parse(again.stdout).steps.every((step: { outcome: string }) => step.outcome === 'skipped'),
    ).toBe(true);
  });

  it('refuses to issue before onboarding, naming the code and what to do', async () => {
    const cwd = workspace();
    const path = writeDraft(cwd, 'draft', draftOf(KINDS[0], 'INV-1'));
    const result = await run(cwd, ['issue', path]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^fatoora issue: not-onboarded: .*\(run fatoora onboard\)\n$/);
    expect((await run(cwd, ['report'])).stderr).toContain('not-onboarded');
    expect((await run(cwd, ['clear'])).stderr).toContain('not-onboarded');
  });

  it('issues a draft whose absent fields are JSON nulls without writing them as empty elements', async () => {
    const cwd = await onboarded();
    const path = writeDraft(cwd, 'nulls', {
      ...draftOf(KINDS[3], 'SMP-NULL'),
      billingReference: null,
      supplyDate: null,
    });
    const result = await run(cwd, ['issue', path, '--out', 'nulls.xml']);
    expect(result.code, result.stderr).toBe(0);
    const xml = readFileSync(join(cwd, 'nulls.xml'), 'utf8');
    expect(xml).toContain('<cbc:ID>SMP-NULL</cbc:ID>');
    expect(xml).not.toContain('BillingReference');
    expect(xml).not.toContain('ActualDeliveryDate');
  });

  it('lists every rule an invalid draft breaks, issues nothing, and gives the faults as JSON too', async () => {
    const cwd = await onboarded();
    // A debit note without its reason (BR-KSA-17), exempt at 15 % (BR-E-05).
    const draft = draftOf(KINDS[2], 'DBN-1');
    delete draft.noteReason;
    const lines = draft.lines as { taxCategory: string }[];
    lines[0]!.taxCategory = 'E';
    const path = writeDraft(cwd, 'invalid', draft);
    const result = await run(cwd, ['issue', path]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const faults = result.stderr.trim().split('\n');
    expect(faults[0]).toMatch(
      /^fatoora issue: .*invalid\.json: invalid draft, nothing issued \(\d+ faults\):$/,
    );
    expect(result.stderr).toMatch(/^ {2}BR-KSA-17 {2}noteReason: /m);
    expect(result.stderr).toMatch(/^ {2}BR-E-05 {2}lines\[0\]\.taxRate: /m);
    const json = await run(cwd, ['issue', path, '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).faults.map((fault: { rule: string }) => fault.rule)).toEqual(
      expect.arrayContaining(['BR-KSA-17', 'BR-E-05']),
    );
    // A seller that is not the unit's is refused before anything is signed.
    const stranger = writeDraft(cwd, 'stranger', {
      ...draftOf(KINDS[3], 'SMP-1'),
      seller: { ...(draftOf(KINDS[3], 'SMP-1').seller as object), vatNumber: '311111111111113' },
    });
    expect((await run(cwd, ['issue', stranger])).stderr).toContain(
      'certificate-permissions  seller.vatNumber',
    );
    // A seller name the QR cannot hold (128 UTF-8 bytes or more) and a buyer with the seller's own
    // VAT number (BR-CUSTOM-VALIDATION-01) are invalid drafts too: exit 1, never bad usage (2).
    const base = draftOf(KINDS[0], 'STD-9');
    const longName = writeDraft(cwd, 'long-name', {
      ...base,
      seller: { ...(base.seller as object), name: 'ش'.repeat(64) },
    });
    const named = await run(cwd, ['issue', longName]);
    expect(named.code).toBe(1);
    expect(named.stderr).toMatch(/^ {2}qr-seller-name {2}seller\.name: /m);
    const sameVat = writeDraft(cwd, 'same-vat', {
      ...base,
      buyer: { ...(base.buyer as object), vatNumber: (base.seller as { vatNumber: string }).vatNumber },
    });
    const selfBuyer = await run(cwd, ['issue', sameVat]);
    expect(selfBuyer.code).toBe(1);
    expect(selfBuyer.stderr).toMatch(/^ {2}BR-CUSTOM-VALIDATION-01 {2}buyer\.vatNumber: /m);
    expect(JSON.parse((await run(cwd, ['status', '--json'])).stdout).chainHead.counter).toBe(0);
  });

  it('retries a clearance the platform could not take with fatoora clear, with the pending documents before it, leaving later documents in the outbox', async () => {
    const cwd = await onboarded();
    const simplified = writeDraft(cwd, 'smp-1', draftOf(KINDS[3], 'SMP-1'));
    const standard = writeDraft(cwd, 'std-2', draftOf(KINDS[0], 'STD-2'));
    const later = writeDraft(cwd, 'smp-3', draftOf(KINDS[4], 'SMP-3'));
    expect((await run(cwd, ['issue', simplified])).code).toBe(0);
    // Every attempt of the next calls fails (the client tries three times for ICV 1, then three
    // times for ICV 2, which does not wait for ICV 1): both stay pending.
    simulator().faults.set({ failNext: 6 });
    const failed = await run(cwd, ['issue', standard]);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(
      /status {3}pending: not cleared yet \(fatoora clear\); last attempt: api-server-error/,
    );
    expect(failed.stdout).toContain('signed but not cleared: not for the buyer yet');
    expect(failed.stderr).toContain('ICV 2 is not cleared yet and must not go to the buyer');
    expect((await run(cwd, ['issue', later])).code).toBe(0);
    expect(JSON.parse((await run(cwd, ['status', '--json'])).stdout).outbox.pending).toBe(3);

    const cleared = await run(cwd, ['clear']);
    expect(cleared.code, cleared.stderr).toBe(0);
    expect(cleared.stdout).toMatch(/^ICV 1 {2}SMP-1 {2}simplified-invoice {2}reported$/m);
    expect(cleared.stdout).toMatch(/^ICV 2 {2}STD-2 {2}standard-invoice {2}cleared$/m);
    expect(cleared.stdout).toMatch(/^ {2}ICV 3 {2}SMP-3 {2}simplified-credit-note {2}reporting/m);
    expect(readFileSync(join(cwd, '.fatoora/invoices/default/000002-STD-2.xml'), 'utf8')).toContain(
      '<ds:SignatureValue>',
    );
    expect(await run(cwd, ['clear'])).toMatchObject({ code: 0, stdout: 'no pending clearance\n' });
    expect(await run(cwd, ['clear', '2'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('status   cleared'),
    });
    for (const args of [
      ['clear', '3'],
      ['clear', '9'],
      ['clear', 'two'],
    ]) {
      const result = await run(cwd, args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
    expect((await run(cwd, ['report'])).stdout).toMatch(
      /^ICV 3 {2}SMP-3 {2}simplified-credit-note {2}reported$/m,
    );
  });

  it('clears with fatoora clear a standard document that was rerouted to reporting while clearance was off', async () => {
    const cwd = await onboarded();
    const standard = writeDraft(cwd, 'std-1', draftOf(KINDS[0], 'STD-1'));
    try {
      // Clearance answers 303; the report it is rerouted to fails on every try: pending, route reporting.
      simulator().behaviours.set({ clearance: 'off' });
      simulator().faults.set({ failNext: 9, endpoints: ['reporting'] });
      // While clearance is off a standard document goes the reporting way: due within 24 hours.
      const issued = await run(cwd, ['issue', standard]);
      expect(issued.code, issued.stderr).toBe(0);
      expect(issued.stdout).toMatch(/status {3}pending: report by .*last attempt: api-server-error/);
      const [pending] = JSON.parse((await run(cwd, ['status', '--json'])).stdout).outbox.items;
      expect(pending).toMatchObject({ counter: 1, kind: 'standard-invoice', route: 'reporting' });
    } finally {
      simulator().behaviours.reset();
      simulator().faults.reset();
    }
    const cleared = await run(cwd, ['clear']);
    expect(cleared.code, cleared.stderr).toBe(0);
    expect(cleared.stdout).toMatch(/^ICV 1 {2}STD-1 {2}standard-invoice {2}cleared$/m);
  });

  it('keeps the key in the state directory with --store-key, for a named unit at a given base URL, and renews its CSID', async () => {
    const cwd = workspace();
    const flags = [
      '--unit',
      'till-2',
      '--state-dir',
      'state',
      '--base-url',
      simulator().url,
      '--env',
      'simulation',
    ];
    const onboarding = await run(cwd, [
      'onboard',
      '--otp',
      OTP,
      '--csr-config',
      CSR_CONFIG,
      '--store-key',
      ...flags,
    ]);
    expect(onboarding.code, onboarding.stderr).toBe(0);
    expect(onboarding.stdout).toContain('key: in ');
    expect(unitRecord(join(cwd, 'state'), 'till-2').privateKeyPem).toContain('PRIVATE KEY');
    const path = writeDraft(cwd, 'smp', draftOf(KINDS[3], 'SMP-1'));
    const issued = await run(cwd, ['issue', path, '--report-now', '--out', 'receipt.xml', ...flags]);
    expect(issued.code, issued.stderr).toBe(0);
    expect(issued.stdout).toContain('XML      receipt.xml (signed, for the buyer)');
    expect(readFileSync(join(cwd, 'receipt.xml'), 'utf8')).toContain('<cbc:ID>SMP-1</cbc:ID>');
    const renewed = await run(cwd, ['renew', '--otp', OTP, '--json', ...flags]);
    expect(renewed.code, renewed.stderr).toBe(0);
    expect(JSON.parse(renewed.stdout)).toMatchObject({ unitId: 'till-2', csidExpiresAt: expect.any(String) });
    const status = JSON.parse((await run(cwd, ['status', '--json', ...flags])).stdout);
    expect(status).toMatchObject({ unitId: 'till-2', keyStored: true, chainHead: { counter: 1 } });
  });

  it('resumes a renewal the platform answered 428 with --resume, and gives one up with --abandon', async () => {
    const cwd = await onboarded();
    const status = async () => JSON.parse((await run(cwd, ['status', '--json'])).stdout);
    // The platform answers the renewal with a compliance CSID, then its first check is refused.
    const stopPartWay = () => {
      simulator().behaviours.set({ renewal: '428' });
      simulator().faults.set({ rejectNext: 1, endpoints: ['compliance-check'] });
    };
    try {
      stopPartWay();
      const stopped = await run(cwd, ['renew', '--otp', OTP]);
      expect(stopped.code).not.toBe(0);
      expect(stopped.stderr).toContain('renewal');
      expect((await status()).renewal).toMatchObject({ passedComplianceChecks: [] });
      expect((await run(cwd, ['status'])).stdout).toMatch(
        /^renewal {5}under way since .*: 0 of 6 compliance checks passed/m,
      );
      const resumed = await run(cwd, ['renew', '--resume', '--json']);
      expect(resumed.code, resumed.stderr).toBe(0);
      expect(JSON.parse(resumed.stdout)).toMatchObject({ complianceRequired: true });
      expect((await status()).renewal).toBeUndefined();

      stopPartWay();
      expect((await run(cwd, ['renew', '--otp', OTP])).code).not.toBe(0);
      const abandoned = await run(cwd, ['renew', '--abandon']);
      expect(abandoned.code, abandoned.stderr).toBe(0);
      expect(abandoned.stdout).toContain('given up');
      expect((await status()).renewal).toBeUndefined();
      expect((await run(cwd, ['renew', '--abandon'])).stdout).toContain('no renewal was under way');
    } finally {
      simulator().behaviours.reset();
      simulator().faults.reset();
    }
    const renewed = await run(cwd, ['renew', '--otp', OTP, '--json']);
    expect(renewed.code, renewed.stderr).toBe(0);
    expect(JSON.parse(renewed.stdout)).toMatchObject({ complianceRequired: false });
  });

  it('exits 2 with one line for bad usage', async () => {
    const cwd = workspace();
    const cases = [
      ['issue'],
      ['issue', 'missing.json'],
      ['onboard', '--otp', OTP, '--csr-config', CSR_CONFIG],
      ['onboard', '--otp', OTP, '--key', 'k.pem'],
      ['onboard', '--otp', OTP, '--csr-config', CSR_CONFIG, '--key', 'k.pem', '--env', 'staging'],
      ['onboard', '--otp', OTP, '--csr-config', CSR_CONFIG, '--key', 'k.pem', '--base-url', 'ftp://x'],
      ['status', '--unit', ''],
      ['renew'],
      ['renew', '--resume', '--abandon'],
      ['renew', '--abandon', '--otp', OTP],
      ['report', 'extra'],
    ];
    for (const args of cases) {
      const result = await run(cwd, args);
      expectUsageError(result, args.join(' '), `${args.join(' ')}: ${result.stderr}`);
    }
    // Every invalid CSR field is listed, one per line.
    const fields = await run(cwd, ['onboard', '--otp', OTP, '--key', 'k.pem', '--vat-number', '12']);
    expect(fields.code).toBe(2);
    expect(fields.stderr).toContain('vatNumber (--vat-number): csr-vat-number');
    expect(fields.stderr.trim().split('\n').length).toBeGreaterThan(5);
  });
});

import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ZATCA_SDK_DATA } from '@fatoora/test-support/zatca-sdk-paths';
import { describe, expect, it } from 'vitest';
import { draftOf, KINDS, writeDraft } from '../test/support/drafts.ts';
import {
  LIFECYCLE_CSR_CONFIG as CSR_CONFIG,
  lifecycleSimulatorPerFile,
} from '../test/support/lifecycle-simulator.ts';
import { freshDirectory, runCli } from '../test/support/run-cli.ts';

const sdk = ZATCA_SDK_DATA;
const cert = join(sdk, 'Certificates/cert.pem');
const standard = join(sdk, 'Samples/Standard/Invoice/Standard_Invoice.xml');

/** A period doubled at the end of a sentence: before a blank, a line's end or the text's end. */
const DOUBLED_PERIOD = /[^.]\.\.(?=\s|$)/;

const simulator = lifecycleSimulatorPerFile();

/** Runs the CLI in-process in `cwd`, pointed at the simulator. */
const run = (cwd: string, args: string[]) => runCli(args, { cwd, baseUrl: simulator().url });

const workspace = () => freshDirectory('fatoora-cli-messages-');
const onboarding = ['onboard', '--otp', '123345', '--csr-config', CSR_CONFIG, '--key', 'egs.pem'];

describe("the CLI's failure messages", () => {
  it('end a sentence with one period when ZATCA’s own message already ends with one', async () => {
    const result = await run(workspace(), [
      'onboard',
      '--otp',
      '999999',
      '--csr-config',
      CSR_CONFIG,
      '--key',
      'egs.pem',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Invalid-OTP: [^\n]*[^.]\.\n$/);
    expect(result.stderr).not.toMatch(DOUBLED_PERIOD);
  });

  it('never end a sentence with ".." across usage, input, lifecycle and platform failures', async () => {
    const cwd = workspace();
    writeFileSync(join(cwd, 'broken.json'), '{ not json');
    writeFileSync(join(cwd, 'invalid.json'), JSON.stringify({ ...draftOf(KINDS[0], 'BAD-1'), lines: [] }));
    const draft = writeDraft(cwd, 'draft', draftOf(KINDS[0], 'MSG-1'));
    const loose = join(cwd, 'loose');
    mkdirSync(loose, { mode: 0o700 });
    chmodSync(loose, 0o777);
    const cases: { args: string[]; before?: () => void }[] = [
      { args: ['keygen', '--out', 'taken.pem'], before: () => writeFileSync(join(cwd, 'taken.pem'), 'x') },
      { args: ['keygen', '--force'] },
      { args: ['hash', 'missing.xml'] },
      { args: ['sign', standard, '--key', cert, '--cert', cert] },
      { args: ['issue', 'missing.json'] },
      { args: ['issue', 'broken.json'] },
      { args: ['issue', draft] }, // not onboarded yet
      { args: ['status', '--state-dir', 'loose'] },
      { args: ['clear', 'x'] },
      { args: ['renew', '--otp', '000000'] },
      {
        args: [
          'onboard',
          '--otp',
          '123345',
          '--csr-config',
          CSR_CONFIG,
          '--key',
          'other.pem',
          '--state-dir',
          'five',
        ],
        before: () => simulator().faults.set({ failNext: 20 }),
      },
      { args: onboarding, before: () => simulator().faults.reset() },
      { args: ['issue', 'invalid.json'] },
    ];
    for (const { args, before } of cases) {
      before?.();
      const result = await run(cwd, args);
      if (args === onboarding) {
        expect(result.code, result.stderr).toBe(0);
        continue;
      }
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).not.toBe(0);
      expect(result.stderr, args.join(' ')).toMatch(/^fatoora /);
      expect(result.stderr, args.join(' ')).not.toMatch(DOUBLED_PERIOD);
    }
  });
});

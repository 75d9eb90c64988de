import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCertificate } from '@fatoora/core';
import { type RunningSimulator, startSimulator } from '@fatoora/simulator';
import { ZATCA_SDK_DATA } from '@fatoora/test-support/zatca-sdk-paths';
import { signWithSimulatorCsid } from '@fatoora/test-support-core/simulator-csid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/run-cli.ts';

const sdk = ZATCA_SDK_DATA;
const sdkCert = join(sdk, 'Certificates/cert.pem');
const simplified = join(sdk, 'Samples/Simplified/Invoice/Simplified_Invoice.xml');
const SIMULATOR_CA = 'CN=FATOORA-SIMULATOR-CA, DC=simulator, DC=fatoora, DC=local';

let simulator: RunningSimulator;
let stranger: RunningSimulator;
/** A directory holding a document signed with a CSID of `simulator`, and certificate files. */
let cwd: string;
let hash: string;

beforeAll(async () => {
  [simulator, stranger] = await Promise.all([startSimulator({ port: 0 }), startSimulator({ port: 0 })]);
  cwd = mkdtempSync(join(tmpdir(), 'fatoora-cli-verify-'));
  const { signed, csid } = await signWithSimulatorCsid(simulator.url, readFileSync(simplified, 'utf8'));
  hash = signed.invoiceHash;
  writeFileSync(join(cwd, 'signed.xml'), signed.xml);
  writeFileSync(
    join(cwd, 'csid.pem'),
    `-----BEGIN CERTIFICATE-----\n${csid.certificate.base64}\n-----END CERTIFICATE-----\n`,
  );
  writeFileSync(join(cwd, 'ca.pem'), simulator.caCertificatePem);
  writeFileSync(join(cwd, 'ca.der'), simulator.certificates.ca.der);
  writeFileSync(join(cwd, 'ca.b64'), simulator.certificates.ca.base64);
  writeFileSync(join(cwd, 'other-ca.pem'), stranger.caCertificatePem);
  writeFileSync(join(cwd, 'bundle.pem'), `${stranger.caCertificatePem}${simulator.caCertificatePem}`);
  writeFileSync(join(cwd, 'junk.pem'), 'not a certificate\n');
});

afterAll(async () => {
  await Promise.all([simulator?.close(), stranger?.close()]);
});

/** Runs the CLI in-process in this file's directory; what it printed and how it ended. */
const run = async (args: string[]) => {
  const { code, stdout, stderr } = await runCli(args, { cwd });
  return { code, stdout, stderr };
};

describe('fatoora verify and the certificate’s issuer', () => {
  it('says VALID only as "internally consistent" without --ca or --cert', async () => {
    expect(await run(['verify', 'signed.xml'])).toEqual({
      code: 0,
      stdout: `VALID ${hash} (internally consistent; issuer not checked: pass --ca or --cert)\n`,
      stderr: '',
    });
  });

  it('names the CA that issued the certificate with --ca, from PEM, DER or base64', async () => {
    for (const file of ['ca.pem', 'ca.der', 'ca.b64']) {
      expect(await run(['verify', 'signed.xml', '--ca', file]), file).toEqual({
        code: 0,
        stdout: `VALID ${hash} (signed by a certificate issued by ${SIMULATOR_CA})\n`,
        stderr: '',
      });
    }
  });

  it('takes several --ca files and PEM bundles', async () => {
    for (const args of [
      ['--ca', 'other-ca.pem', '--ca', 'ca.pem'],
      ['--ca', 'bundle.pem'],
    ]) {
      expect(await run(['verify', 'signed.xml', ...args]), args.join(' ')).toMatchObject({
        code: 0,
        stdout: expect.stringContaining(`issued by ${SIMULATOR_CA}`),
      });
    }
  });

  it('exits 1 with certificate-untrusted when no --ca issued the certificate', async () => {
    const result = await run(['verify', 'signed.xml', '--ca', 'other-ca.pem']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^certificate-untrusted: .*does not verify/);
    expect(result.stderr).toBe('signed.xml: INVALID (1 finding)\n');
    const sample = await run(['verify', simplified, '--ca', 'ca.pem']);
    expect(sample.code).toBe(1);
    expect(sample.stdout).toContain(
      'certificate-untrusted: The certificate was issued by CN=PRZEINVOICESCA4-CA',
    );
  });

  it('names the pinned certificate with --cert', async () => {
    const { subject, serialNumber } = parseCertificate(readFileSync(join(cwd, 'csid.pem'), 'utf8'));
    expect(subject).toContain('CN=TST-886431145-399999999900003');
    expect(await run(['verify', 'signed.xml', '--cert', 'csid.pem'])).toMatchObject({
      code: 0,
      stdout: `VALID ${hash} (signed by the expected certificate ${subject}, serial ${serialNumber})\n`,
    });
    expect(await run(['verify', 'signed.xml', '--cert', sdkCert])).toMatchObject({
      code: 1,
      stdout: expect.stringContaining('certificate-unexpected:'),
    });
  });

  it('puts trust and the anchor in --json', async () => {
    const anchored = JSON.parse((await run(['verify', 'signed.xml', '--ca', 'ca.pem', '--json'])).stdout);
    expect(anchored).toMatchObject({ valid: true, trust: 'anchored', anchor: { subject: SIMULATOR_CA } });
    const alone = JSON.parse((await run(['verify', 'signed.xml', '--json'])).stdout);
    expect(alone).toMatchObject({ valid: true, trust: 'unverified' });
    expect(alone.anchor).toBeUndefined();
    const pinned = JSON.parse((await run(['verify', 'signed.xml', '--cert', 'csid.pem', '--json'])).stdout);
    expect(pinned.trust).toBe('pinned');
  });

  it('exits 2 naming the file for a --ca that is missing, unreadable or not a CA', async () => {
    for (const [file, words] of [
      ['missing.pem', 'cannot read missing.pem'],
      ['junk.pem', 'junk.pem: Not a trust anchor'],
      ['csid.pem', 'csid.pem: The trust anchor'],
    ] as const) {
      const result = await run(['verify', 'signed.xml', '--ca', file]);
      expect(result.code, file).toBe(2);
      expect(result.stderr, file).toContain(words);
      expect(result.stderr.trim().split('\n'), file).toHaveLength(1);
    }
    expect((await run(['verify', 'signed.xml', '--ca', 'csid.pem'])).stderr).toContain(
      'not a CA certificate',
    );
  });

  it('documents --ca and --cert in its help', async () => {
    const help = (await run(['verify', '--help'])).stdout;
    expect(help).toContain('--ca <file>');
    expect(help).toContain('--cert <file>');
    expect(help).toContain('issuer is not checked');
  });
});

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ZATCA_SDK_DATA } from '@fatoora/test-support/zatca-sdk-paths';
import { describe, expect, it } from 'vitest';
import { freshDirectory, runCli } from '../test/support/run-cli.ts';
import { expectUsageError } from '../test/support/usage-error.ts';

const repository = resolve(import.meta.dirname, '../../..');
const sdk = ZATCA_SDK_DATA;
const key = join(sdk, 'Certificates/ec-secp256k1-priv-key.pem');
const cert = join(sdk, 'Certificates/cert.pem');
const simplified = join(sdk, 'Samples/Simplified/Invoice/Simplified_Invoice.xml');
const standard = join(sdk, 'Samples/Standard/Invoice/Standard_Invoice.xml');
const firstPih = readFileSync(join(sdk, 'PIH/pih.txt'), 'utf8').trim();

/** Runs the CLI in-process in a fresh temporary directory. */
const run = (args: string[], cwd = freshDirectory()) => runCli(args, { cwd });

describe('fatoora', () => {
  it('prints usage with --help and fails with 2 without a command', async () => {
    expect(await run(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Exit codes') });
    expect((await run([])).code).toBe(2);
    expect(await run(['frobnicate'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown command'),
    });
  });

  it('shows each command’s help', async () => {
    for (const command of [
      'keygen',
      'csr',
      'hash',
      'sign',
      'verify',
      'qr',
      'strip',
      'simulator',
      'onboard',
      'issue',
      'report',
      'clear',
      'status',
      'renew',
    ]) {
      expect(await run([command, '--help'])).toMatchObject({
        code: 0,
        stdout: expect.stringContaining(`fatoora ${command}`),
      });
    }
  });

  it('round-trips keygen → csr → strip → sign → verify → qr --decode', async () => {
    const { cwd } = await run(['keygen', '--out', 'egs.pem']);
    expect(statSync(join(cwd, 'egs.pem')).mode & 0o777).toBe(0o600);
    const csr = await run(
      [
        'csr',
        '--config',
        join(sdk, 'Input/csr-config-example-EN.properties'),
        '--key',
        'egs.pem',
        '--env',
        'simulation',
      ],
      cwd,
    );
    expect(csr).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^-----BEGIN CERTIFICATE REQUEST-----/),
    });
    const base64 = await run(
      [
        'csr',
        '--config',
        join(sdk, 'Input/csr-config-example-EN.properties'),
        '--key',
        'egs.pem',
        '--base64',
      ],
      cwd,
    );
    expect(Buffer.from(base64.stdout.trim(), 'base64').toString()).toMatch(
      /^-----BEGIN CERTIFICATE REQUEST-----/,
    );

    expect((await run(['strip', standard, '--out', 'unsigned.xml'], cwd)).code).toBe(0);
    const signed = await run(
      [
        'sign',
        'unsigned.xml',
        '--key',
        key,
        '--cert',
        cert,
        '--signing-time',
        '2024-01-01T00:00:00',
        '--out',
        'signed.xml',
      ],
      cwd,
    );
    expect(signed.code).toBe(0);
    const hash = (await run(['hash', standard], cwd)).stdout.trim();
    expect(signed.stdout.trim()).toBe(hash);
    expect(await run(['verify', 'signed.xml', '--pih', firstPih, '--cert', cert], cwd)).toMatchObject({
      code: 0,
      stdout: `VALID ${hash} (signed by the expected certificate CN=TST-886431145-399999999900003, OU=Riyadh Branch, O=Maximum Speed Tech Supply LTD, C=SA, serial 379112742831380471835263969587287663520528387)\n`,
    });
    const decoded = JSON.parse((await run(['qr', '--decode', 'signed.xml'], cwd)).stdout);
    expect(decoded).toMatchObject({
      vatNumber: '399999999900003',
      invoiceHash: hash,
      tags: [1, 2, 3, 4, 5, 6, 7, 8],
    });
    const qrText = (await run(['qr', 'signed.xml'], cwd)).stdout.trim();
    expect(JSON.parse((await run(['qr', '--decode', qrText], cwd)).stdout)).toEqual(decoded);
  });

  it('signs to standard output deterministically', async () => {
    const { cwd } = await run(['strip', simplified, '--out', 'u.xml']);
    const a = await run(
      ['sign', 'u.xml', '--key', key, '--cert', cert, '--signing-time', '2024-01-01T00:00:00'],
      cwd,
    );
    const b = await run(
      ['sign', 'u.xml', '--key', key, '--cert', cert, '--signing-time', '2024-01-01T00:00:00'],
      cwd,
    );
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toContain('<ds:SignatureValue>');
  });

  it('exits 1 with the finding codes for a tampered invoice', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'fatoora-cli-'));
    writeFileSync(
      join(cwd, 't.xml'),
      readFileSync(simplified, 'utf8').replace(
        '<cbc:PayableAmount currencyID="SAR">231.15<',
        '<cbc:PayableAmount currencyID="SAR">1.15<',
      ),
    );
    const result = await run(['verify', 't.xml'], cwd);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('invoice-hash-mismatch:');
    expect(result.stdout).toContain('qr-mismatch (tag 4):');
    expect(result.stderr).toBe('t.xml: INVALID (3 findings)\n');
    const json = JSON.parse((await run(['verify', 't.xml', '--json'], cwd)).stdout);
    expect(json.valid).toBe(false);
  });

  it('exits 1 for a PIH that is not the expected one', async () => {
    expect((await run(['verify', simplified, '--pih', 'AAAA'])).stdout).toContain('pih-mismatch');
  });

  it('exits 1 for malformed XML and for a document that cannot be signed', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'fatoora-cli-'));
    writeFileSync(join(cwd, 'bad.xml'), '<Invoice><oops></Invoice>');
    for (const args of [
      ['hash', 'bad.xml'],
      ['verify', 'bad.xml'],
      ['strip', 'bad.xml'],
      ['sign', 'bad.xml', '--key', key, '--cert', cert],
    ]) {
      const result = await run(args, cwd);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
    expect(await run(['sign', simplified, '--key', key, '--cert', cert])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('already carries'),
    });
    expect((await run(['sign', simplified, '--key', key, '--cert', cert, '--replace'])).code).toBe(0);
  });

  it('exits 2 for bad usage and unreadable input, with one line on stderr', async () => {
    const cases = [
      ['hash'],
      ['hash', 'a.xml', 'b.xml'],
      ['hash', '--bogus', standard],
      ['hash', 'missing.xml'],
      ['sign', standard, '--cert', cert],
      ['sign', standard, '--key', 'missing.pem', '--cert', cert],
      ['sign', standard, '--key', cert, '--cert', cert],
      ['sign', standard, '--key', key, '--cert', key],
      ['sign', standard, '--key', key, '--cert', cert, '--signing-time', 'yesterday'],
      ['keygen', '--format', 'rsa'],
      ['csr', '--key', key],
      [
        'csr',
        '--config',
        join(sdk, 'Input/csr-config-example-EN.properties'),
        '--key',
        key,
        '--env',
        'staging',
      ],
      ['verify', standard, '--cert', 'missing.pem'],
    ];
    for (const args of cases) {
      expectUsageError(await run(args), args.join(' '));
    }
  });

  it('lists every invalid CSR field, one per line, and exits 2', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'fatoora-cli-'));
    writeFileSync(
      join(cwd, 'c.json'),
      JSON.stringify({ commonName: 'x', vatNumber: '12', countryName: 'Saudi' }),
    );
    const result = await run(['csr', '--config', 'c.json', '--key', key], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('vatNumber: csr-vat-number');
    expect(result.stderr).toContain('countryName: csr-country-code');
    expect(result.stderr.trim().split('\n').length).toBeGreaterThan(5);
  });

  it('runs as a real process from the repository root', async () => {
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'packages/cli/src/bin.ts', 'verify', simplified],
      { cwd: repository, encoding: 'utf8' },
    );
    expect(output).toMatch(
      /^VALID [A-Za-z0-9+/]{43}= \(internally consistent; issuer not checked: pass --ca or --cert\)\n$/,
    );
    const failed = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'packages/cli/src/bin.ts', 'hash', 'nope.xml'],
      { cwd: repository, encoding: 'utf8' },
    );
    expect(failed.status).toBe(2);
    expect(failed.stderr).toBe('fatoora hash: cannot read nope.xml: no such file\n');
  });
});

describe('fatoora qr --decode', () => {
  it('reads a file even when its name looks like base64, and decodes text otherwise', async () => {
    const { cwd } = await run(['strip', simplified, '--out', 'x.xml']);
    writeFileSync(join(cwd, 'invoice'), readFileSync(simplified, 'utf8'));
    const fromFile = await run(['qr', '--decode', 'invoice'], cwd);
    expect(fromFile.code).toBe(0);
    expect(JSON.parse(fromFile.stdout).vatNumber).toBe('399999999900003');
    expect(await run(['qr', '--decode', 'AAAA'], cwd)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('QR'),
    });
    expect(await run(['qr', 'x.xml'], cwd)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('has no QR'),
    });
  });
});

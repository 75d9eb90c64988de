import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeQr } from '@fatoora/core';
import { ZATCA_SDK_DATA } from '@fatoora/test-support/zatca-sdk-paths';
import {
  emptyQr,
  qrTextOf,
  rewriteQrTimestamp,
  rewriteSigningTime,
} from '@fatoora/test-support-core/wild-documents';
import { describe, expect, it } from 'vitest';
import { freshDirectory, runCli } from '../../test/support/run-cli.ts';

const sdk = ZATCA_SDK_DATA;
const cert = join(sdk, 'Certificates/cert.pem');
const sample = readFileSync(join(sdk, 'Samples/Simplified/Invoice/Simplified_Invoice.xml'), 'utf8');
const issued = decodeQr(qrTextOf(sample)).timestamp;

/** Runs the CLI in-process in a fresh directory holding `files`. */
function run(args: string[], files: Record<string, string> = {}) {
  const cwd = freshDirectory('fatoora-cli-wild-');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(cwd, name), text);
  return runCli(args, { cwd });
}

describe('fatoora qr and fatoora verify on an empty QR element', () => {
  const files = { 'empty.xml': emptyQr(sample) };

  it('qr says the QR is empty, not that there is none', async () => {
    for (const args of [
      ['qr', 'empty.xml'],
      ['qr', '--decode', 'empty.xml'],
    ]) {
      const result = await run(args, files);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr, args.join(' ')).toContain('empty.xml: the QR is empty');
      expect(result.stderr).not.toContain('has no QR');
    }
  });

  it('verify says the same: qr-empty', async () => {
    const result = await run(['verify', 'empty.xml'], files);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^qr-empty: The QR is empty/);
    expect(result.stderr).toBe('empty.xml: INVALID (1 finding)\n');
  });
});

describe('fatoora verify on documents from the wild', () => {
  it('finds a SigningTime written with Z valid', async () => {
    const time = /<xades:SigningTime>([^<]+)</.exec(sample)![1]!;
    const files = { 'z.xml': rewriteSigningTime(sample, `${time}Z`) };
    const result = await run(['verify', 'z.xml', '--cert', cert], files);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^VALID \S+ \(signed by the expected certificate/);
  });

  it('finds a QR tag 3 with a Z the IssueTime lacks VALID, with a warning line', async () => {
    const files = { 'qr-z.xml': rewriteQrTimestamp(sample, `${issued}Z`) };
    const result = await run(['verify', 'qr-z.xml'], files);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^VALID /);
    expect(lines.slice(1)).toEqual([expect.stringMatching(/^warning qr-timestamp-mismatch \(tag 3\): /)]);
    const json = JSON.parse((await run(['verify', 'qr-z.xml', '--json'], files)).stdout);
    expect(json).toMatchObject({
      valid: true,
      findings: [{ code: 'qr-timestamp-mismatch', severity: 'warning', tag: 3 }],
    });
  });

  it('counts warnings apart from the errors that make a document INVALID', async () => {
    const tampered = rewriteQrTimestamp(sample, `${issued}Z`).replace(
      /<cbc:LineExtensionAmount currencyID="SAR">([0-9.]+)</,
      '<cbc:LineExtensionAmount currencyID="SAR">1$1<',
    );
    const result = await run(['verify', 't.xml'], { 't.xml': tampered });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('invoice-hash-mismatch:');
    expect(result.stdout).toContain('warning qr-timestamp-mismatch (tag 3):');
    expect(result.stderr).toBe('t.xml: INVALID (2 findings, 1 warning)\n');
  });

  it('finds a QR tag 3 naming another time INVALID', async () => {
    const files = { 'qr-other.xml': rewriteQrTimestamp(sample, `${issued.slice(0, 10)}T00:00:00Z`) };
    const result = await run(['verify', 'qr-other.xml'], files);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^qr-mismatch \(tag 3\): /);
  });
});

import { readFileSync } from 'node:fs';
import { decodeQr } from '@fatoora/core/qr';
import { type RunningSimulator, startSimulator } from '@fatoora/simulator';
import { ZATCA_SDK_DATA_URL } from '@fatoora/test-support/zatca-sdk-paths';
import { signWithSimulatorCsid } from '@fatoora/test-support-core/simulator-csid';
import { qrTextOf, rewriteQrTimestamp } from '@fatoora/test-support-core/wild-documents';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INSPECTOR_MAX_LENGTH, inspectInvoice } from './inspect-invoice.ts';

const sdk = ZATCA_SDK_DATA_URL;
const sample = readFileSync(new URL('Samples/Simplified/Invoice/Simplified_Invoice.xml', sdk), 'utf8');
const firstPih = readFileSync(new URL('PIH/pih.txt', sdk), 'utf8').trim();
const issued = new Date('2022-08-17T18:00:00Z');

describe('inspectInvoice', () => {
  it("passes ZATCA's signed sample with its first-document PIH", () => {
    const inspection = inspectInvoice(sample, { previousInvoiceHash: firstPih, now: issued });
    expect(inspection.readable).toBe(true);
    if (!inspection.readable) return;
    expect(inspection.verification.findings).toEqual([]);
    expect(inspection.faults.filter((fault) => fault.severity === 'error')).toEqual([]);
    expect(inspection.verdict).not.toBe('rejected');
    expect(inspection.qr?.vatNumber).toBe('399999999900003');
    // No trust anchor: consistent, but who issued the certificate is not known.
    expect(inspection.issuer).toBe('not-checked');
    expect(inspection.verification.trust).toBe('unverified');
  });

  it('finds the broken hash, the QR that no longer agrees and the wrong sum in a tampered copy', () => {
    const tampered = sample.replace(
      '<cbc:PayableAmount currencyID="SAR">231.15</cbc:PayableAmount>',
      '<cbc:PayableAmount currencyID="SAR">31.15</cbc:PayableAmount>',
    );
    expect(tampered).not.toBe(sample);
    const inspection = inspectInvoice(tampered, { now: issued });
    expect(inspection).toMatchObject({ readable: true, verdict: 'rejected' });
    if (!inspection.readable) return;
    const codes = inspection.verification.findings.map((finding) => finding.code);
    expect(codes).toContain('invoice-hash-mismatch');
    expect(codes).toContain('qr-mismatch');
    expect(inspection.issuer).toBe('inconsistent');
    expect(inspection.faults).toContainEqual(
      expect.objectContaining({ rule: 'BR-CO-16', path: 'totals.payableAmount' }),
    );
  });

  it('passes with warnings a QR tag 3 carrying a Z the IssueTime lacks, as the platform does', () => {
    const issued3 = decodeQr(qrTextOf(sample)).timestamp;
    const inspection = inspectInvoice(rewriteQrTimestamp(sample, `${issued3}Z`), {
      previousInvoiceHash: firstPih,
      now: issued,
    });
    expect(inspection).toMatchObject({
      readable: true,
      verdict: 'accepted-with-warnings',
      issuer: 'not-checked',
    });
    if (!inspection.readable) return;
    expect(inspection.verification.findings).toEqual([
      expect.objectContaining({ code: 'qr-timestamp-mismatch', severity: 'warning' }),
    ]);
  });

  it('names a PIH that is not the expected one', () => {
    const inspection = inspectInvoice(sample, { previousInvoiceHash: 'AAAA', now: issued });
    expect(inspection.readable && inspection.verification.findings.map((finding) => finding.code)).toEqual([
      'pih-mismatch',
    ]);
  });

  it('refuses a document longer than the proxy lets through before reading it', () => {
    const padded = sample.replace('</Invoice>', `<!--${' '.repeat(INSPECTOR_MAX_LENGTH)}--></Invoice>`);
    const started = performance.now();
    const inspection = inspectInvoice(padded);
    expect(performance.now() - started).toBeLessThan(500);
    expect(inspection).toMatchObject({
      readable: false,
      message: expect.stringContaining(`at most ${INSPECTOR_MAX_LENGTH}`),
    });
  });

  it('says why text that is not an invoice cannot be read', () => {
    expect(inspectInvoice('<Invoice><unclosed></Invoice>')).toMatchObject({ readable: false });
    expect(inspectInvoice('<!DOCTYPE x><x/>')).toMatchObject({ readable: false });
    expect(inspectInvoice('<Order/>')).toMatchObject({ readable: true, verdict: 'rejected' });
  });
});

describe('inspectInvoice against the simulator’s CA', () => {
  let simulator: RunningSimulator;
  let signedBySimulatorCsid: string;

  beforeAll(async () => {
    simulator = await startSimulator({ port: 0 });
    signedBySimulatorCsid = (await signWithSimulatorCsid(simulator.url, sample)).signed.xml;
  });
  afterAll(async () => {
    await simulator?.close();
  });

  it('says the issuer was checked for a document signed with a CSID the simulator issued', () => {
    const inspection = inspectInvoice(signedBySimulatorCsid, { trustAnchors: [simulator.caCertificatePem] });
    expect(inspection).toMatchObject({
      readable: true,
      issuer: 'anchored',
      verification: { trust: 'anchored', anchor: { subject: simulator.certificates.ca.subject } },
    });
  });

  it('rejects ZATCA’s sample against the simulator’s CA: its certificate was not issued by it', () => {
    const inspection = inspectInvoice(sample, {
      previousInvoiceHash: firstPih,
      now: issued,
      trustAnchors: [simulator.caCertificatePem],
    });
    expect(inspection).toMatchObject({ readable: true, issuer: 'untrusted', verdict: 'rejected' });
    expect(inspection.readable && inspection.verification.findings.map((finding) => finding.code)).toEqual([
      'certificate-untrusted',
    ]);
  });
});

import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlreadySubmittedError, RejectedError } from '@fatoora/core/api';
import { parseCertificate } from '@fatoora/core/crypto';
import { FIRST_PREVIOUS_INVOICE_HASH, verifyInvoice } from '@fatoora/core/signing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SIMULATOR_NOW } from '../test/support/invoices.ts';
import { clientFor, onboard, requestCompliance } from '../test/support/onboarding.ts';
import { DEFAULT_BEHAVIOURS, startSimulator } from './index.ts';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'fatoora-simulator-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const simplified = { subtype: 'simplified', typeCode: '388' } as const;

describe('startSimulator', () => {
  it('keeps its CA, CSIDs, chains, submissions and minted OTPs across a restart on the same data directory', async () => {
    const first = await startSimulator({ dataDir, now: SIMULATOR_NOW });
    const { production, egs } = await onboard(first);
    const reported = egs.next(simplified);
    const standard = egs.next({ subtype: 'standard', typeCode: '388' });
    const client = clientFor(first, 'simulation', { credentials: production });
    await client.reportInvoice({ invoice: reported.xml, invoiceHash: reported.invoiceHash });
    const { clearedInvoice } = await client.clearInvoice({
      invoice: standard.xml,
      invoiceHash: standard.invoiceHash,
    });
    const otp = await first.mintOtp();
    const ca = first.certificates.ca.der;
    await first.close();

    const second = await startSimulator({
      dataDir,
      now: SIMULATOR_NOW,
      behaviours: { 'pih-chain': 'chain-warning' },
    });
    try {
      expect(second.dataDir).toBe(dataDir);
      expect(second.certificates.ca.der).toEqual(ca);
      const again = clientFor(second, 'simulation', { credentials: production });
      await expect(
        again.reportInvoice({ invoice: reported.xml, invoiceHash: reported.invoiceHash }),
      ).rejects.toBeInstanceOf(AlreadySubmittedError);
      // The chain end survived: a broken link is named against it.
      const wrongPih = egs.advance(
        egs.sign(simplified, { previousInvoiceHash: FIRST_PREVIOUS_INVOICE_HASH }),
      );
      const warned = await again.reportInvoice({ invoice: wrongPih.xml, invoiceHash: wrongPih.invoiceHash });
      expect(warned.validationResults.warningMessages[0]?.message).toContain(standard.invoiceHash);
      const next = egs.next(simplified);
      expect((await again.reportInvoice({ invoice: next.xml, invoiceHash: next.invoiceHash })).status).toBe(
        'accepted',
      );
      const { compliance } = await requestCompliance(second, { otp });
      expect(compliance.dispositionMessage).toBe('ISSUED');
      await expect(requestCompliance(second, { otp })).rejects.toBeInstanceOf(RejectedError);
      expect(clearedInvoice).toContain('FATOORA-SIMULATOR');
    } finally {
      await second.close();
    }
  });

  it('hands out its CA certificate as PEM: the trust anchor of the CSIDs it issues, and so of the documents it clears', async () => {
    // A clock before the test documents' signing time, so that the certificates are valid then.
    const simulator = await startSimulator({ now: () => new Date('2024-05-01T07:00:00Z') });
    try {
      expect(parseCertificate(simulator.caCertificatePem).der).toEqual(simulator.certificates.ca.der);
      const { production, egs } = await onboard(simulator);
      const standard = egs.next({ subtype: 'standard', typeCode: '388' });
      const reported = egs.next(simplified);
      const client = clientFor(simulator, 'simulation', { credentials: production });
      const { clearedInvoice } = await client.clearInvoice({
        invoice: standard.xml,
        invoiceHash: standard.invoiceHash,
      });
      const anchors = { trustAnchors: [simulator.caCertificatePem] };
      for (const xml of [reported.xml, clearedInvoice!]) {
        expect(verifyInvoice(xml, anchors)).toMatchObject({
          findings: [],
          trust: 'anchored',
          anchor: { subject: simulator.certificates.ca.subject },
        });
      }
      const stranger = await startSimulator();
      try {
        expect(verifyInvoice(reported.xml, { trustAnchors: [stranger.caCertificatePem] })).toMatchObject({
          valid: false,
          trust: 'unverified',
          findings: [expect.objectContaining({ code: 'certificate-untrusted' })],
        });
      } finally {
        await stranger.close();
      }
    } finally {
      await simulator.close();
    }
  });

  it('keeps the CA keys in a file only its owner can read', async () => {
    const simulator = await startSimulator({ dataDir });
    await simulator.close();
    expect((await stat(join(dataDir, 'authority.json'))).mode & 0o777).toBe(0o600);
  });

  it('starts with the faults and behaviours it is given, the others at their defaults', async () => {
    const simulator = await startSimulator({
      faults: { endpoints: ['clearance'], latencyMs: 1 },
      behaviours: { clearance: 'off', renewal: '428' },
    });
    try {
      expect(simulator.faults.settings).toMatchObject({
        endpoints: ['clearance'],
        latencyMs: 1,
        failNext: 0,
      });
      expect(simulator.behaviours.settings).toEqual({
        ...DEFAULT_BEHAVIOURS,
        clearance: 'off',
        renewal: '428',
      });
    } finally {
      await simulator.close();
    }
  });

  it('refuses invalid options with a TypeError before listening', async () => {
    await expect(startSimulator({ port: 70_000 })).rejects.toThrow(TypeError);
    await expect(startSimulator({ defaultEnvironment: 'core' as 'production' })).rejects.toThrow(
      'defaultEnvironment must be one of developer-portal, simulation, production, got core.',
    );
    await expect(startSimulator({ maxBodyBytes: 0 })).rejects.toThrow(TypeError);
    await expect(startSimulator({ faults: { failNext: -1 } })).rejects.toThrow(TypeError);
    await expect(startSimulator({ behaviours: { renewal: 'never' as 'issued' } })).rejects.toThrow(
      'renewal must be issued or 428, not "never".',
    );
  });

  it('fails to start on a port already taken', async () => {
    const simulator = await startSimulator();
    try {
      await expect(startSimulator({ port: simulator.port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    } finally {
      await simulator.close();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/input-error.ts';
import { NetworkError } from '../errors/network-error.ts';
import { ENVIRONMENTS } from '../model/environments.ts';
import { createFatooraClient } from './client.ts';

// Runs in Node and in headless Chromium: the client, ky and the transport load and work in both.
describe('createFatooraClient (isomorphic)', () => {
  it('creates a client for every environment, with every action as a method', () => {
    for (const environment of Object.keys(ENVIRONMENTS) as (keyof typeof ENVIRONMENTS)[]) {
      const client = createFatooraClient({ environment });
      expect(client.baseUrl).toBe(ENVIRONMENTS[environment].baseUrl);
      expect(client).toMatchObject({ language: 'en', timeoutMs: 30_000, hasCredentials: false });
      for (const action of [
        'requestComplianceCsid',
        'checkInvoiceCompliance',
        'requestProductionCsid',
        'renewProductionCsid',
        'reportInvoice',
        'clearInvoice',
      ] as const) {
        expect(typeof client[action]).toBe('function');
      }
    }
  });

  it('refuses a call that needs credentials before touching the network', async () => {
    const client = createFatooraClient({ baseUrl: 'http://127.0.0.1:9' });
    await expect(
      client.reportInvoice({ invoice: '<x/>', invoiceHash: 'aA==', uuid: 'u' }),
    ).rejects.toBeInstanceOf(InputError);
  });

  it('turns a refused connection into NetworkError', async () => {
    const client = createFatooraClient({
      baseUrl: 'http://127.0.0.1:9',
      credentials: { binarySecurityToken: 'VFVJ', secret: 's' },
      retry: false,
    });
    await expect(
      client.reportInvoice({ invoice: '<x/>', invoiceHash: 'aA==', uuid: 'u' }),
    ).rejects.toBeInstanceOf(NetworkError);
  });
});

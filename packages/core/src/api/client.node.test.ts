import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  invoiceAnswer,
  sdkBinarySecurityToken,
  simplifiedInvoice,
  testAuthorization,
  testCredentials,
  testSecret,
} from '../../test/support/fatoora-answers.ts';
import { startTestServer } from '../../test/support/fatoora-test-server.ts';
import { testServerPerTest } from '../../test/support/test-server-per-test.ts';
import { ApiError } from '../errors/api-error.ts';
import { ApiVersionError } from '../errors/api-version-error.ts';
import { AuthenticationError } from '../errors/authentication-error.ts';
import { FatooraError } from '../errors/fatoora-error.ts';
import { InputError } from '../errors/input-error.ts';
import { NetworkError } from '../errors/network-error.ts';
import { createFatooraClient } from './client.ts';

const server = testServerPerTest();

const submission = { invoice: simplifiedInvoice.xml, invoiceHash: simplifiedInvoice.invoiceHash };
const client = (options: { language?: 'en' | 'ar'; retry?: false } = {}) =>
  createFatooraClient({
    baseUrl: server.url,
    credentials: testCredentials,
    retry: { delayMs: () => 0 },
    ...options,
  });

describe('createFatooraClient', () => {
  it("targets ZATCA's base URL for each named environment", () => {
    expect(createFatooraClient({ environment: 'developer-portal' }).baseUrl).toBe(
      'https://gw-fatoora.zatca.gov.sa/e-invoicing/developer-portal',
    );
    expect(createFatooraClient({ environment: 'simulation' }).baseUrl).toBe(
      'https://gw-fatoora.zatca.gov.sa/e-invoicing/simulation',
    );
    expect(createFatooraClient({ environment: 'production' }).baseUrl).toBe(
      'https://gw-fatoora.zatca.gov.sa/e-invoicing/core',
    );
  });

  it('lets a base URL (a simulator, a proxy) win over the environment, dropping a trailing slash', () => {
    const proxied = createFatooraClient({
      environment: 'simulation',
      baseUrl: 'http://localhost:8787/zatca/',
    });
    expect(proxied).toMatchObject({ environment: 'simulation', baseUrl: 'http://localhost:8787/zatca' });
  });

  it('refuses unknown environments and unusable base URLs', () => {
    // @ts-expect-error an unknown environment
    expect(() => createFatooraClient({ environment: 'staging' })).toThrow(InputError);
    // @ts-expect-error neither option
    expect(() => createFatooraClient({})).toThrow(/environment/);
    expect(() => createFatooraClient({ baseUrl: 'gw-fatoora.zatca.gov.sa' })).toThrow(/absolute/);
    expect(() => createFatooraClient({ baseUrl: 'ftp://example.com' })).toThrow(/http/);
    let withPassword: unknown;
    try {
      createFatooraClient({ baseUrl: 'https://user:hunter2@proxy.example' });
    } catch (error) {
      withPassword = error;
    }
    expect(withPassword).toMatchObject({ field: 'baseUrl', rule: 'url-no-credentials' });
    expect((withPassword as Error).message).not.toContain('hunter2');
  });

  it('refuses bad options: language, time limit, retry limit, incomplete credentials', () => {
    const base = { environment: 'simulation' } as const;
    // @ts-expect-error an unsupported language
    expect(() => createFatooraClient({ ...base, language: 'fr' })).toThrow(/language/);
    expect(() => createFatooraClient({ ...base, timeoutMs: 0 })).toThrow(/timeoutMs/);
    expect(() => createFatooraClient({ ...base, retry: { limit: -1 } })).toThrow(/retry.limit/);
    expect(() =>
      createFatooraClient({
        ...base,
        credentials: { binarySecurityToken: sdkBinarySecurityToken, secret: '' },
      }),
    ).toThrow(InputError);
  });

  it('never shows the credentials in the client, its JSON or its inspection', () => {
    const withCredentials = client();
    expect(withCredentials.hasCredentials).toBe(true);
    expect(JSON.stringify(withCredentials)).not.toContain(testSecret);
    expect(inspect(withCredentials, { depth: 10, showHidden: true })).not.toContain(testSecret);
  });
});

describe('the Fatoora client on the wire', () => {
  it('sends Accept-Language ar when asked for Arabic messages', async () => {
    server.reply({ body: invoiceAnswer('clean', { reportingStatus: 'REPORTED' }) });
    await client({ language: 'ar' }).reportInvoice(submission);
    expect(server.requests[0]?.headers['accept-language']).toBe('ar');
  });

  it('uses the injected fetch for every call', async () => {
    const seen: string[] = [];
    const counting: typeof fetch = (input, init) => {
      seen.push(input instanceof Request ? `${input.method} ${new URL(input.url).pathname}` : String(input));
      return fetch(input, init);
    };
    server.reply({ body: invoiceAnswer('clean', { reportingStatus: 'REPORTED' }) });
    await createFatooraClient({
      baseUrl: server.url,
      credentials: testCredentials,
      fetch: counting,
    }).reportInvoice(submission);
    expect(seen).toEqual(['POST /invoices/reporting/single']);
  });

  it('throws AuthenticationError on 401, naming the production CSID for reporting', async () => {
    server.reply({ status: 401, body: { timestamp: 1, status: 401, error: 'Unauthorized', message: '' } });
    const error = await client()
      .reportInvoice(submission)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ code: 'api-unauthorized', status: 401 });
    expect((error as Error).message).toContain('production CSID');
    expect(server.requests).toHaveLength(1);
  });

  it('throws ApiVersionError on 406', async () => {
    server.reply({ status: 406, body: 'This API version is not supported' });
    const error = await client()
      .reportInvoice(submission)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiVersionError);
    expect(error).toMatchObject({
      code: 'api-version-not-acceptable',
      details: { body: 'This API version is not supported' },
    });
  });

  it('throws a plain ApiError for a status the contract does not describe', async () => {
    server.reply({ status: 404, body: { message: 'No route' } });
    const error = await client()
      .reportInvoice(submission)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'api-unexpected-status',
      status: 404,
      errors: [{ message: 'No route' }],
    });
  });

  it('throws api-response-malformed for a success that is not a JSON object, or lacks validationResults', async () => {
    server.reply({ body: 'OK' }, { body: { reportingStatus: 'REPORTED' } });
    await expect(client().reportInvoice(submission)).rejects.toMatchObject({
      code: 'api-response-malformed',
    });
    await expect(client().reportInvoice(submission)).rejects.toMatchObject({
      code: 'api-response-malformed',
    });
  });

  it('throws NetworkError naming the failure when nothing listens', async () => {
    const closed = await startTestServer();
    await closed.close();
    const error = await createFatooraClient({
      baseUrl: closed.url,
      credentials: testCredentials,
      retry: false,
    })
      .reportInvoice(submission)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toContain('ECONNREFUSED');
  });

  it('keeps the secret and the Authorization header out of every error it throws', async () => {
    const statuses = [303, 400, 401, 404, 406, 409, 429, 500, 503];
    for (const status of statuses) server.reply({ status, body: { code: 'X', message: 'failure' } });
    server.reply({ hangUp: true });
    const errors: unknown[] = [];
    const plain = client({ retry: false });
    for (let i = 0; i <= statuses.length; i++) {
      errors.push(await plain.clearInvoice(submission).catch((e: unknown) => e));
    }
    errors.push(await plain.reportInvoice({ invoice: '' }).catch((e: unknown) => e));
    expect(server.requests.every((request) => request.headers.authorization === testAuthorization)).toBe(
      true,
    );
    const encodedSecret = testAuthorization.slice('Basic '.length);
    for (const error of errors) {
      expect(error).toBeInstanceOf(FatooraError);
      const shown = [
        inspect(error, { depth: 20, showHidden: true }),
        JSON.stringify((error as FatooraError).details),
        String((error as Error).cause),
      ].join('\n');
      expect(shown).not.toContain(testSecret);
      expect(shown).not.toContain(encodedSecret);
      expect(shown.toLowerCase()).not.toContain('authorization');
    }
  });
});

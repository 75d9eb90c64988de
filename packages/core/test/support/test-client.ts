/**
 * The API client that the endpoint tests drive against their scripted server: the server's URL,
 * the SDK test credentials ({@link testCredentials}) and retries without delay, so that a retried
 * request costs a test no time.
 */
import { createFatooraClient, type FatooraClient } from '../../src/api/client.ts';
import { testCredentials } from './fatoora-answers.ts';

/**
 * A client for `baseUrl` with the test credentials, retrying up to `retryLimit` times at once.
 *
 * @example
 * ```ts
 * const client = () => clientWithTestCredentials(server.url, 2);
 * await clearInvoice(client(), { invoice: standardInvoice.xml });
 * ```
 */
export function clientWithTestCredentials(baseUrl: string, retryLimit: number): FatooraClient {
  return createFatooraClient({
    baseUrl,
    credentials: testCredentials,
    retry: { limit: retryLimit, delayMs: () => 0 },
  });
}

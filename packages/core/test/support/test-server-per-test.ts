/**
 * A fresh scripted Fatoora stand-in ({@link startTestServer}) for each test of a file: started
 * before each test and closed after it, so that no test sees another's script or requests. The
 * file holds one stable object that stands for the current test's server. Node only.
 */
import { afterEach, beforeEach } from 'vitest';
import { startTestServer, type TestServer } from './fatoora-test-server.ts';

/**
 * Registers the file's `beforeEach` (starts a server, `basePath` prefixed to its `url`) and
 * `afterEach` (closes it), and returns the current test's server.
 *
 * @throws {Error} when the returned server is used before the first test's server started.
 * @example
 * ```ts
 * const server = testServerPerTest();
 * it('posts', async () => {
 *   server.reply({ body: csidAnswer() });
 *   await requestProductionCsid(createFatooraClient({ baseUrl: server.url }), parameters);
 *   expect(server.requests).toHaveLength(1);
 * });
 * ```
 */
export function testServerPerTest(basePath = ''): TestServer {
  let current: TestServer | undefined;
  const running = (): TestServer => {
    if (!current) throw new Error('no test server has started yet: use it inside a test');
    return current;
  };
  beforeEach(async () => {
    current = await startTestServer(basePath);
  });
  afterEach(async () => {
    await running().close();
  });
  return {
    get url() {
      return running().url;
    },
    get requests() {
      return running().requests;
    },
    reply: (...replies) => running().reply(...replies),
    close: () => running().close(),
  };
}

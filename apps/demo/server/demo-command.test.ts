import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runDemoCommand } from './demo-command.ts';

/** Runs the command until it prints its URL, then calls `use(url)` and stops it. */
async function runUntilOpen(
  argv: string[],
  env: Record<string, string> = {},
  use?: (url: string) => Promise<void>,
) {
  const stop = new AbortController();
  const out: string[] = [];
  const err: string[] = [];
  let opened: (url: string) => void = () => {};
  const open = new Promise<string>((resolve) => {
    opened = resolve;
  });
  const exit = runDemoCommand(argv, {
    stdout: (text) => {
      out.push(text);
      const url = /open (http:\/\/\S+)/.exec(text)?.[1];
      if (url) opened(url);
    },
    stderr: (text) => err.push(text),
    env,
    signal: stop.signal,
  });
  const url = await Promise.race([open, exit.then(() => undefined)]);
  if (url !== undefined) {
    await use?.(url);
    stop.abort();
  }
  return { code: await exit, out: out.join(''), err: err.join(''), url };
}

describe('runDemoCommand', () => {
  it('starts the proxy with the embedded simulator, prints its URL and stops when told', async () => {
    const run = await runUntilOpen(['--port', '0', '--static-dir', '/nonexistent'], {}, async (url) => {
      const config = await (await fetch(`${url}/_demo/config`)).json();
      expect(config).toMatchObject({ target: 'simulator', simulator: true });
    });
    expect(run.code).toBe(0);
    expect(run.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(run.out).toContain('/api → the embedded simulator');
    expect(run.out).toMatch(/GET \/_demo\/config 200 \d+ms/);
  });

  it('starts the embedded simulator with the behaviours --behaviour sets', async () => {
    const argv = [
      '--port',
      '0',
      '--quiet',
      '--behaviour',
      'duplicate-clearance=409',
      '--behaviour',
      'renewal=428',
    ];
    const run = await runUntilOpen(argv, {}, async (url) => {
      const settings = await (await fetch(`${url}/api/simulator/behaviours`)).json();
      expect(settings).toMatchObject({ 'duplicate-clearance': '409', renewal: '428', clearance: 'on' });
    });
    expect(run.code).toBe(0);
  });

  it('refuses a behaviour the simulator does not know, or one with another target', async () => {
    const unknown = await runUntilOpen(['--behaviour', 'duplicate-clearance=410']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('duplicate-clearance must be 208 or 409');
    const remote = await runUntilOpen(['--target', 'simulation', '--behaviour', 'renewal=428']);
    expect(remote.code).toBe(2);
    expect(remote.err).toContain('--behaviour sets the embedded simulator, and the target is simulation');
  });

  it('fails when the port it was asked for is in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      const asked = await runUntilOpen(['--port', String(port), '--quiet']);
      expect(asked.code).toBe(1);
      expect(asked.err).toContain('EADDRINUSE');
    } finally {
      blocker.close();
    }
  });

  it('takes a free port when the default 5173 is in use', async () => {
    // Hold 5173 (unless another program already does: the command must then move aside all the same).
    const blocker = createServer();
    await new Promise<void>((resolve) => {
      blocker.once('error', () => resolve());
      blocker.listen(5173, '127.0.0.1', resolve);
    });
    try {
      const run = await runUntilOpen(['--quiet'], {}, async () => {});
      expect(run.code).toBe(0);
      expect(run.err).toContain('port 5173 is in use; taking a free one');
      expect(run.url).not.toContain(':5173');
    } finally {
      blocker.close();
    }
  });

  it('refuses an unknown target or flag with the usage text', async () => {
    const target = await runUntilOpen(['--target', 'https://evil.example']);
    expect(target.code).toBe(2);
    expect(target.err).toContain('Unknown target "https://evil.example"');
    expect(target.err).toContain('--target <name>');
    const env = await runUntilOpen([], { FATOORA_TARGET: 'staging' });
    expect(env.code).toBe(2);
    const flag = await runUntilOpen(['--verbose']);
    expect(flag.code).toBe(2);
  });

  it('prints its help', async () => {
    const help = await runUntilOpen(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('FATOORA_TARGET');
    expect(help.out).toContain('--behaviour <name>=<value>');
    expect(help.out).toContain('duplicate-clearance=208|409');
  });
});

import { describe, expect, it } from 'vitest';
import { main } from '../main.ts';
import { DEFAULT_SIMULATOR_PORT, simulatorArguments } from './simulator.ts';

describe('fatoora simulator', () => {
  it('listens on 8080 unless given a port, the address the lifecycle commands use by default', () => {
    expect(DEFAULT_SIMULATOR_PORT).toBe(8080);
    expect(simulatorArguments(['--quiet'])).toEqual(['--port', '8080', '--quiet']);
    expect(simulatorArguments(['--port', '0'])).toEqual(['--port', '0']);
    expect(simulatorArguments(['--port=9090', '--quiet'])).toEqual(['--port=9090', '--quiet']);
  });

  it('serves the platform until stopped, then exits 0', async () => {
    let stdout = '';
    let announce: (url: string) => void = () => undefined;
    const listening = new Promise<string>((resolve) => {
      announce = resolve;
    });
    const stop = new AbortController();
    const running = main(['simulator', '--port', '0', '--quiet'], {
      stdout: (text) => {
        stdout += text;
        const url = /listening on (http:\/\/\S+)/.exec(stdout)?.[1];
        if (url) announce(url);
      },
      stderr: (text) => {
        stdout += text;
      },
      cwd: process.cwd(),
      signal: stop.signal,
    });
    const url = await listening;
    const health = await fetch(`${url}/simulator/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', defaultEnvironment: 'simulation' });
    stop.abort();
    expect(await running).toBe(0);
    expect(stdout).toContain('Fatoora simulator stopped.');
  });

  it('exits 2 for bad usage and prints its help with the CLI’s default port', async () => {
    let stderr = '';
    let stdout = '';
    const io = {
      stdout: (t: string) => (stdout += t),
      stderr: (t: string) => (stderr += t),
      cwd: process.cwd(),
    };
    expect(await main(['simulator', '--environment', 'staging'], io)).toBe(2);
    expect(stderr).toContain('--environment must be one of');
    expect(await main(['simulator', '--help'], io)).toBe(0);
    expect(stdout).toContain('--port defaults to 8080');
  });
});

import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newCsr } from '../test/support/onboarding.ts';
import { API_HEADERS, rawCall } from '../test/support/raw-call.ts';
import { BEHAVIOURS, runSimulatorCommand, SIMULATOR_COMMAND_HELP, startSimulator } from './index.ts';

/** Runs the command until `until` has seen it listening; returns its output and exit code. */
async function run(argv: string[], cwd = tmpdir(), until: (url: string) => Promise<void> = async () => {}) {
  let stdout = '';
  let stderr = '';
  const stop = new AbortController();
  let listening: (url: string) => void = () => {};
  const url = new Promise<string>((resolve) => {
    listening = resolve;
  });
  const exit = runSimulatorCommand(argv, {
    stdout: (text) => {
      stdout += text;
      const found = /listening on (\S+)/.exec(stdout);
      if (found) listening(found[1]!);
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd,
    signal: stop.signal,
  });
  const ended = await Promise.race([exit, url.then((found) => until(found).then(() => stop.abort()))]);
  const code = typeof ended === 'number' ? ended : await exit;
  return { code, stdout, stderr };
}

describe('runSimulatorCommand', () => {
  it('prints its URLs, serves until aborted, and stops cleanly with exit code 0', async () => {
    const result = await run(['--port', '0'], tmpdir(), async (url) => {
      const answer = await rawCall(`${url}/simulator/health`, { method: 'GET', headers: {} });
      expect(answer).toMatchObject({
        status: 200,
        json: { defaultEnvironment: 'simulation', persistent: false },
      });
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Fatoora simulator listening on http:\/\/127\.0\.0\.1:\d+ \(simulation at the root\)/,
    );
    expect(result.stdout).toMatch(/production\s+http:\/\/127\.0\.0\.1:\d+\/e-invoicing\/core/);
    expect(result.stdout).toMatch(/GET \/simulator\/health 200 \d+ ms/);
    expect(result.stdout).toMatch(/Fatoora simulator stopped\.\n$/);
  });

  it('keeps its state in --data-dir, resolved against the working directory, and serves --environment at the root', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'fatoora-simulator-command-'));
    try {
      const result = await run(
        ['--data-dir', 'state', '--environment', 'production', '--quiet'],
        cwd,
        async (url) => {
          const answer = await rawCall(`${url}/simulator/health`, { method: 'GET', headers: {} });
          expect(answer.json).toMatchObject({ defaultEnvironment: 'production', persistent: true });
        },
      );
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`State: ${join(cwd, 'state')}`);
      expect(result.stdout).not.toContain('GET /simulator/health');
      expect(await readdir(join(cwd, 'state'))).toContain('authority.json');
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  });

  it('refuses an unknown flag, environment or port with exit code 2', async () => {
    for (const argv of [
      ['--frobnicate'],
      ['--environment', 'core'],
      ['--port', 'eighty'],
      ['--otp', '12'],
      ['--analysis-threads', 'two'],
      ['--behaviour', 'renewal'],
      ['--behaviour', 'renewal=sometimes'],
      ['--behaviour', 'chaos=on'],
      ['--fault-endpoint', 'batch'],
    ]) {
      const result = await run(argv);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^fatoora simulator: .+\n$/);
    }
  });

  it('prints its help with --help, listing every behaviour with its default first', async () => {
    const result = await run(['--help']);
    expect(result).toEqual({ code: 0, stdout: `${SIMULATOR_COMMAND_HELP}\n`, stderr: '' });
    for (const [name, definition] of Object.entries(BEHAVIOURS)) {
      const first = 'values' in definition ? definition.default : '<text>';
      expect(result.stdout).toMatch(new RegExp(`\\n {6}${name}=${first}[| ]`));
    }
  });

  it('starts with the behaviours and fault endpoints its flags name, and takes 123345 only with --otp', async () => {
    const result = await run(
      [
        '--quiet',
        '--behaviour',
        'renewal=428',
        '--behaviour',
        'expired-otp-message=OTP expired',
        '--clearance-disabled',
        '--fault-endpoint',
        'reporting',
        '--otp',
        '123345',
      ],
      tmpdir(),
      async (url) => {
        const behaviours = await rawCall(`${url}/simulator/behaviours`, { method: 'GET', headers: {} });
        expect(behaviours.json).toMatchObject({
          renewal: '428',
          'expired-otp-message': 'OTP expired',
          clearance: 'off',
        });
        const faults = await rawCall(`${url}/simulator/faults`, { method: 'GET', headers: {} });
        expect(faults.json).toMatchObject({ endpoints: ['reporting'] });
        const otp = await rawCall(`${url}/compliance`, {
          headers: { ...API_HEADERS, OTP: '123345' },
          body: { csr: newCsr().csr.base64 },
        });
        expect(otp.status).toBe(200);
      },
    );
    expect(result.code).toBe(0);
  });

  it('exits with code 1 when the port is taken', async () => {
    const simulator = await startSimulator();
    try {
      const result = await run(['--port', String(simulator.port)]);
      expect(result).toMatchObject({
        code: 1,
        stderr: 'fatoora simulator: cannot start: the port is already in use\n',
      });
    } finally {
      await simulator.close();
    }
  });
});

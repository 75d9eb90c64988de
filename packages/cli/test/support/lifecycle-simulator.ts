/**
 * The simulator the CLI's lifecycle tests run against, one per test file: ZATCA's simulation
 * environment, where a unit's OTP comes from the Fatoora portal (simulation has no fixed one), so
 * it is started knowing the OTP these tests onboard with. With the CSR configuration of the
 * examples folder, every onboarding in these tests is what a user's first run looks like.
 */
import { join } from 'node:path';
import { type RunningSimulator, startSimulator } from '@fatoora/simulator';
import { simulatorPerFile } from '@fatoora/test-support/simulator-per-file';
import { EXAMPLES } from './drafts.ts';

/** The OTP the portal issued the units of these tests. */
export const LIFECYCLE_OTP = '123345';

/** The CSR configuration the tests onboard with (the examples folder's). */
export const LIFECYCLE_CSR_CONFIG = join(EXAMPLES, 'egs.properties');

/**
 * Registers the file's simulator (started before its first test, closed after its last) and gives
 * a way to reach it once started.
 */
export function lifecycleSimulatorPerFile(): () => RunningSimulator {
  let running: RunningSimulator | undefined;
  simulatorPerFile(async () => {
    running = await startSimulator({ port: 0, otp: { codes: [LIFECYCLE_OTP] } });
    return running;
  });
  return () => {
    if (!running) throw new Error('the simulator starts before the first test');
    return running;
  };
}

/**
 * One simulator and one onboarded EGS unit for all the tests of a file, over loopback: the
 * simulator runs on the tests' clock ({@link SIMULATOR_NOW}) and is started, and the unit
 * onboarded on it, before the first test; its injected faults and behaviours are reset after each
 * test (so that no test's setting leaks into the next); it is closed after the last test. Each test moves the
 * unit's chain on, as the platform does.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { type RunningSimulator, startSimulator } from '../../src/index.ts';
import { SIMULATOR_NOW } from './invoices.ts';
import { type OnboardedEgs, onboard } from './onboarding.ts';

/** The file's simulator and unit, readable once the file's tests run. */
export interface UnitPerFile {
  readonly simulator: RunningSimulator;
  readonly unit: OnboardedEgs;
}

/**
 * Registers the file's `beforeAll`, `afterEach` and `afterAll`, and returns the holder of what
 * they start.
 *
 * @example
 * ```ts
 * const shared = unitPerFile();
 * it('reports', async () => {
 *   const { client, egs } = shared.unit;
 *   // …
 * });
 * ```
 */
export function unitPerFile(): UnitPerFile {
  let simulator: RunningSimulator | undefined;
  let unit: OnboardedEgs | undefined;
  beforeAll(async () => {
    simulator = await startSimulator({ now: SIMULATOR_NOW });
    unit = await onboard(simulator);
  });
  afterEach(() => {
    simulator?.faults.reset();
    simulator?.behaviours.reset();
  });
  afterAll(async () => {
    await simulator?.close();
  });
  return {
    get simulator() {
      return started(simulator);
    },
    get unit() {
      return started(unit);
    },
  };
}

function started<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('The simulator is read before the file’s tests run.');
  return value;
}

/**
 * One Fatoora simulator for all the tests of a file, over loopback: started before the first test,
 * its injected faults cleared after each (so that no test's fault leaks into the next), closed after
 * the last. This package depends on no fatoora package, so the caller hands in how to start it
 * (`startSimulator` of `@fatoora/simulator`) and keeps the running simulator that start gives; the
 * helper needs of it only what {@link PerFileSimulator} names, which `RunningSimulator` has.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';

/** What the helper calls on a running simulator: `RunningSimulator`'s fault reset and close. */
export interface PerFileSimulator {
  readonly faults: { reset(): unknown };
  close(): Promise<void>;
}

/**
 * Registers the file's `beforeAll` (runs `start`), `afterEach` (resets the faults) and `afterAll`
 * (closes the simulator, if it started).
 *
 * @throws nothing itself; a failing `start` fails the file's tests, as a failing `beforeAll` does.
 * @example
 * ```ts
 * let simulator: RunningSimulator;
 * simulatorPerFile(async () => {
 *   simulator = await startSimulator({ port: 0 });
 *   return simulator;
 * });
 * ```
 */
export function simulatorPerFile(start: () => Promise<PerFileSimulator>): void {
  let running: PerFileSimulator | undefined;
  beforeAll(async () => {
    running = await start();
  });
  afterEach(() => {
    running!.faults.reset();
  });
  afterAll(async () => {
    await running?.close();
  });
}

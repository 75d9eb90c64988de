import { describe, expect, it } from 'vitest';
import * as simulator from './index.ts';

describe('the public API of @fatoora/simulator', () => {
  it('exports exactly these names, so that a change to the surface is a deliberate one', () => {
    expect(Object.keys(simulator).sort()).toEqual([
      'DEFAULT_OTP',
      'FaultInjector',
      'NO_FAULTS',
      'SIMULATOR_COMMAND_HELP',
      'checkFaultPatch',
      'runSimulatorCommand',
      'startSimulator',
    ]);
  });
});

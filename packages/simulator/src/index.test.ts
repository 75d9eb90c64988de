import { describe, expect, it } from 'vitest';
import * as simulator from './index.ts';

describe('the public API of @fatoora/simulator', () => {
  it('exports exactly these names, so that a change to the surface is a deliberate one', () => {
    expect(Object.keys(simulator).sort()).toEqual([
      'BEHAVIOURS',
      'BehaviourSwitches',
      'DEFAULT_BEHAVIOURS',
      'DEFAULT_OTP',
      'DEVELOPER_PORTAL_OTPS',
      'FaultInjector',
      'NO_FAULTS',
      'SIMULATOR_COMMAND_HELP',
      'checkBehaviourPatch',
      'checkFaultPatch',
      'runSimulatorCommand',
      'startSimulator',
    ]);
  });
});

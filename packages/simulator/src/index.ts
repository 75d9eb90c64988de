/**
 * `@fatoora/simulator`: a local stand-in for ZATCA's Fatoora platform. {@link startSimulator}
 * serves the six e-invoicing endpoints over `node:http` — compliance CSID, compliance checks,
 * production CSID and its renewal, reporting and clearance — at ZATCA's paths, under each
 * environment's gateway path (core's `ENVIRONMENTS`) and at the root, each environment as ZATCA's
 * behaves (the developer portal's fixed OTPs and canned production CSID; simulation's and
 * production's compliance gate and template names); issues real CSIDs from CSRs with its own CA;
 * checks submitted invoices the way the platform does (XSD stage, hash, signature, QR,
 * permissions, PIH, business rules, duplicates) and sets the QR of cleared ones; answers with
 * ZATCA's bodies, codes and texts; makes every behaviour ZATCA leaves unsettled an option
 * ({@link BEHAVIOURS}); and injects faults on request. {@link runSimulatorCommand} is the
 * `simulator` command of the CLI.
 *
 * @example
 * ```ts
 * import { createFatooraClient } from '@fatoora/core/api';
 * import { startSimulator } from '@fatoora/simulator';
 *
 * const simulator = await startSimulator();
 * const client = createFatooraClient({ baseUrl: simulator.url });
 * const compliance = await client.requestComplianceCsid({ csr, otp: await simulator.mintOtp() });
 * await simulator.close();
 * ```
 *
 * @module @fatoora/simulator
 */
export { DEFAULT_OTP, DEVELOPER_PORTAL_OTPS, type OtpOptions } from './auth/otp.ts';
export {
  BEHAVIOURS,
  type BehaviourName,
  type BehaviourSettings,
  type BehaviourValue,
  DEFAULT_BEHAVIOURS,
} from './behaviours/behaviour-table.ts';
export { BehaviourSwitches, checkBehaviourPatch } from './behaviours/behaviours.ts';
export {
  checkFaultPatch,
  type FaultAction,
  FaultInjector,
  type FaultSettings,
  NO_FAULTS,
} from './faults/faults.ts';
export {
  runSimulatorCommand,
  SIMULATOR_COMMAND_HELP,
  type SimulatorCommandIo,
} from './simulator-command.ts';
export { type RunningSimulator, type SimulatorOptions, startSimulator } from './start-simulator.ts';

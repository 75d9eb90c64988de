/**
 * `@fatoora/simulator`: a local stand-in for ZATCA's Fatoora platform. {@link startSimulator}
 * serves the six e-invoicing endpoints over `node:http` — compliance CSID, compliance checks,
 * production CSID and its renewal, reporting and clearance — at ZATCA's paths, under each
 * environment's gateway path (core's `ENVIRONMENTS`) and at the root; issues real CSIDs from
 * CSRs with its own CA; checks submitted invoices the way the platform does (XSD stage, hash,
 * signature, QR, permissions, ICV/PIH chain, business rules, duplicates) and stamps cleared ones;
 * and injects faults on request. {@link runSimulatorCommand} is the `simulator` command of the CLI.
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
export { DEFAULT_OTP, type OtpOptions } from './auth/otp.ts';
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

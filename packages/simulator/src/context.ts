/**
 * What every endpoint works with: the remembered state and the store that keeps it, the CA, the
 * fault settings, the OTP policy, the clock and the environment of the root path. The state is
 * changed in memory synchronously while a call is handled — Node runs one handler's synchronous
 * part at a time, so two calls never interleave a check and its update — and then saved before
 * the answer goes out, so that an answered call survives a restart. The one wait inside a call,
 * the analysis of a submitted document on another thread, comes before its records are read, and
 * the calls of one EGS unit then take their turns in arrival order (`arrivals`). The behaviours
 * ZATCA leaves unsettled are read from `behaviours` at each call, so a change applies at once.
 */

import type { FatooraEnvironment } from '@fatoora/core/model';
import type { SubmissionAnalyzer } from './analysis/analysis-pool.ts';
import type { OtpOptions } from './auth/otp.ts';
import type { BehaviourSwitches } from './behaviours/behaviours.ts';
import type { CertificateAuthority } from './ca/certificate-authority.ts';
import type { ArrivalOrder } from './endpoints/arrival-order.ts';
import type { FaultInjector } from './faults/faults.ts';
import type { SimulatorState, StateCollection } from './store/state.ts';
import type { SimulatorStore } from './store/store.ts';

/** The simulator's working parts, shared by the endpoints. */
export interface SimulatorContext {
  readonly state: SimulatorState;
  readonly store: SimulatorStore;
  readonly authority: CertificateAuthority;
  readonly faults: FaultInjector;
  /** The live settings of the unsettled behaviours (fatoora-api.md §11). */
  readonly behaviours: BehaviourSwitches;
  readonly otp: OtpOptions;
  readonly now: () => Date;
  /** The environment the un-prefixed paths serve. */
  readonly defaultEnvironment: FatooraEnvironment;
  /** Runs the document checks that need no records, off the event loop unless configured inline. */
  readonly analyze: SubmissionAnalyzer;
  /** Keeps each EGS unit's invoice calls in arrival order once their documents are analysed. */
  readonly arrivals: ArrivalOrder;
}

/**
 * Saves the collections a call changed.
 *
 * @example
 * ```ts
 * await save(context, 'csids', 'compliance');
 * ```
 */
export function save(context: SimulatorContext, ...collections: StateCollection[]): Promise<void> {
  return context.store.saveState(context.state, collections);
}

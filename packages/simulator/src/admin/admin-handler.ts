/**
 * The shape of an admin API handler: the endpoint signature, plus whether the call carries a JSON
 * body to read first.
 */
import type { EndpointHandler } from '../http/api-request.ts';

/** One admin action. */
export interface AdminHandler {
  /** Whether the call has a JSON body (read and parsed before `run`). */
  readonly readsBody: boolean;
  readonly run: EndpointHandler;
}

/**
 * A Fatoora API call as the endpoints see it: the environment its path named, its headers and its
 * JSON body; and the signature of an endpoint handler.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { FatooraEnvironment } from '@fatoora/core/model';
import type { SimulatorContext } from '../context.ts';
import type { ApiAnswer } from './answer.ts';

/** One call. */
export interface ApiRequest {
  readonly environment: FatooraEnvironment;
  readonly headers: IncomingHttpHeaders;
  /** The parsed JSON body. */
  readonly body: unknown;
}

/** An endpoint. */
export type EndpointHandler = (request: ApiRequest, context: SimulatorContext) => Promise<ApiAnswer>;

/**
 * A field of the body, or `undefined` when the body is not an object.
 *
 * @example
 * ```ts
 * bodyField(request, 'csr'); // 'LS0tLS1CRUdJTi…'
 * ```
 */
export function bodyField(request: ApiRequest, name: string): unknown {
  const { body } = request;
  return typeof body === 'object' && body !== null && !Array.isArray(body)
    ? (body as Record<string, unknown>)[name]
    : undefined;
}

/**
 * A header's single value.
 *
 * @example
 * ```ts
 * headerValue(request, 'otp'); // '123345'
 * ```
 */
export function headerValue(request: ApiRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

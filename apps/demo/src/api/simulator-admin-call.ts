/**
 * One call to the simulator's admin API through the proxy (`/api/simulator/…`, present only when
 * the target is the embedded simulator): JSON in and out, and a refusal turned into an `Error`
 * whose message carries the simulator's own `code` and `message` when it sent them — so that a
 * refused behaviour change says which value was wrong, not only its status.
 */

/**
 * Calls `method path` below `/api/simulator` and reads the JSON answer.
 *
 * @throws {Error} when the simulator (or the proxy) answers with a status other than 2xx.
 * @example
 * ```ts
 * await callSimulatorAdmin(location.origin, 'PATCH', '/faults', { failNext: 1 });
 * ```
 */
export async function callSimulatorAdmin(
  origin: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const response = await fetch(`${origin}/api/simulator${path}`, {
    method,
    headers: {
      accept: 'application/json',
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (!response.ok) {
    const reason = problemText(await response.text());
    throw new Error(
      `The simulator answered ${response.status} to ${method} ${path}${reason ? `: ${reason}` : '.'}`,
    );
  }
  return response.status === 204 ? undefined : response.json();
}

/** `code — message` of a `{code, message}` body, or `undefined` for any other body. */
function problemText(text: string): string | undefined {
  try {
    const { code, message } = JSON.parse(text) as { code?: unknown; message?: unknown };
    const parts = [code, message].filter((part): part is string => typeof part === 'string' && part !== '');
    return parts.length > 0 ? parts.join(' — ') : undefined;
  } catch {
    return undefined;
  }
}

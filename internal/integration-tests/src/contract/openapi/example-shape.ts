/**
 * Whether an answer has the shape of the example a file documents for it, where the values
 * themselves cannot be equal (a fresh certificate, a `requestID`, a timestamp, the warnings of
 * another invoice): the same fields, no others, each of the same JSON type, recursively; the
 * entries of an array shaped like the example's first entry. ZATCA's schemas are too loose to say
 * this (no `required`, no `additionalProperties`), so the replay asks it of the examples.
 */

/** A value's JSON type, with null and arrays told apart from objects. */
function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * The ways an answer body departs from an example's shape; empty when it has that shape.
 *
 * @example
 * ```ts
 * shapeDepartures({ requestID: 347, secret: 's' }, { requestID: 1718, secret: 't', errors: null });
 * // ['/errors is not in the example']
 * shapeDepartures({ requestID: 347 }, { requestID: 1718, errors: null }, { fieldsBeyondExample: ['errors'] }); // []
 * ```
 */
export function shapeDepartures(
  example: unknown,
  actual: unknown,
  options: { readonly fieldsBeyondExample?: readonly string[] } = {},
  path = '',
): string[] {
  const expected = jsonType(example);
  const found = jsonType(actual);
  if (expected !== found) return [`${path || '/'} is ${found}, the example's is ${expected}`];
  if (Array.isArray(example) && Array.isArray(actual)) {
    if (example.length === 0) return [];
    return actual.flatMap((entry, index) => shapeDepartures(example[0], entry, {}, `${path}/${index}`));
  }
  if (expected !== 'object') return [];
  const exampleFields = example as Record<string, unknown>;
  const actualFields = actual as Record<string, unknown>;
  const beyond = new Set(path === '' ? (options.fieldsBeyondExample ?? []) : []);
  const departures: string[] = [];
  for (const [name, value] of Object.entries(exampleFields)) {
    if (!(name in actualFields)) departures.push(`${path}/${name} is missing`);
    else departures.push(...shapeDepartures(value, actualFields[name], {}, `${path}/${name}`));
  }
  for (const name of Object.keys(actualFields)) {
    if (!(name in exampleFields) && !beyond.has(name))
      departures.push(`${path}/${name} is not in the example`);
  }
  return departures;
}

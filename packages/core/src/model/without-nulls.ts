/**
 * Models often come from JSON (a POS back end, a form), where an absent field is written `null`.
 * The model's types say "absent" with `undefined`; this reads `null` the same way, once, before
 * validation and building, so that no rule and no writer has to tell the two apart.
 */

/**
 * A copy of `value` in which every `null` object property is left out and every `null` list item
 * stays `null` (a hole in a list is a fault the rules report, not an absence).
 *
 * @example
 * ```ts
 * withoutNulls({ buyer: null, lines: [] }); // { lines: [] }
 * ```
 */
export function withoutNulls<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => (item === null ? item : withoutNulls(item))) as T;
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) {
    return value;
  }
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== null) copy[key] = withoutNulls(item);
  }
  return copy as T;
}

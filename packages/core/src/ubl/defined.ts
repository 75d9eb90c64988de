/**
 * Copying the fields a UBL reader found into a model object, so that an element the document
 * lacks leaves its optional field absent rather than present and `undefined` (`'city' in address`,
 * JSON and a strict deep equality with the model it was built from all tell the two apart).
 */

/**
 * Copies the defined entries of `values`.
 *
 * @throws never.
 * @example
 * ```ts
 * defined({ city: 'Riyadh', postalCode: undefined }); // { city: 'Riyadh' }
 * ```
 */
export function defined<T extends object>(values: T): T {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) if (value !== undefined) result[key] = value;
  return result as T;
}

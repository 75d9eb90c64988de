/**
 * JSON output for humans and scripts: byte arrays (public keys, signatures) appear as base64.
 */

/** Pretty JSON with every Uint8Array written as base64. */
export function toJson(value: unknown): string {
  return JSON.stringify(
    value,
    (_, item) => (item instanceof Uint8Array ? Buffer.from(item).toString('base64') : item),
    2,
  );
}

/**
 * What the simulator keeps of CSID credentials: a SHA-256 digest of each `binarySecurityToken`
 * (the key CSIDs are filed under) and of each secret (compared in constant time at
 * authentication). Neither the secret nor a credential is ever stored, logged or echoed.
 */
import { createHash } from 'node:crypto';

/**
 * The key a CSID is filed under: SHA-256 (hex) of its `binarySecurityToken`.
 *
 * @example
 * ```ts
 * state.csids[tokenKey(answer.binarySecurityToken)];
 * ```
 */
export function tokenKey(binarySecurityToken: string): string {
  return sha256Hex(binarySecurityToken);
}

/**
 * What is kept of a secret: its SHA-256 (hex).
 *
 * @example
 * ```ts
 * secretDigest(answer.secret).length; // 64
 * ```
 */
export function secretDigest(secret: string): string {
  return sha256Hex(secret);
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

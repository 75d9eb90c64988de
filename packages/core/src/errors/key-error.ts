/**
 * Raised when a private or public key cannot be read or is not a secp256k1 key: ZATCA accepts
 * only ECDSA on secp256k1, so any other curve is refused here rather than at the platform.
 */
import { FatooraError, type FatooraErrorOptions } from './fatoora-error.ts';

/**
 * A key could not be imported, exported or used.
 *
 * @example
 * ```ts
 * try { importPrivateKey('not a key'); }
 * catch (e) { if (e instanceof KeyError) console.log(e.code); } // 'key-unreadable'
 * ```
 */
export class KeyError extends FatooraError {
  /** `code` names what is wrong with the key (`key-out-of-range`, …), `message` says it in words. */
  constructor(code: string, message: string, options?: FatooraErrorOptions) {
    super(code, message, options);
  }
}

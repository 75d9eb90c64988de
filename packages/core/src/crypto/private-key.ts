/**
 * secp256k1 private keys, the only kind ZATCA accepts. A {@link PrivateKey} keeps its secret
 * outside the object (in a module-private WeakMap): it never appears in `JSON.stringify`,
 * `console.log`, string conversion or the object's fields, so a key leaves the process only when
 * the caller exports it on purpose with `exportPrivateKey`.
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { KeyError } from '../errors/key-error.ts';

const secrets = new WeakMap<PrivateKey, Uint8Array>();

/**
 * A secp256k1 private key. Create one with {@link generatePrivateKey} or
 * {@link importPrivateKey}; read its secret only through {@link exportPrivateKey}.
 *
 * @example
 * ```ts
 * const key = generatePrivateKey();
 * key.publicKey.length; // 65 (uncompressed point)
 * JSON.stringify(key); // '{"type":"secp256k1-private-key","publicKey":"04…"}'
 * ```
 */
export class PrivateKey {
  /** The public point, uncompressed (65 bytes, `04 ‖ x ‖ y`). */
  readonly publicKey: Uint8Array;

  private constructor(secret: Uint8Array) {
    secrets.set(this, secret);
    this.publicKey = secp256k1.getPublicKey(secret, false);
    Object.freeze(this);
  }

  /** @internal Builds a key from a validated 32-byte secret. */
  static fromSecret(secret: Uint8Array): PrivateKey {
    if (secret.length !== 32 || !secp256k1.utils.isValidSecretKey(secret)) {
      throw new KeyError('key-out-of-range', 'The private key is not a valid secp256k1 scalar (1 ≤ d < n).');
    }
    return new PrivateKey(Uint8Array.from(secret));
  }

  /** What serialization shows: the curve and the public key, never the secret. */
  toJSON(): {
    /** Always `secp256k1-private-key`: what the object is, since the secret is not shown. */
    type: 'secp256k1-private-key';
    /** The uncompressed public point in hex, to tell keys apart. */
    publicKey: string;
  } {
    return { type: 'secp256k1-private-key', publicKey: bytesToHex(this.publicKey) };
  }

  /** A short label for logs: the curve and the start of the public key, never the secret. */
  toString(): string {
    return `PrivateKey(secp256k1, public ${bytesToHex(this.publicKey).slice(0, 16)}…)`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.toString();
  }
}

/** @internal The secret of a key, for the signing code in this folder only. */
export function revealSecret(key: PrivateKey): Uint8Array {
  const secret = secrets.get(key);
  if (!secret) throw new KeyError('key-unreadable', 'Not a PrivateKey made by @fatoora/core.');
  return secret;
}

/**
 * Generates a new secp256k1 key from the platform's cryptographic random source.
 *
 * @example
 * ```ts
 * const key = generatePrivateKey();
 * ```
 */
export function generatePrivateKey(): PrivateKey {
  return PrivateKey.fromSecret(secp256k1.utils.randomSecretKey());
}

/**
 * Private keys in and out of their encodings: import reads SEC1 (RFC 5915) and PKCS#8
 * (RFC 5208) in PEM, in bare base64 (ZATCA's SDK ships its key that way) or as DER; export
 * writes either form. Also the DER SubjectPublicKeyInfo of a key (QR tag 8). Encoding uses the
 * @peculiar/asn1 schema classes; the signing path never needs this module.
 */
import { ECParameters, ECPrivateKey } from '@peculiar/asn1-ecc';
import { PrivateKeyInfo } from '@peculiar/asn1-pkcs8';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import { AlgorithmIdentifier, SubjectPublicKeyInfo } from '@peculiar/asn1-x509';
import { encodeBase64 } from '../encoding/base64.ts';
import { writePem } from '../encoding/pem.ts';
import { KeyError } from '../errors/key-error.ts';
import { derCandidates } from './der.ts';
import { OID } from './oids.ts';
import { PrivateKey, revealSecret } from './private-key.ts';
import { importPublicKey } from './public-key.ts';

/** How {@link exportPrivateKey} writes a key. */
export interface PrivateKeyExportOptions {
  /** `sec1`: RFC 5915 `EC PRIVATE KEY` (openssl's default); `pkcs8`: RFC 5208 `PRIVATE KEY`. */
  readonly format?: 'sec1' | 'pkcs8';
  /** `pem` (default), `base64` (the DER without armour, like ZATCA's SDK key file) or `der`. */
  readonly encoding?: 'pem' | 'base64' | 'der';
}

/**
 * Exports a private key. This is the only way its secret leaves the key object.
 *
 * @example
 * ```ts
 * const pem = exportPrivateKey(key); // '-----BEGIN EC PRIVATE KEY-----\n…'
 * const der = exportPrivateKey(key, { format: 'pkcs8', encoding: 'der' });
 * ```
 */
export function exportPrivateKey(
  key: PrivateKey,
  options: PrivateKeyExportOptions & { encoding: 'der' },
): Uint8Array;
export function exportPrivateKey(key: PrivateKey, options?: PrivateKeyExportOptions): string;
export function exportPrivateKey(
  key: PrivateKey,
  options: PrivateKeyExportOptions = {},
): string | Uint8Array {
  const format = options.format ?? 'sec1';
  const secret = revealSecret(key);
  const sec1 = (withParameters: boolean) =>
    new ECPrivateKey({
      version: 1,
      privateKey: new OctetString(secret),
      ...(withParameters ? { parameters: new ECParameters({ namedCurve: OID.secp256k1 }) } : {}),
      publicKey: toArrayBuffer(key.publicKey),
    });
  const der =
    format === 'sec1'
      ? new Uint8Array(AsnConvert.serialize(sec1(true)))
      : new Uint8Array(
          AsnConvert.serialize(
            new PrivateKeyInfo({
              version: 0,
              privateKeyAlgorithm: ecAlgorithm(),
              privateKey: new OctetString(AsnConvert.serialize(sec1(false))),
            }),
          ),
        );
  switch (options.encoding ?? 'pem') {
    case 'der':
      return der;
    case 'base64':
      return encodeBase64(der);
    default:
      return writePem(format === 'sec1' ? 'EC PRIVATE KEY' : 'PRIVATE KEY', der);
  }
}

/**
 * Imports a secp256k1 private key: SEC1 or PKCS#8, as PEM, bare base64 or DER bytes.
 *
 * @throws {KeyError} `key-unreadable` when the input is none of those, `key-wrong-curve` for a key
 * on another curve, `key-out-of-range` for an invalid scalar.
 * @example
 * ```ts
 * const key = importPrivateKey(readFileSync('ec-secp256k1-priv-key.pem', 'utf8'));
 * ```
 */
export function importPrivateKey(input: string | Uint8Array): PrivateKey {
  for (const der of derCandidates(input, ['EC PRIVATE KEY', 'PRIVATE KEY'])) {
    const sec1 = tryParse(der, ECPrivateKey);
    if (sec1 && sec1.version === 1) return fromEcPrivateKey(sec1);
    const pkcs8 = tryParse(der, PrivateKeyInfo);
    if (pkcs8) {
      if (pkcs8.privateKeyAlgorithm.algorithm !== OID.ecPublicKey) {
        throw new KeyError(
          'key-wrong-curve',
          `Not an EC key (algorithm ${pkcs8.privateKeyAlgorithm.algorithm}); ZATCA needs secp256k1.`,
        );
      }
      assertSecp256k1(namedCurveOf(pkcs8.privateKeyAlgorithm.parameters));
      const inner = tryParse(new Uint8Array(pkcs8.privateKey.buffer), ECPrivateKey);
      if (!inner) throw new KeyError('key-unreadable', 'The PKCS#8 key does not hold an EC private key.');
      return fromEcPrivateKey(inner);
    }
  }
  throw new KeyError('key-unreadable', 'Not a private key: expected SEC1 or PKCS#8, as PEM, base64 or DER.');
}

/**
 * The DER SubjectPublicKeyInfo (RFC 5480) of a key or public point: 88 bytes for secp256k1,
 * the value of QR tag 8.
 *
 * @example
 * ```ts
 * publicKeySpki(key).length; // 88
 * ```
 */
export function publicKeySpki(key: PrivateKey | Uint8Array): Uint8Array {
  const point = key instanceof PrivateKey ? key.publicKey : importPublicKey(key);
  return new Uint8Array(
    AsnConvert.serialize(
      new SubjectPublicKeyInfo({ algorithm: ecAlgorithm(), subjectPublicKey: toArrayBuffer(point) }),
    ),
  );
}

/** The AlgorithmIdentifier of an EC key on secp256k1 (RFC 5480 §2.1.1). */
export function ecAlgorithm(): AlgorithmIdentifier {
  return new AlgorithmIdentifier({
    algorithm: OID.ecPublicKey,
    parameters: AsnConvert.serialize(new ECParameters({ namedCurve: OID.secp256k1 })),
  });
}

/** The named curve in EC AlgorithmIdentifier parameters, if any. */
export function namedCurveOf(parameters: ArrayBuffer | null | undefined): string | undefined {
  if (!parameters) return undefined;
  return tryParse(new Uint8Array(parameters), ECParameters)?.namedCurve;
}

function fromEcPrivateKey(key: ECPrivateKey): PrivateKey {
  if (key.parameters) assertSecp256k1(key.parameters.namedCurve);
  const raw = new Uint8Array(key.privateKey.buffer);
  if (raw.length > 32)
    throw new KeyError('key-out-of-range', `The private key is ${raw.length} bytes; secp256k1 keys are 32.`);
  const secret = new Uint8Array(32);
  secret.set(raw, 32 - raw.length); // RFC 5915 fixes the length, but tolerate stripped leading zeros
  return PrivateKey.fromSecret(secret);
}

function assertSecp256k1(curve: string | undefined): void {
  if (curve !== undefined && curve !== OID.secp256k1) {
    throw new KeyError(
      'key-wrong-curve',
      `The key is on curve ${curve}; ZATCA requires secp256k1 (${OID.secp256k1}).`,
    );
  }
}

/** Parses DER as `type`, or `undefined` when it is not one (or has trailing bytes). */
export function tryParse<T>(der: Uint8Array, type: new () => T): T | undefined {
  try {
    const parsed = AsnConvert.parse(der, type);
    // Reject trailing garbage: DER of the parsed value must cover the whole input.
    return AsnConvert.serialize(parsed).byteLength === der.length ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** A standalone ArrayBuffer with exactly the bytes of `bytes`. */
export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer as ArrayBuffer;
}

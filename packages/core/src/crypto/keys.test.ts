import { secp256k1 } from '@noble/curves/secp256k1.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { ECParameters, ECPrivateKey } from '@peculiar/asn1-ecc';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import { describe, expect, it } from 'vitest';
import { otherPrivateKeyText, sdkCertificateText, sdkPrivateKeyText } from '../../test/samples.ts';
import { encodeBase64 } from '../encoding/base64.ts';
import { writePem } from '../encoding/pem.ts';
import { KeyError } from '../errors/key-error.ts';
import { parseCertificate } from './certificate.ts';
import { exportPrivateKey, importPrivateKey, publicKeySpki } from './keys.ts';
import { generatePrivateKey, revealSecret } from './private-key.ts';
import { importPublicKey } from './public-key.ts';

const sdkKey = importPrivateKey(sdkPrivateKeyText);

describe('private keys', () => {
  it("imports the SDK's unarmoured SEC1 key, whose public key is the certificate's", () => {
    const certificate = parseCertificate(sdkCertificateText);
    expect(bytesToHex(sdkKey.publicKey)).toBe(bytesToHex(certificate.publicKey));
    expect(bytesToHex(publicKeySpki(sdkKey))).toBe(bytesToHex(certificate.spki));
  });

  it('imports an openssl-made PEM key', () => {
    expect(importPrivateKey(otherPrivateKeyText).publicKey).toHaveLength(65);
  });

  for (const format of ['sec1', 'pkcs8'] as const) {
    for (const encoding of ['pem', 'base64', 'der'] as const) {
      it(`round-trips ${format} as ${encoding}`, () => {
        const key = generatePrivateKey();
        const exported = exportPrivateKey(key, { format, encoding });
        const again = importPrivateKey(exported);
        expect(bytesToHex(revealSecret(again))).toBe(bytesToHex(revealSecret(key)));
      });
    }
  }

  it('exports SEC1 PEM by default, with the curve and public key like openssl', () => {
    const pem = exportPrivateKey(sdkKey);
    expect(pem.startsWith('-----BEGIN EC PRIVATE KEY-----\n')).toBe(true);
    // The SDK file is exactly this DER (version, key, [0] secp256k1, [1] public key), unarmoured.
    expect(exportPrivateKey(sdkKey, { encoding: 'base64' })).toBe(sdkPrivateKeyText.trim());
  });

  it('refuses a key on another curve', () => {
    const p256 = new ECPrivateKey({
      version: 1,
      privateKey: new OctetString(new Uint8Array(32).fill(1)),
      parameters: new ECParameters({ namedCurve: '1.2.840.10045.3.1.7' }),
    });
    const pem = writePem('EC PRIVATE KEY', new Uint8Array(AsnConvert.serialize(p256)));
    expect(() => importPrivateKey(pem)).toThrow(expect.objectContaining({ code: 'key-wrong-curve' }));
  });

  it('refuses a scalar out of range', () => {
    const zero = new ECPrivateKey({ version: 1, privateKey: new OctetString(new Uint8Array(32)) });
    expect(() => importPrivateKey(new Uint8Array(AsnConvert.serialize(zero)))).toThrow(
      expect.objectContaining({ code: 'key-out-of-range' }),
    );
  });

  it('refuses garbage with a typed error', () => {
    for (const input of [
      '',
      'not a key',
      '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----',
      encodeBase64(new Uint8Array([1, 2, 3])),
      new Uint8Array([0x30, 0x03, 1, 2]),
    ]) {
      expect(() => importPrivateKey(input as string)).toThrow(KeyError);
    }
  });

  it('never shows its secret in JSON, strings or inspection', () => {
    const secretHex = bytesToHex(revealSecret(sdkKey));
    const secretBase64 = encodeBase64(revealSecret(sdkKey));
    for (const shown of [
      JSON.stringify(sdkKey),
      String(sdkKey),
      JSON.stringify({ ...sdkKey }),
      Object.keys(sdkKey).join(),
    ]) {
      expect(shown).not.toContain(secretHex);
      expect(shown).not.toContain(secretBase64);
    }
  });

  it('reads public keys as points, SPKI DER or PEM', () => {
    const spki = publicKeySpki(sdkKey);
    expect(spki).toHaveLength(88);
    expect(importPublicKey(spki)).toEqual(sdkKey.publicKey);
    expect(importPublicKey(writePem('PUBLIC KEY', spki))).toEqual(sdkKey.publicKey);
    expect(importPublicKey(secp256k1.Point.fromBytes(sdkKey.publicKey).toBytes(true))).toEqual(
      sdkKey.publicKey,
    );
    expect(() => importPublicKey(new Uint8Array(65))).toThrow(KeyError);
  });
});

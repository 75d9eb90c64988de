import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { samples, sdkCertificateText, sdkPrivateKeyText } from '../test/samples.ts';
import { parseCertificate } from './crypto/certificate.ts';
import { importPrivateKey } from './crypto/keys.ts';
import { generatePrivateKey } from './crypto/private-key.ts';
import { importPublicKey } from './crypto/public-key.ts';
import { createCsr } from './csr/create-csr.ts';
import { parseCsrProperties } from './csr/properties.ts';
import { FatooraError } from './errors/fatoora-error.ts';
import { decodeQr } from './qr/decode-qr.ts';
import { hashInvoice } from './signing/invoice-hash.ts';
import { readInvoiceQr } from './signing/read-invoice-qr.ts';
import { signInvoice } from './signing/sign-invoice.ts';
import { stripSignature } from './signing/strip-signature.ts';
import { verifyInvoice } from './signing/verify-invoice.ts';

/** Runs `work`; it may return anything or throw a FatooraError, never anything else. */
function onlyTypedErrors(work: () => unknown): void {
  try {
    work();
  } catch (error) {
    if (!(error instanceof FatooraError)) throw error;
  }
}

const privateKey = importPrivateKey(sdkPrivateKeyText);
const certificate = parseCertificate(sdkCertificateText);
const simplified = samples.find((sample) =>
  sample.path.endsWith('Simplified/Invoice/Simplified_Invoice.xml'),
)!.xml;

/** A sample with a few random edits: characters replaced, removed or inserted. */
const mutatedInvoice = fc
  .array(
    fc.tuple(
      fc.nat({ max: simplified.length - 1 }),
      fc.integer({ min: 0, max: 2 }),
      fc.constantFrom('<', '>', '&', '"', '/', 'a', ' ', '=', '\u0001', ':'),
    ),
    {
      minLength: 1,
      maxLength: 4,
    },
  )
  .map((edits) => {
    let text = simplified;
    for (const [at, kind, character] of edits) {
      const position = at % text.length;
      text =
        kind === 0
          ? text.slice(0, position) + character + text.slice(position + 1)
          : kind === 1
            ? text.slice(0, position) + text.slice(position + 1)
            : text.slice(0, position) + character + text.slice(position);
    }
    return text;
  });

describe('bad input never crashes', () => {
  it('hashing, verifying, signing and stripping a corrupted invoice throw only typed errors (property)', () => {
    fc.assert(
      fc.property(mutatedInvoice, (xml) => {
        onlyTypedErrors(() => hashInvoice(xml));
        onlyTypedErrors(() => verifyInvoice(xml));
        onlyTypedErrors(() => stripSignature(xml));
        onlyTypedErrors(() => readInvoiceQr(xml));
        onlyTypedErrors(() =>
          signInvoice(xml, {
            privateKey,
            certificate,
            signingTime: '2024-01-01T00:00:00',
            replaceExistingSignature: true,
          }),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('arbitrary text and bytes into every reader throw only typed errors (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.uint8Array({ maxLength: 200 }), (text, bytes) => {
        onlyTypedErrors(() => hashInvoice(text));
        onlyTypedErrors(() => verifyInvoice(text));
        onlyTypedErrors(() => decodeQr(text));
        onlyTypedErrors(() => parseCertificate(text));
        onlyTypedErrors(() => parseCertificate(bytes));
        onlyTypedErrors(() => importPrivateKey(text));
        onlyTypedErrors(() => importPrivateKey(bytes));
        onlyTypedErrors(() => importPublicKey(bytes));
        onlyTypedErrors(() => parseCsrProperties(text));
      }),
      { numRuns: 300 },
    );
  });

  it('a UniversalString of odd length, which asn1js throws a RangeError on, gets a typed error', () => {
    // fast-check's counterexample: [28, 1, 0] is a UniversalString (tag 28) of one byte.
    const bytes = Uint8Array.from([28, 1, 0]);
    onlyTypedErrors(() => importPublicKey(bytes));
    onlyTypedErrors(() => parseCertificate(bytes));
    onlyTypedErrors(() => importPrivateKey(bytes));
  });

  it('values of the wrong type get typed errors, not TypeErrors', () => {
    const key = generatePrivateKey();
    for (const value of [undefined, null, 42, {}, [], true]) {
      onlyTypedErrors(() => hashInvoice(value as never));
      onlyTypedErrors(() => verifyInvoice(value as never));
      onlyTypedErrors(() => decodeQr(value as never));
      onlyTypedErrors(() => parseCertificate(value as never));
      onlyTypedErrors(() => importPrivateKey(value as never));
      onlyTypedErrors(() => createCsr(value as never, key, { environment: 'simulation' }));
      onlyTypedErrors(() =>
        signInvoice(simplified, { privateKey, certificate: value as never, replaceExistingSignature: true }),
      );
    }
  });

  it('is a check that can fail: an untyped error is reported', () => {
    expect(() =>
      onlyTypedErrors(() => {
        throw new TypeError('boom');
      }),
    ).toThrow(TypeError);
  });
});

describe('bad options never crash', () => {
  it('signInvoice and verifyInvoice name what is wrong with their options', () => {
    expect(() => signInvoice(simplified, undefined as never)).toThrow(
      expect.objectContaining({ field: 'options' }),
    );
    expect(() => signInvoice(simplified, { privateKey: {} as never, certificate })).toThrow(
      expect.objectContaining({ code: 'key-unreadable' }),
    );
    expect(() => signInvoice(simplified, { privateKey, certificate: 42 as never })).toThrow(
      expect.objectContaining({ code: 'certificate-unreadable' }),
    );
    expect(verifyInvoice(simplified, null as never).valid).toBe(true);
    expect(() => verifyInvoice(simplified, { certificate: {} as never })).toThrow(
      expect.objectContaining({ code: 'certificate-unreadable' }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { samples } from '../../test/samples.ts';
import { decodeBase64, encodeBase64 } from '../encoding/base64.ts';
import { InputError } from '../errors/input-error.ts';
import { decodeQr } from './decode-qr.ts';
import { encodeQr } from './encode-qr.ts';
import type { QrFields } from './qr-fields.ts';

const qrOf = (xml: string) =>
  /<cbc:ID>QR<\/cbc:ID>\s*<cac:Attachment>\s*<cbc:EmbeddedDocumentBinaryObject[^>]*>([^<]+)</.exec(xml)![1]!;

const fields: QrFields = {
  sellerName: 'شركة توريد التكنولوجيا | Maximum Speed Tech Supply LTD',
  vatNumber: '399999999900003',
  timestamp: '2022-08-17T17:41:08',
  invoiceTotal: '231.15',
  vatTotal: '30.15',
  invoiceHash: 'z5F9qsS6oWyDhehD8u8S0DaxV+2CUiUz9Y+UsR61JgQ=',
  signature:
    'MEYCIQCYovp/Gxd/x2qZcDZZf+4TdtfZjU/1/fzS3EQjmZGhlQIhANTc0rlAs3ffQgrKi8V49eXV32d200XIutgCti4iGAjB',
  publicKey: new Uint8Array(88).fill(7),
  certificateSignature: new Uint8Array(71).fill(9),
};

describe('encodeQr and decodeQr', () => {
  for (const sample of samples) {
    it(`decodes and re-encodes the QR of ${sample.path} byte for byte`, () => {
      const text = qrOf(sample.xml);
      const decoded = decodeQr(text);
      expect(decoded.invoiceHash).toBe(sample.expectedHash);
      expect(encodeQr(decoded)).toBe(text);
    });
  }

  it('round-trips any fields within the limits (property)', () => {
    const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 });
    const bytes = fc.uint8Array({ minLength: 1, maxLength: 100 });
    fc.assert(
      fc.property(
        fc.record({
          sellerName: text,
          vatNumber: text,
          timestamp: text,
          invoiceTotal: text,
          vatTotal: text,
          invoiceHash: text,
          signature: text,
          publicKey: bytes,
        }),
        fc.option(bytes, { nil: undefined }),
        (record, tag9) => {
          const input: QrFields = tag9 ? { ...record, certificateSignature: tag9 } : record;
          const { tags, ...decoded } = decodeQr(encodeQr(input, { allowLongValues: true }));
          expect(decoded).toEqual(input);
          expect(tags).toEqual(tag9 ? [1, 2, 3, 4, 5, 6, 7, 8, 9] : [1, 2, 3, 4, 5, 6, 7, 8]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('writes tag 9 only for a certificate signature', () => {
    const { certificateSignature: _, ...standard } = fields;
    expect(decodeQr(encodeQr(standard)).tags).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('refuses a value of 128 bytes or more by default, naming the field', () => {
    const longName = 'ش'.repeat(64); // 128 bytes of UTF-8
    expect(() => encodeQr({ ...fields, sellerName: longName })).toThrow(
      expect.objectContaining({ field: 'sellerName', rule: 'qr-value-length' }),
    );
    expect(() => encodeQr({ ...fields, sellerName: 'ش'.repeat(63) })).not.toThrow();
  });

  it('allows up to 255 bytes when asked, and never more', () => {
    expect(
      decodeQr(encodeQr({ ...fields, sellerName: 'x'.repeat(255) }, { allowLongValues: true })).sellerName,
    ).toHaveLength(255);
    expect(() => encodeQr({ ...fields, sellerName: 'x'.repeat(256) }, { allowLongValues: true })).toThrow(
      InputError,
    );
  });

  it('refuses an empty value', () => {
    expect(() => encodeQr({ ...fields, vatNumber: '' })).toThrow(
      expect.objectContaining({ field: 'vatNumber', rule: 'qr-value-empty' }),
    );
  });

  it('refuses a QR text over 700 characters by default', () => {
    const big = {
      ...fields,
      sellerName: 'x'.repeat(127),
      publicKey: new Uint8Array(127),
      certificateSignature: new Uint8Array(127),
      signature: 'y'.repeat(127),
    };
    expect(() => encodeQr(big)).toThrow(expect.objectContaining({ rule: 'qr-total-length' }));
    expect(encodeQr(big, { allowLongValues: true }).length).toBeGreaterThan(700);
  });

  it('reports each kind of malformed QR with its rule', () => {
    const good = decodeBase64(encodeQr(fields));
    const cases: [string, string][] = [
      ['not base64!', 'qr-not-base64'],
      [encodeBase64(good.subarray(0, good.length - 1)), 'qr-tlv-truncated'],
      [encodeBase64(new Uint8Array([...good, 10, 1, 65])), 'qr-unknown-tag'],
      [encodeBase64(new Uint8Array([2, 1, 65, 1, 1, 65])), 'qr-tag-order'],
      [encodeBase64(new Uint8Array([1, 1, 65, 2, 1, 65])), 'qr-missing-tag'],
      [
        encodeBase64(
          new Uint8Array([1, 1, 0xff, 2, 1, 65, 3, 1, 65, 4, 1, 65, 5, 1, 65, 6, 1, 65, 7, 1, 65, 8, 1, 65]),
        ),
        'qr-not-utf8',
      ],
    ];
    for (const [text, rule] of cases) {
      expect(() => decodeQr(text), rule).toThrow(expect.objectContaining({ rule }));
    }
  });
});

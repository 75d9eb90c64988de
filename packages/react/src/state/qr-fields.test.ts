import { encodeQr } from '@fatoora/core/qr';
import { describe, expect, test } from 'vitest';
import { qrFields } from './qr-fields.ts';

describe('QR fields', () => {
  test('Blank text has no fields and no fault; a payload decodes into its fields.', () => {
    expect(qrFields('  ')).toEqual({ fields: undefined, fault: undefined });
    const payload = encodeQr({
      sellerName: 'Seller',
      vatNumber: '399999999900003',
      timestamp: '2024-03-05T10:15:00',
      invoiceTotal: '115.00',
      vatTotal: '15.00',
      invoiceHash: 'aGFzaA==',
      signature: 'c2lnbmF0dXJl',
      publicKey: new Uint8Array([1, 2, 3]),
    });
    const { fields, fault } = qrFields(payload);
    expect(fault).toBeUndefined();
    expect(fields).toMatchObject({ sellerName: 'Seller', vatNumber: '399999999900003', vatTotal: '15.00' });
  });

  test('A payload that does not decode gives a fault naming the rule it broke, and no fields.', () => {
    const { fields, fault } = qrFields('not base64!');
    expect(fields).toBeUndefined();
    expect(fault).toMatchObject({ severity: 'error' });
    expect(fault?.rule).toMatch(/^qr-/);
  });
});

import { describe, expect, it } from 'vitest';
import { compareQrTimestamp } from './qr-timestamp.ts';

const ISSUED = '2025-05-25T14:18:04';

describe('compareQrTimestamp', () => {
  it('finds the same text equal', () => {
    expect(compareQrTimestamp(ISSUED, ISSUED)).toBe('equal');
    expect(compareQrTimestamp('2025-05-25T14:18:04Z', '2025-05-25T14:18:04Z')).toBe('equal');
  });

  it('finds the same date and time written with a zone or fraction the other lacks equivalent', () => {
    for (const qr of [
      '2025-05-25T14:18:04Z',
      '2025-05-25T14:18:04+03:00',
      '2025-05-25T14:18:04.000',
      '2025-05-25T14:18:04.000Z',
      '2025-05-25T14:18:04.999',
    ]) {
      expect(compareQrTimestamp(qr, ISSUED), qr).toBe('equivalent');
      expect(compareQrTimestamp(ISSUED, qr), qr).toBe('equivalent');
    }
  });

  it('finds two zoned times equivalent when they name the same second', () => {
    expect(compareQrTimestamp('2025-05-25T11:18:04Z', '2025-05-25T14:18:04+03:00')).toBe('equivalent');
    expect(compareQrTimestamp('2025-05-25T14:18:04.5Z', '2025-05-25T14:18:04Z')).toBe('equivalent');
  });

  it('finds another moment different', () => {
    for (const qr of [
      '2025-05-25T14:18:05',
      '2025-05-25T14:19:04Z',
      '2025-05-26T14:18:04',
      // A zone-less time names no instant: it is not shifted to match.
      '2025-05-25T11:18:04Z',
      '2025-05-25 14:18:04',
      '25/05/2025 14:18:04',
      '',
    ]) {
      expect(compareQrTimestamp(qr, ISSUED), qr).toBe('different');
    }
    // The same wall clock in two zones is two instants.
    expect(compareQrTimestamp('2025-05-25T14:18:04Z', '2025-05-25T14:18:04+03:00')).toBe('different');
  });
});

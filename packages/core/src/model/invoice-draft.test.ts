import { describe, expect, it } from 'vitest';
import { draftOf } from '../../test/support/egs-fixtures.ts';
import { completeDraft } from './invoice-draft.ts';
import { saudiDateTime } from './saudi-time.ts';

const assigned = {
  counter: 7,
  previousInvoiceHash: 'cHJldmlvdXM=',
  uuid: '8e6000cf-1a98-4174-b3e7-b5d5954bc10d',
  now: new Date('2024-05-01T22:30:00Z'),
};

describe('invoice drafts', () => {
  it('get the ICV, PIH and UUID the unit assigns', () => {
    const invoice = completeDraft(draftOf('simplified-invoice'), assigned);
    expect(invoice.counter).toBe(7);
    expect(invoice.previousInvoiceHash).toBe('cHJldmlvdXM=');
    expect(invoice.uuid).toBe(assigned.uuid);
  });

  it('are dated in Saudi time (UTC+3) when they carry no issue date or time', () => {
    const invoice = completeDraft(draftOf('simplified-invoice'), assigned);
    expect([invoice.issueDate, invoice.issueTime]).toEqual(['2024-05-02', '01:30:00']);
  });

  it('keep an issue date and time the caller gave', () => {
    const draft = { ...draftOf('standard-invoice'), issueDate: '2024-05-01', issueTime: '09:00:00' };
    const invoice = completeDraft(draft, assigned);
    expect([invoice.issueDate, invoice.issueTime]).toEqual(['2024-05-01', '09:00:00']);
  });

  it('cannot smuggle their own chain values past the unit', () => {
    const smuggled = { ...draftOf('simplified-invoice'), counter: 1, uuid: 'mine' } as never;
    const invoice = completeDraft(smuggled, assigned);
    expect([invoice.counter, invoice.uuid]).toEqual([7, assigned.uuid]);
  });
});

describe('Saudi date and time', () => {
  it('is three hours ahead of UTC all year', () => {
    expect(saudiDateTime(new Date('2024-12-31T21:00:00Z'))).toEqual({ date: '2025-01-01', time: '00:00:00' });
    expect(saudiDateTime(new Date('2024-07-01T12:34:56.789Z'))).toEqual({
      date: '2024-07-01',
      time: '15:34:56',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { draftOf, onboardedSdkRecord, sdkPrivateKey } from '../../../test/support/egs-fixtures.ts';
import { invoiceAnswer, standardInvoice } from '../../../test/support/fatoora-answers.ts';
import { testServerPerTest } from '../../../test/support/test-server-per-test.ts';
import { encodeBase64 } from '../../encoding/base64.ts';
import { utf8Encode } from '../../encoding/utf8.ts';
import { Egs } from '../egs.ts';
import { MemoryEgsStore } from '../store/memory-store.ts';

const server = testServerPerTest();

const reported = { body: invoiceAnswer('clean', { reportingStatus: 'REPORTED' }) };
/** A clearance answer; the SDK's signed standard invoice stands in for ZATCA's stamped XML. */
const cleared = {
  body: invoiceAnswer('clean', {
    clearanceStatus: 'CLEARED',
    clearedInvoice: encodeBase64(utf8Encode(standardInvoice.xml)),
  }),
};
const duplicate409 = (message: string) => ({
  status: 409,
  body: {
    validationResults: {
      infoMessages: [],
      warningMessages: [],
      errorMessages: [{ type: 'ERROR', code: null, category: null, message, status: 'ERROR' }],
      status: 'ERROR',
    },
    reportingStatus: 'NOT_REPORTED',
  },
});

/** An onboarded unit on the scripted platform, with a clock the test moves. */
async function unit() {
  const clock = { now: new Date('2025-03-01T08:00:00.000Z') };
  const store = new MemoryEgsStore();
  await store.saveUnit(onboardedSdkRecord('till-1'));
  const egs = await Egs.open({
    store,
    unitId: 'till-1',
    client: { baseUrl: server.url, retry: false },
    privateKey: sdkPrivateKey(),
    now: () => clock.now,
    backoff: { baseMs: 60_000 },
  });
  const at = (iso: string) => {
    clock.now = new Date(iso);
  };
  return { egs, store, at };
}

/** The UUID each request carried, in the order the platform got them. */
function sentUuids(): string[] {
  return server.requests.map((request) => (request.json as { uuid: string }).uuid);
}

describe('the outbox', () => {
  it('sends later documents while an earlier one is stuck, and surfaces the stuck one with its last answer and deadline', async () => {
    const { egs, at } = await unit();
    const first = await egs.issue(draftOf('simplified-invoice', 'A'));
    at('2025-03-01T08:01:00.000Z');
    const second = await egs.issue(draftOf('simplified-credit-note', 'B'));
    at('2025-03-01T08:02:00.000Z');
    const third = await egs.issue(draftOf('simplified-debit-note', 'C'));

    server.reply({ status: 503, body: { code: '503', message: 'Service Unavailable' } }, reported, reported);
    const drained = await egs.drainOutbox();
    expect(sentUuids()).toEqual([first.uuid, second.uuid, third.uuid]);
    expect(drained.settled.map((item) => [item.counter, item.state])).toEqual([
      [2, 'reported'],
      [3, 'reported'],
    ]);
    expect(drained.stuck).toEqual([
      expect.objectContaining({
        counter: 1,
        stuck: true,
        attempts: 1,
        deadline: '2025-03-02T08:00:00.000Z',
        lastError: expect.objectContaining({ code: 'api-server-error', status: 503 }),
      }),
    ]);
    const status = await egs.status();
    expect(status.outbox).toMatchObject({ pending: 1, nextDeadline: '2025-03-02T08:00:00.000Z' });
    expect(status.outbox.stuck.map((item) => [item.counter, item.lastError?.status])).toEqual([[1, 503]]);

    // Within its backoff the stuck document is left alone; after it, it goes.
    const early = await egs.drainOutbox();
    expect(early).toMatchObject({ settled: [], stuck: [], remaining: [{ counter: 1 }] });
    expect(server.requests).toHaveLength(3);
    at('2025-03-01T08:10:00.000Z');
    server.reply(reported);
    expect((await egs.drainOutbox()).settled).toEqual([{ counter: 1, id: 'A', state: 'reported' }]);
    expect((await egs.status()).outbox).toEqual({ pending: 0, overdue: 0, stuck: [] });
  });

  it('sends the earliest deadline first, whatever the ICV order', async () => {
    const { egs, at } = await unit();
    at('2025-03-01T09:00:00.000Z');
    const later = await egs.issue(draftOf('simplified-invoice', 'LATER'));
    // The clock went back: the next ICV is due before the previous one.
    at('2025-03-01T08:30:00.000Z');
    const earlier = await egs.issue(draftOf('simplified-invoice', 'EARLIER'));
    expect((await egs.pending()).map((item) => item.id)).toEqual(['EARLIER', 'LATER']);
    server.reply(reported, reported);
    await egs.drainOutbox();
    expect(sentUuids()).toEqual([earlier.uuid, later.uuid]);
  });

  it('clears a standard document at once while an earlier one is stuck, without resending the stuck one early', async () => {
    const { egs } = await unit();
    const stuck = await egs.issue(draftOf('simplified-invoice', 'SMP-1'));
    server.reply({ status: 500 }, cleared);
    const standard = await egs.issue(draftOf('standard-invoice', 'STD-2'));
    expect(standard).toMatchObject({ state: 'cleared', document: standardInvoice.xml });
    expect((await egs.document(1))?.state).toBe('pending');

    server.reply(cleared);
    const next = await egs.issue(draftOf('standard-credit-note', 'STD-3'));
    expect(next.state).toBe('cleared');
    // ICV 1 was waiting out its backoff: the third call went straight to ICV 3.
    expect(sentUuids().filter((uuid) => uuid === stuck.uuid)).toHaveLength(1);
    expect(server.requests).toHaveLength(3);
  });

  it('settles a first-attempt 409 with ZATCA’s duplicate body as reported', async () => {
    const { egs } = await unit();
    await egs.issue(draftOf('simplified-invoice', 'DUP'));
    server.reply(duplicate409('Invoice was already Reported successfully earlier.'));
    const drained = await egs.drainOutbox();
    expect(drained.settled).toEqual([{ counter: 1, id: 'DUP', state: 'reported' }]);
    expect((await egs.document(1))?.messages[0]?.message).toContain('already Reported');
  });

  it('keeps a 409 nothing explains pending for follow-up, shown in the status, until an answer settles it', async () => {
    const { egs, at } = await unit();
    await egs.issue(draftOf('simplified-invoice', 'ODD'));
    server.reply({ status: 409, body: { code: 'Conflict', message: 'Conflict' } });
    const first = await egs.drainOutbox();
    expect(first.settled).toEqual([]);
    expect(first.stuck[0]).toMatchObject({
      counter: 1,
      lastError: { code: 'api-already-submitted', status: 409 },
      followUp: { reason: 'unexplained-conflict' },
    });
    expect((await egs.status()).outbox.stuck[0]?.followUp?.reason).toBe('unexplained-conflict');
    expect((await egs.document(1))?.followUp?.reason).toBe('unexplained-conflict');
    expect((await egs.status()).rejected).toBe(0);

    at('2025-03-01T09:00:00.000Z');
    server.reply(duplicate409('Invoice Hash Previously Submitted'));
    expect((await egs.drainOutbox()).settled).toEqual([{ counter: 1, id: 'ODD', state: 'reported' }]);
    expect((await egs.document(1))?.followUp).toBeUndefined();
  });

  it('settles a clearance a 409 confirms without stamped XML as cleared, flagged for follow-up', async () => {
    const { egs, at } = await unit();
    server.reply({ hangUp: true });
    const lost = await egs.issue(draftOf('standard-invoice', 'STD-LOST'));
    expect(lost).toMatchObject({ state: 'pending', lastError: { code: 'network-failure' } });
    at('2025-03-01T09:00:00.000Z');
    server.reply({ status: 409, body: invoiceAnswer('rejected', { clearanceStatus: 'NOT_CLEARED' }) });
    const drained = await egs.drainOutbox();
    expect(drained.settled).toEqual([
      {
        counter: 1,
        id: 'STD-LOST',
        state: 'cleared',
        followUp: expect.objectContaining({ reason: 'cleared-xml-missing' }),
      },
    ]);
    const cleared = await egs.document(1);
    expect(cleared).toMatchObject({ state: 'cleared', followUp: { reason: 'cleared-xml-missing' } });
    expect(cleared?.document).toBeUndefined();
  });
});

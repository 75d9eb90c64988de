import { describe, expect, it } from 'vitest';
import { otherPrivateKeyText } from '../../test/samples.ts';
import { draftOf, onboardedSdkRecord, sdkPrivateKey } from '../../test/support/egs-fixtures.ts';
import { exportPrivateKey } from '../crypto/keys.ts';
import { EgsError } from '../errors/egs-error.ts';
import { InputError } from '../errors/input-error.ts';
import { ValidationError } from '../errors/validation-error.ts';
import { FIRST_PREVIOUS_INVOICE_HASH, hashInvoice } from '../signing/invoice-hash.ts';
import { verifyInvoice } from '../signing/verify-invoice.ts';
import { Egs } from './egs.ts';
import { MemoryEgsStore } from './store/memory-store.ts';

/** A client that is never called: these tests issue simplified documents into the outbox only. */
const client = { baseUrl: 'http://127.0.0.1:9', retry: false } as const;

async function onboardedUnit(now?: () => Date) {
  const store = new MemoryEgsStore();
  await store.saveUnit(onboardedSdkRecord('till-1'));
  const egs = await Egs.open({
    store,
    unitId: 'till-1',
    client,
    privateKey: sdkPrivateKey(),
    ...(now ? { now } : {}),
  });
  return { store, egs };
}

describe('Egs.open', () => {
  it('refuses a missing store, an empty unit id and a bad clock', async () => {
    await expect(Egs.open({ store: {} as never, unitId: 'x', client })).rejects.toThrow(InputError);
    await expect(Egs.open({ store: new MemoryEgsStore(), unitId: ' ', client })).rejects.toMatchObject({
      field: 'unitId',
    });
    await expect(
      Egs.open({ store: new MemoryEgsStore(), unitId: 'x', client, now: 'today' as never }),
    ).rejects.toMatchObject({ field: 'now' });
  });

  it('opens a unit that was never onboarded, which then cannot issue', async () => {
    const egs = await Egs.open({ store: new MemoryEgsStore(), unitId: 'new', client });
    expect(egs.onboarded).toBe(false);
    expect(egs.csidExpiry).toBeUndefined();
    await expect(egs.issue(draftOf('simplified-invoice'))).rejects.toMatchObject({
      name: 'EgsError',
      code: 'not-onboarded',
    });
    await expect(egs.drainOutbox()).rejects.toThrow(EgsError);
  });

  it('refuses a key that does not fit the unit certificate', async () => {
    const store = new MemoryEgsStore();
    await store.saveUnit(onboardedSdkRecord('till-1'));
    await expect(
      Egs.open({ store, unitId: 'till-1', client, privateKey: otherPrivateKeyText }),
    ).rejects.toMatchObject({ code: 'key-mismatch' });
  });

  it('stores the key in the record only when asked to', async () => {
    const store = new MemoryEgsStore();
    await store.saveUnit(onboardedSdkRecord('till-1'));
    await Egs.open({ store, unitId: 'till-1', client, privateKey: sdkPrivateKey() });
    expect((await store.loadUnit('till-1'))?.privateKeyPem).toBeUndefined();
    await Egs.open({ store, unitId: 'till-1', client, privateKey: sdkPrivateKey(), storePrivateKey: true });
    expect((await store.loadUnit('till-1'))?.privateKeyPem).toContain('BEGIN PRIVATE KEY');
    const reopened = await Egs.open({ store, unitId: 'till-1', client });
    expect(reopened.privateKey?.publicKey).toEqual(sdkPrivateKey().publicKey);
  });

  it('refuses a key other than the one stored', async () => {
    const store = new MemoryEgsStore();
    await store.saveUnit({
      ...onboardedSdkRecord('till-1'),
      privateKeyPem: exportPrivateKey(sdkPrivateKey()),
    });
    await expect(
      Egs.open({ store, unitId: 'till-1', client, privateKey: otherPrivateKeyText }),
    ).rejects.toMatchObject({ code: 'key-mismatch' });
  });

  it('cannot issue without the private key', async () => {
    const store = new MemoryEgsStore();
    await store.saveUnit(onboardedSdkRecord('till-1'));
    const egs = await Egs.open({ store, unitId: 'till-1', client });
    await expect(egs.issue(draftOf('simplified-invoice'))).rejects.toMatchObject({
      code: 'private-key-missing',
    });
  });

  it('shows the production CSID expiry from the certificate', async () => {
    const { egs } = await onboardedUnit();
    expect(egs.onboarded).toBe(true);
    expect(egs.csidExpiry?.toISOString()).toBe('2029-01-09T09:19:30.000Z');
  });
});

describe('Egs.issue without sending', () => {
  it('signs a simplified document with the next ICV and the seed PIH and leaves it in the outbox', async () => {
    const { egs, store } = await onboardedUnit();
    const issued = await egs.issue(draftOf('simplified-invoice', 'SMP-1'));
    expect(issued).toMatchObject({
      counter: 1,
      previousInvoiceHash: FIRST_PREVIOUS_INVOICE_HASH,
      id: 'SMP-1',
      kind: 'simplified-invoice',
      state: 'pending',
      route: 'reporting',
      attempts: 0,
    });
    expect(issued.document).toBe(issued.signedXml);
    expect(issued.qr).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(hashInvoice(issued.signedXml)).toBe(issued.invoiceHash);
    expect(verifyInvoice(issued.signedXml).valid).toBe(true);
    expect(await store.chainHead('till-1')).toEqual({ counter: 1, previousInvoiceHash: issued.invoiceHash });
  });

  it('signs a draft whose absent fields are null (as JSON writes them) without empty elements', async () => {
    const { egs } = await onboardedUnit();
    const draft = { ...draftOf('simplified-invoice', 'SMP-NULL'), billingReference: null, supplyDate: null };
    const issued = await egs.issue(draft as never);
    expect(issued.signedXml).not.toContain('BillingReference');
    expect(issued.signedXml).not.toContain('ActualDeliveryDate');
    expect(verifyInvoice(issued.signedXml).valid).toBe(true);
  });

  it('gives 100 concurrent calls the ICVs 1 to 100, each chained to the previous hash', async () => {
    const { egs, store } = await onboardedUnit();
    const kinds = ['simplified-invoice', 'simplified-credit-note', 'simplified-debit-note'] as const;
    const issued = await Promise.all(
      Array.from({ length: 100 }, (_, i) => egs.issue(draftOf(kinds[i % 3]!, `SMP-${i}`))),
    );
    const documents = await store.listDocuments('till-1');
    expect(documents.map((document) => document.counter)).toEqual(
      Array.from({ length: 100 }, (_, i) => i + 1),
    );
    documents.forEach((document, i) => {
      expect(document.previousInvoiceHash).toBe(
        i === 0 ? FIRST_PREVIOUS_INVOICE_HASH : documents[i - 1]!.invoiceHash,
      );
    });
    expect(new Set(issued.map((invoice) => invoice.uuid)).size).toBe(100);
    expect(new Set(issued.map((invoice) => invoice.counter)).size).toBe(100);
  });

  it('throws every validation fault and stores nothing for an invalid draft', async () => {
    const { egs, store } = await onboardedUnit();
    const draft = draftOf('simplified-credit-note');
    const error = await egs
      .issue({ ...draft, noteReason: undefined, lines: [{ ...draft.lines[0]!, taxRate: '7' }] })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).faults.map((fault) => fault.rule)).toEqual(
      expect.arrayContaining(['BR-KSA-17', 'BR-KSA-84']),
    );
    expect(await store.chainHead('till-1')).toMatchObject({ counter: 0 });
  });

  it('refuses a seller VAT number that is not the certificate one before signing', async () => {
    const { egs, store } = await onboardedUnit();
    const draft = draftOf('simplified-invoice');
    await expect(
      egs.issue({ ...draft, seller: { ...draft.seller, vatNumber: '300000000000003' } }),
    ).rejects.toMatchObject({ faults: [{ rule: 'certificate-permissions', path: 'seller.vatNumber' }] });
    expect(await store.listDocuments('till-1')).toEqual([]);
  });

  it('lists pending documents with their 24-hour deadlines and counts overdue ones in the status', async () => {
    let now = new Date();
    const { egs } = await onboardedUnit(() => now);
    const first = await egs.issue(draftOf('simplified-invoice', 'A'));
    await egs.issue(draftOf('simplified-debit-note', 'B'));
    const pending = await egs.pending();
    expect(pending.map((item) => [item.counter, item.id, item.overdue])).toEqual([
      [1, 'A', false],
      [2, 'B', false],
    ]);
    expect(Date.parse(pending[0]!.deadline) - Date.parse(first.issuedAt)).toBe(86_400_000);
    now = new Date(now.getTime() + 86_400_001);
    const status = await egs.status();
    expect(status).toMatchObject({
      unitId: 'till-1',
      onboarded: true,
      csidExpired: false,
      chainHead: { counter: 2 },
      outbox: { pending: 2, overdue: 2, nextDeadline: pending[0]!.deadline },
      rejected: 0,
    });
    expect(status.onboarding.every((step) => step.done)).toBe(true);
  });
});

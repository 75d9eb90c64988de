import { describe, expect, it } from 'vitest';
import { draftOf, onboardedSdkRecord, sdkPrivateKey } from '../../../test/support/egs-fixtures.ts';
import {
  csidCertificateFor,
  embeddedCertificate,
  passedChecks,
  submittedXml,
} from '../../../test/support/egs-platform.ts';
import {
  complianceRequiredAnswer,
  csidAnswer,
  csidAnswerFor,
  invoiceAnswer,
  sdkBinarySecurityToken,
  testAuthorization,
} from '../../../test/support/fatoora-answers.ts';
import { testKey } from '../../../test/support/test-certificates.ts';
import { testServerPerTest } from '../../../test/support/test-server-per-test.ts';
import { exportPrivateKey } from '../../crypto/keys.ts';
import type { PrivateKey } from '../../crypto/private-key.ts';
import { encodeBase64 } from '../../encoding/base64.ts';
import { utf8Encode } from '../../encoding/utf8.ts';
import { DOCUMENT_KINDS } from '../../model/document-kinds.ts';
import { Egs } from '../egs.ts';
import { MemoryEgsStore } from '../store/memory-store.ts';

const server = testServerPerTest();

const KINDS = Object.keys(DOCUMENT_KINDS);
const record = onboardedSdkRecord('till-1');
/** The Authorization of the unit's production CSID before the renewal. */
const currentAuthorization = `Basic ${encodeBase64(utf8Encode(`${record.productionCsid!.binarySecurityToken}:test-secret`))}`;

async function unit(
  store = new MemoryEgsStore(),
  options: { storePrivateKey?: boolean; privateKey?: PrivateKey } = {},
) {
  if ((await store.loadUnit('till-1')) === undefined) await store.saveUnit(record);
  const egs = await Egs.open({
    store,
    unitId: 'till-1',
    client: { baseUrl: server.url, environment: 'simulation', retry: false },
    privateKey: options.privateKey ?? sdkPrivateKey(),
    ...(options.storePrivateKey ? { storePrivateKey: true } : {}),
  });
  return { egs, store };
}

/** `METHOD path` of each request the platform got. */
function calls(from = 0): string[] {
  return server.requests.slice(from).map((request) => `${request.method} ${request.path}`);
}

describe('renewing the production CSID', () => {
  it('switches at once when the platform issues the new CSID (200)', async () => {
    const { egs, store } = await unit();
    server.reply({ body: csidAnswer('2000') });
    const result = await egs.renew({ otp: '654321' });
    expect(result).toMatchObject({ complianceRequired: false, complianceChecks: [], keyChanged: false });
    expect(calls()).toEqual(['PATCH /production/csids']);
    expect(server.requests[0]?.headers.authorization).toBe(currentAuthorization);
    expect((await store.loadUnit('till-1'))?.productionCsid?.requestId).toBe('2000');
  });

  it('on a 428, passes the compliance checks with the new compliance CSID, then asks for the production CSID', async () => {
    const { egs, store } = await unit();
    server.reply({ status: 428, body: complianceRequiredAnswer('555') }, ...passedChecks(6), {
      body: csidAnswer('777'),
    });
    const result = await egs.renew({ otp: '654321' });
    expect(result).toMatchObject({ complianceRequired: true, complianceChecks: KINDS, keyChanged: false });
    expect(calls()).toEqual([
      'PATCH /production/csids',
      ...KINDS.map(() => 'POST /compliance/invoices'),
      'POST /production/csids',
    ]);
    // The checks and the production CSID request go with the compliance CSID of the 428.
    for (const request of server.requests.slice(1))
      expect(request.headers.authorization).toBe(testAuthorization);
    expect(server.requests.at(-1)?.json).toEqual({ compliance_request_id: '555' });
    const saved = await store.loadUnit('till-1');
    expect(saved?.productionCsid?.requestId).toBe('777');
    expect(saved?.complianceCsid?.requestId).toBe('555');
    expect(saved?.renewal).toBeUndefined();
    expect((await egs.status()).renewal).toBeUndefined();
  });

  it('resumes a renewal stopped part-way from a reopened unit, without an OTP, issuing with the current CSID meanwhile', async () => {
    const { egs, store } = await unit();
    server.reply({ status: 428, body: complianceRequiredAnswer('555') }, ...passedChecks(2), {
      status: 500,
      body: { code: '500', message: 'Something went wrong' },
    });
    const failure = await egs.renew({ otp: '654321' }).catch((error: unknown) => error);
    expect(failure).toMatchObject({
      code: 'renewal-failed',
      details: { step: 'compliance-check', kind: KINDS[2] },
    });
    expect((await store.loadUnit('till-1'))?.renewal).toMatchObject({
      complianceCsid: { requestId: '555' },
      passedComplianceChecks: KINDS.slice(0, 2),
    });
    expect((await egs.status()).renewal).toMatchObject({
      passedComplianceChecks: KINDS.slice(0, 2),
      remainingComplianceChecks: KINDS.slice(2),
    });

    // Until the switch the unit issues with its current production CSID.
    server.reply({ body: invoiceAnswer('clean', { reportingStatus: 'REPORTED' }) });
    expect((await egs.issue(draftOf('simplified-invoice'), { reportNow: true })).state).toBe('reported');
    expect(server.requests.at(-1)?.headers.authorization).toBe(currentAuthorization);

    const before = server.requests.length;
    const reopened = await unit(store);
    server.reply(...passedChecks(4), { body: csidAnswer('777') });
    const result = await reopened.egs.renew({});
    expect(result).toMatchObject({ complianceRequired: true, complianceChecks: KINDS.slice(2) });
    expect(calls(before)).toEqual([
      ...KINDS.slice(2).map(() => 'POST /compliance/invoices'),
      'POST /production/csids',
    ]);
    expect((await store.loadUnit('till-1'))?.productionCsid?.requestId).toBe('777');
  });

  it('waits with the switch while documents signed with the current certificate stay pending', async () => {
    const { egs, store } = await unit();
    await egs.issue(draftOf('simplified-invoice'));
    server.reply(
      { body: invoiceAnswer('clean', { reportingStatus: 'REPORTED' }) },
      { status: 428, body: complianceRequiredAnswer('555') },
      { status: 500 },
    );
    await expect(egs.renew({ otp: '654321' })).rejects.toMatchObject({ code: 'renewal-failed' });
    // A document issued now is signed with the current certificate; it cannot be sent.
    server.reply({ status: 503 });
    await egs.issue(draftOf('simplified-invoice'), { reportNow: true });
    server.reply({ status: 503 }, ...passedChecks(6), { status: 503 });
    await expect(egs.renew({})).rejects.toMatchObject({
      code: 'outbox-not-empty',
      details: { pending: [2] },
    });
    expect(calls().at(-1)).toBe('POST /invoices/reporting/single');
    expect((await store.loadUnit('till-1'))?.renewal?.passedComplianceChecks).toEqual(KINDS);
  });

  it('renews to a new key given for the new CSR, which the unit signs with afterwards', async () => {
    const { egs, store } = await unit();
    const newKey = testKey();
    const certificate = csidCertificateFor(newKey);
    server.reply(
      { status: 428, body: csidAnswerFor(certificate, '555').replace('"ISSUED"', '"NOT_COMPLIANT"') },
      ...passedChecks(6),
      { body: csidAnswerFor(certificate, '777') },
    );
    const result = await egs.renew({ otp: '654321', privateKey: exportPrivateKey(newKey.privateKey!) });
    expect(result.keyChanged).toBe(true);
    expect(egs.privateKey?.publicKey).toEqual(newKey.privateKey!.publicKey);
    expect(embeddedCertificate(submittedXml(server.requests[1]))).toBe(certificate);
    await expect(unit(store)).rejects.toMatchObject({ code: 'key-mismatch' });
    const reopened = await unit(store, { privateKey: newKey.privateKey! });
    server.reply({ body: invoiceAnswer('clean', { reportingStatus: 'REPORTED' }) });
    await reopened.egs.issue(draftOf('simplified-invoice'), { reportNow: true });
    expect(embeddedCertificate(submittedXml(server.requests.at(-1)))).toBe(certificate);
  });

  it('keeps a new key in the pending renewal only when the unit stores its key, and asks for it otherwise', async () => {
    const newKey = testKey();
    const certificate = csidCertificateFor(newKey);
    const notCompliant = csidAnswerFor(certificate, '555').replace('"ISSUED"', '"NOT_COMPLIANT"');

    const kept = await unit(new MemoryEgsStore(), { storePrivateKey: true });
    server.reply({ status: 428, body: notCompliant }, { status: 500 });
    await expect(kept.egs.renew({ otp: '654321', privateKey: newKey.privateKey! })).rejects.toMatchObject({
      code: 'renewal-failed',
    });
    expect((await kept.store.loadUnit('till-1'))?.renewal?.privateKeyPem).toContain('BEGIN PRIVATE KEY');
    const reopened = await Egs.open({
      store: kept.store,
      unitId: 'till-1',
      client: { baseUrl: server.url, environment: 'simulation', retry: false },
    });
    server.reply(...passedChecks(6), { body: csidAnswerFor(certificate, '777') });
    await reopened.renew({});
    expect(reopened.privateKey?.publicKey).toEqual(newKey.privateKey!.publicKey);
    expect((await kept.store.loadUnit('till-1'))?.privateKeyPem).toBe(
      exportPrivateKey(newKey.privateKey!, { format: 'pkcs8' }),
    );

    const unstored = await unit();
    server.reply({ status: 428, body: notCompliant }, { status: 500 });
    await expect(unstored.egs.renew({ otp: '654321', privateKey: newKey.privateKey! })).rejects.toMatchObject(
      {
        code: 'renewal-failed',
      },
    );
    expect((await unstored.store.loadUnit('till-1'))?.renewal?.privateKeyPem).toBeUndefined();
    await expect(unstored.egs.renew({})).rejects.toMatchObject({ code: 'private-key-missing' });
    await expect(unstored.egs.renew({ privateKey: testKey().privateKey! })).rejects.toMatchObject({
      code: 'key-mismatch',
    });
  });

  it('gives up a renewal whose new key was lost, keeps the current CSID, and starts afresh with a fresh OTP', async () => {
    const newKey = testKey();
    const notCompliant = csidAnswerFor(csidCertificateFor(newKey), '555').replace(
      '"ISSUED"',
      '"NOT_COMPLIANT"',
    );
    const { egs, store } = await unit();
    server.reply({ status: 428, body: notCompliant }, { status: 500 });
    await expect(egs.renew({ otp: '654321', privateKey: newKey.privateKey! })).rejects.toMatchObject({
      code: 'renewal-failed',
    });
    await expect(egs.renew({})).rejects.toMatchObject({ code: 'private-key-missing' });

    expect(await egs.abandonRenewal()).toBe(true);
    const saved = await store.loadUnit('till-1');
    expect(saved?.renewal).toBeUndefined();
    expect(saved?.productionCsid).toEqual(record.productionCsid);
    expect((await egs.status()).renewal).toBeUndefined();
    expect(await egs.abandonRenewal()).toBe(false);

    const before = server.requests.length;
    server.reply({ body: csidAnswer('2000') });
    expect(await egs.renew({ otp: '112233' })).toMatchObject({
      complianceRequired: false,
      keyChanged: false,
    });
    expect(calls(before)).toEqual(['PATCH /production/csids']);
    expect(server.requests.at(-1)?.headers.otp).toBe('112233');
  });

  it('refuses a compliance CSID that does not carry the new CSR’s key, and keeps nothing', async () => {
    const { egs, store } = await unit();
    server.reply({ status: 428, body: complianceRequiredAnswer('555', sdkBinarySecurityToken) });
    await expect(egs.renew({ otp: '654321', privateKey: testKey().privateKey! })).rejects.toMatchObject({
      code: 'csid-key-mismatch',
    });
    expect((await store.loadUnit('till-1'))?.renewal).toBeUndefined();
  });
});

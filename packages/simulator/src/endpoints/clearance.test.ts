import { AlreadySubmittedError, ClearanceDisabledError, RejectedError } from '@fatoora/core/api';
import { decodeQr } from '@fatoora/core/qr';
import { hashInvoice, readInvoiceQr, verifyInvoice } from '@fatoora/core/signing';
import { describe, expect, it } from 'vitest';
import { API_HEADERS, basicAuth, invoiceCallBody, rawCall } from '../../test/support/raw-call.ts';
import type { SignedDocument } from '../../test/support/test-egs.ts';
import { thrownBy } from '../../test/support/thrown-by.ts';
import { unitPerFile } from '../../test/support/unit-per-file.ts';

/** One simulator and EGS unit for the whole file: each test moves the unit's chain on. */
const shared = unitPerFile();

const standard = { subtype: 'standard', typeCode: '388' } as const;
const QR_REFERENCE =
  /<cac:AdditionalDocumentReference>\s*<cbc:ID>QR<\/cbc:ID>[\s\S]*?<\/cac:AdditionalDocumentReference>/;

/** A raw clearance call with the unit's production CSID. */
const rawClear = (document: { xml: string; invoiceHash: string; uuid: string }) =>
  rawCall(`${shared.simulator.url}/invoices/clearance/single`, {
    headers: { ...API_HEADERS, Authorization: basicAuth(shared.unit.production), 'Clearance-Status': '1' },
    body: invoiceCallBody(document),
  });

/** The cleared XML of a clearance answer. */
const clearedOf = (json: unknown) =>
  Buffer.from((json as { clearedInvoice: string }).clearedInvoice, 'base64').toString('utf8');

/** Clears `document` with the client. */
const clear = (document: SignedDocument) =>
  shared.unit.client.clearInvoice({ invoice: document.xml, invoiceHash: document.invoiceHash });

describe('POST /invoices/clearance/single', () => {
  it("clears a standard invoice and hands it back with the platform's QR and the taxpayer's signature, keeping the submitted hash", async () => {
    const { egs, production } = shared.unit;
    const document = egs.next(standard);
    const result = await clear(document);
    expect(result).toMatchObject({ status: 'accepted', httpStatus: 200, clearanceStatus: 'CLEARED' });
    const cleared = result.clearedInvoice ?? '';
    expect(hashInvoice(cleared)).toBe(document.invoiceHash);
    const verification = verifyInvoice(cleared, { certificate: production.certificate });
    expect(verification.findings).toEqual([]);
    // Only the QR may differ: the rest is the submitted document, signature included.
    expect(cleared.replace(QR_REFERENCE, '')).toBe(document.xml.replace(QR_REFERENCE, ''));
    const qr = decodeQr(readInvoiceQr(cleared) ?? '');
    expect(qr.certificateSignature).toBeUndefined();
    expect(qr.invoiceHash).toBe(document.invoiceHash);
  });

  it('sets a QR on a standard invoice that came without one', async () => {
    const { egs } = shared.unit;
    const document = egs.next(standard);
    const bare = document.xml.replace(QR_REFERENCE, '');
    expect(bare).not.toBe(document.xml);
    const result = await clear({ ...document, xml: bare });
    expect(result.clearanceStatus).toBe('CLEARED');
    const qr = decodeQr(readInvoiceQr(result.clearedInvoice ?? '') ?? '');
    expect(qr).toMatchObject({ vatNumber: '399999999900003', invoiceHash: document.invoiceHash });
    expect(hashInvoice(result.clearedInvoice ?? '')).toBe(document.invoiceHash);
  });

  it("answers with the platform's clearance body: validationResults, clearanceStatus and clearedInvoice in base64", async () => {
    const document = shared.unit.egs.next(standard);
    const answer = await rawClear(document);
    expect(answer.status).toBe(200);
    const body = answer.json as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['validationResults', 'clearanceStatus', 'clearedInvoice']);
    expect(body).toMatchObject({ clearanceStatus: 'CLEARED' });
    expect(clearedOf(body)).toContain('<Invoice');
  });

  it('clears standard credit and debit notes chained after the invoice', async () => {
    for (const typeCode of ['388', '381', '383'] as const) {
      const result = await clear(shared.unit.egs.next({ subtype: 'standard', typeCode }));
      expect(result.clearanceStatus).toBe('CLEARED');
    }
  });

  it('refuses a simplified document on the clearance endpoint with 400 NOT_CLEARED, clearedInvoice null', async () => {
    const document = shared.unit.egs.next({ subtype: 'simplified', typeCode: '388' });
    const answer = await rawClear(document);
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({
      validationResults: { errorMessages: [expect.objectContaining({ code: 'invalid-invoice-type' })] },
      clearanceStatus: 'NOT_CLEARED',
      clearedInvoice: null,
    });
  });

  it('answers a second clearance of the same document with 208, CLEARED and the same cleared document', async () => {
    const document = shared.unit.egs.next(standard);
    const first = await clear(document);
    const again = await rawClear(document);
    expect(again.status).toBe(208);
    expect(again.json).toMatchObject({ clearanceStatus: 'CLEARED', validationResults: { status: 'PASS' } });
    expect(clearedOf(again.json)).toBe(first.clearedInvoice);
    const retried = await clear(document);
    expect(retried).toMatchObject({
      httpStatus: 208,
      clearanceStatus: 'CLEARED',
      clearedInvoice: first.clearedInvoice,
    });
  });

  it('answers it with 409 without clearedInvoice when the duplicate-clearance behaviour asks', async () => {
    const document = shared.unit.egs.next(standard);
    await clear(document);
    shared.simulator.behaviours.set({ 'duplicate-clearance': '409' });
    const again = await rawClear(document);
    expect(again.status).toBe(409);
    expect(again.json).toEqual({
      validationResults: {
        infoMessages: [],
        warningMessages: [],
        errorMessages: [
          {
            type: 'ERROR',
            code: 'Invoice-Errors',
            category: 'Duplicate-Invoice',
            message: 'Invoice Hash Previously Submitted',
            status: 'ERROR',
          },
        ],
        status: 'ERROR',
      },
      clearanceStatus: 'NOT_CLEARED',
      clearedInvoice: null,
    });
    const error = await thrownBy(clear(document), AlreadySubmittedError);
    expect(error.clearedInvoice).toBeUndefined();
  });

  it("answers 303 with ZATCA's text when clearance is off, and reporting then takes the standard document", async () => {
    shared.simulator.behaviours.set({ clearance: 'off' });
    const document = shared.unit.egs.next(standard);
    const answer = await rawClear(document);
    expect(answer).toMatchObject({
      status: 303,
      json: {
        message: 'Clearance is deactiviated. Please use the /invoices/reporting/single endpoint instead.',
      },
    });
    expect(answer.headers.get('location')).toBeNull();
    await expect(clear(document)).rejects.toBeInstanceOf(ClearanceDisabledError);
    const result = await shared.unit.client.reportInvoice({
      invoice: document.xml,
      invoiceHash: document.invoiceHash,
    });
    expect(result).toMatchObject({ status: 'accepted', reportingStatus: 'REPORTED' });
  });

  it('rejects a standard invoice whose amount changed after signing, clearing nothing', async () => {
    const document = shared.unit.egs.next(standard);
    const tampered = document.xml.replace(/(<cbc:PayableAmount currencyID="SAR">)[^<]+/, '$11.00');
    const error = await thrownBy(clear({ ...document, xml: tampered }), RejectedError);
    expect(error.validationResults?.errorMessages.map((message) => message.code)).toContain(
      'invalid-invoice-hash',
    );
  });
});

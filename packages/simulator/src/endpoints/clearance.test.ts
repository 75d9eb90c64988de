import { RejectedError } from '@fatoora/core/api';
import { hashInvoice, verifyInvoice } from '@fatoora/core/signing';
import { describe, expect, it } from 'vitest';
import { API_HEADERS, basicAuth, invoiceCallBody, rawCall } from '../../test/support/raw-call.ts';
import { thrownBy } from '../../test/support/thrown-by.ts';
import { unitPerFile } from '../../test/support/unit-per-file.ts';

/** One simulator and EGS unit for the whole file: each test moves the unit's chain on. */
const shared = unitPerFile();

const standard = { subtype: 'standard', typeCode: '388' } as const;

describe('POST /invoices/clearance/single', () => {
  it('clears a standard invoice and hands back the platform-stamped document, which verifies and keeps the submitted hash', async () => {
    const { client, egs } = shared.unit;
    const document = egs.next(standard);
    const result = await client.clearInvoice({ invoice: document.xml, invoiceHash: document.invoiceHash });
    expect(result).toMatchObject({ status: 'accepted', httpStatus: 200, clearanceStatus: 'CLEARED' });
    const cleared = result.clearedInvoice ?? '';
    expect(cleared).not.toBe(document.xml);
    expect(hashInvoice(cleared)).toBe(document.invoiceHash);
    const verification = verifyInvoice(cleared, { certificate: shared.simulator.certificates.stamp });
    expect(verification.findings).toEqual([]);
    expect(verification.certificate?.subject).toContain('FATOORA-SIMULATOR-STAMP');
    // The stamped document differs from the submitted one only in the signature, QR and pointer.
    expect(cleared.replace(/<ext:UBLExtensions>[\s\S]*<\/ext:UBLExtensions>/, '')).toContain(
      `<cbc:UUID>${document.uuid}</cbc:UUID>`,
    );
  });

  it("answers with the platform's clearance body: clearanceStatus, clearedInvoice in base64, no reportingStatus", async () => {
    const { production, egs } = shared.unit;
    const document = egs.next(standard);
    const answer = await rawCall(`${shared.simulator.url}/invoices/clearance/single`, {
      headers: { ...API_HEADERS, Authorization: basicAuth(production), 'Clearance-Status': '1' },
      body: invoiceCallBody(document),
    });
    expect(answer.status).toBe(200);
    const body = answer.json as Record<string, unknown>;
    expect(Object.keys(body)).toEqual([
      'validationResults',
      'reportingStatus',
      'clearanceStatus',
      'clearedInvoice',
      'qrSellertStatus',
      'qrBuyertStatus',
    ]);
    expect(body).toMatchObject({ reportingStatus: null, clearanceStatus: 'CLEARED' });
    expect(Buffer.from(body.clearedInvoice as string, 'base64').toString('utf8')).toContain('<Invoice');
  });

  it('clears standard credit and debit notes chained after the invoice', async () => {
    const { client, egs } = shared.unit;
    for (const typeCode of ['388', '381', '383'] as const) {
      const document = egs.next({ subtype: 'standard', typeCode });
      const result = await client.clearInvoice({ invoice: document.xml, invoiceHash: document.invoiceHash });
      expect(result.clearanceStatus).toBe('CLEARED');
    }
  });

  it('refuses a simplified document on the clearance endpoint with invalid-invoice-type and NOT_CLEARED', async () => {
    const { production, egs } = shared.unit;
    const document = egs.next({ subtype: 'simplified', typeCode: '388' });
    const answer = await rawCall(`${shared.simulator.url}/invoices/clearance/single`, {
      headers: { ...API_HEADERS, Authorization: basicAuth(production) },
      body: invoiceCallBody(document),
    });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({
      validationResults: { errorMessages: [expect.objectContaining({ code: 'invalid-invoice-type' })] },
      clearanceStatus: 'NOT_CLEARED',
      clearedInvoice: null,
    });
  });

  it('answers a second clearance of the same document with 409, CLEARED and the same stamped document', async () => {
    const { client, production, egs } = shared.unit;
    const document = egs.next(standard);
    const first = await client.clearInvoice({ invoice: document.xml, invoiceHash: document.invoiceHash });
    const again = await rawCall(`${shared.simulator.url}/invoices/clearance/single`, {
      headers: { ...API_HEADERS, Authorization: basicAuth(production) },
      body: invoiceCallBody(document),
    });
    expect(again.status).toBe(409);
    const body = again.json as Record<string, unknown>;
    expect(body).toMatchObject({ clearanceStatus: 'CLEARED', message: 'Invoice Hash Previously Submitted' });
    expect(Buffer.from(body.clearedInvoice as string, 'base64').toString('utf8')).toBe(first.clearedInvoice);
  });

  it('rejects a standard invoice whose amount changed after signing, clearing nothing', async () => {
    const { client, egs } = shared.unit;
    const document = egs.next(standard);
    const tampered = document.xml.replace(/(<cbc:PayableAmount currencyID="SAR">)[^<]+/, '$11.00');
    const error = await thrownBy(
      client.clearInvoice({ invoice: tampered, invoiceHash: document.invoiceHash }),
      RejectedError,
    );
    expect(error.validationResults?.errorMessages.map((message) => message.code)).toContain(
      'invalid-invoice-hash',
    );
  });
});

import { buildInvoice } from '@fatoora/core';
import { AlreadySubmittedError, RejectedError } from '@fatoora/core/api';
import { decodeQr } from '@fatoora/core/qr';
import { FIRST_PREVIOUS_INVOICE_HASH, signInvoice } from '@fatoora/core/signing';
import {
  emptyQr,
  qrTextOf,
  rewriteQrTimestamp,
  rewriteSigningTime,
} from '@fatoora/test-support-core/wild-documents';
import { describe, expect, it } from 'vitest';
import { ISSUED, invoiceModel } from '../../test/support/invoices.ts';
import { API_HEADERS, basicAuth, invoiceCallBody, rawCall } from '../../test/support/raw-call.ts';
import { reportNext } from '../../test/support/report-next.ts';
import { signModel } from '../../test/support/test-egs.ts';
import { thrownBy } from '../../test/support/thrown-by.ts';
import { unitPerFile } from '../../test/support/unit-per-file.ts';

/** One simulator and EGS unit for the whole file: each test moves the unit's chain on. */
const shared = unitPerFile();

const simplified = { subtype: 'simplified', typeCode: '388' } as const;
const XSD_VALID = {
  type: 'INFO',
  code: 'XSD_ZATCA_VALID',
  category: 'XSD validation',
  message: 'Complied with UBL 2.1 standards in line with ZATCA specifications',
  status: 'PASS',
};

/** The rejection a call ended in (the test fails when it was accepted). */
const rejection = (call: Promise<unknown>) => thrownBy(call, RejectedError);

const codes = (error: RejectedError, list: 'errorMessages' | 'warningMessages' = 'errorMessages') =>
  error.validationResults?.[list].map((message) => message.code);

const QR_VALUE = /(<cbc:ID>QR<\/cbc:ID>\s*<cac:Attachment>\s*<cbc:EmbeddedDocumentBinaryObject[^>]*>)([^<]+)/;

describe('POST /invoices/reporting/single', () => {
  it("reports a simplified invoice: 200 REPORTED, with the platform's answer body field for field", async () => {
    const { production, egs } = shared.unit;
    const document = egs.next(simplified);
    const answer = await rawCall(`${shared.simulator.url}/invoices/reporting/single`, {
      headers: { ...API_HEADERS, Authorization: basicAuth(production), 'Clearance-Status': '0' },
      body: invoiceCallBody(document),
    });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({
      validationResults: {
        infoMessages: [XSD_VALID],
        warningMessages: [],
        errorMessages: [],
        status: 'PASS',
      },
      reportingStatus: 'REPORTED',
      clearanceStatus: null,
      clearedInvoice: null,
      qrSellertStatus: null,
      qrBuyertStatus: null,
    });
  });

  it('reports simplified credit and debit notes along the same chain', async () => {
    const { client, egs } = shared.unit;
    for (const typeCode of ['388', '381', '383'] as const) {
      const document = egs.next({ subtype: 'simplified', typeCode });
      const result = await client.reportInvoice({ invoice: document.xml, invoiceHash: document.invoiceHash });
      expect(result).toMatchObject({ status: 'accepted', httpStatus: 200, reportingStatus: 'REPORTED' });
    }
  });

  it('rejects a document whose amount changed after signing with invalid-invoice-hash', async () => {
    const { client, egs } = shared.unit;
    const document = egs.next(simplified);
    const tampered = document.xml.replace(/(<cbc:PayableAmount currencyID="SAR">)[^<]+/, '$1999.00');
    expect(tampered).not.toBe(document.xml);
    const error = await rejection(
      client.reportInvoice({ invoice: tampered, invoiceHash: document.invoiceHash }),
    );
    expect(error.status).toBe(400);
    expect(error.validationResults?.status).toBe('ERROR');
    expect(error.validationResults?.errorMessages).toContainEqual({
      type: 'ERROR',
      code: 'invalid-invoice-hash',
      category: 'INVOICE_HASHING_ERRORS',
      message: expect.stringContaining(
        'The invoice hash API body does not match the (calculated) Hash of the XML',
      ),
      status: 'ERROR',
    });
  });

  it("rejects a document signed with another certificate than the CSID's with invalid-signature", async () => {
    const { client, egs, compliance } = shared.unit;
    const model = invoiceModel(simplified, {
      counter: egs.counter + 1,
      previousInvoiceHash: egs.previousInvoiceHash,
    });
    const document = egs.advance(signModel(model, egs.key, compliance.certificate));
    const error = await rejection(
      client.reportInvoice({ invoice: document.xml, invoiceHash: document.invoiceHash }),
    );
    expect(codes(error)).toContain('invalid-signature');
    expect(error.validationResults?.errorMessages).toContainEqual(
      expect.objectContaining({ code: 'invalid-signature', category: 'SIGNATURE_ERRORS' }),
    );
  });

  it('rejects a document whose signing time changed after signing with signed-properties-hashing', async () => {
    const { client, egs } = shared.unit;
    const document = egs.next(simplified);
    const tampered = document.xml.replace(/(<xades:SigningTime>)[^<]+/, '$12024-05-01T10:16:00');
    expect(tampered).not.toBe(document.xml);
    const error = await rejection(
      client.reportInvoice({ invoice: tampered, invoiceHash: document.invoiceHash }),
    );
    expect(codes(error)).toEqual(['signed-properties-hashing']);
  });

  it("rejects a QR code taken from another document: tags 6 and 7 disagree with the document's hash and signature", async () => {
    const { client, egs } = shared.unit;
    const other = egs.sign(simplified);
    const document = egs.next(simplified);
    const otherQr = QR_VALUE.exec(other.xml)?.[2] ?? '';
    const swapped = document.xml.replace(QR_VALUE, `$1${otherQr}`);
    const error = await rejection(
      client.reportInvoice({ invoice: swapped, invoiceHash: document.invoiceHash }),
    );
    expect(codes(error)).toEqual(['invoiceHash_QRCODE_INVALID', 'signature_QRCODE_INVALID']);
    expect(error.validationResults?.errorMessages[0]?.category).toBe('QRCODE_VALIDATION');
  });

  it('reports a document whose SigningTime is written with Z (a valid xsd:dateTime): 200 REPORTED', async () => {
    const { client, egs } = shared.unit;
    const document = egs.next(simplified);
    const time = /<xades:SigningTime>([^<]+)</.exec(document.xml)?.[1] ?? '';
    const zoned = rewriteSigningTime(document.xml, `${time}Z`);
    expect(zoned).toContain(`<xades:SigningTime>${time}Z<`);
    const result = await client.reportInvoice({ invoice: zoned, invoiceHash: document.invoiceHash });
    expect(result).toMatchObject({ status: 'accepted', httpStatus: 200, reportingStatus: 'REPORTED' });
    expect(result.validationResults.warningMessages).toEqual([]);
  });

  it('reports a document whose QR tag 3 carries a Z its IssueTime lacks with the platform’s warning (202)', async () => {
    const { client, egs } = shared.unit;
    const document = egs.next(simplified);
    const issued = decodeQr(qrTextOf(document.xml)).timestamp;
    const zoned = rewriteQrTimestamp(document.xml, `${issued}Z`);
    const result = await client.reportInvoice({ invoice: zoned, invoiceHash: document.invoiceHash });
    expect(result).toMatchObject({
      status: 'accepted-with-warnings',
      httpStatus: 202,
      reportingStatus: 'REPORTED',
    });
    expect(result.validationResults.errorMessages).toEqual([]);
    expect(result.validationResults.warningMessages).toEqual([
      {
        type: 'WARNING',
        code: 'invoiceTimeStamp_QRCODE_INVALID',
        category: 'QRCODE_VALIDATION',
        message:
          "Time on QR Code does not match with Invoice Issue Time (KSA-25). If ZATCA's SDK was used to generate QR Code, kindly use the latest version of SDK",
        status: 'WARNING',
      },
    ]);
  });

  it('rejects an empty QR element with BR-KSA-27, saying it is empty', async () => {
    const { client, egs } = shared.unit;
    const document = egs.next(simplified);
    const error = await rejection(
      client.reportInvoice({ invoice: emptyQr(document.xml), invoiceHash: document.invoiceHash }),
    );
    expect(codes(error)).toEqual(['BR-KSA-27']);
    expect(error.validationResults?.errorMessages[0]?.message).toContain('The QR is empty');
  });

  it('rejects a QR code that is not base64 TLV with BR-KSA-27', async () => {
    const { client, egs } = shared.unit;
    const document = egs.next(simplified);
    const broken = document.xml.replace(QR_VALUE, '$1AQ==');
    const error = await rejection(
      client.reportInvoice({ invoice: broken, invoiceHash: document.invoiceHash }),
    );
    expect(codes(error)).toEqual(['BR-KSA-27']);
  });

  it("rejects a PIH that is not the previous document's hash with KSA-13, and the rejected document keeps its place in the chain", async () => {
    const { client, egs } = shared.unit;
    const { document: first } = await reportNext(shared.unit);
    const broken = egs.advance(egs.sign(simplified, { previousInvoiceHash: FIRST_PREVIOUS_INVOICE_HASH }));
    const error = await rejection(
      client.reportInvoice({ invoice: broken.xml, invoiceHash: broken.invoiceHash }),
    );
    expect(error.validationResults?.errorMessages).toEqual([
      {
        type: 'ERROR',
        code: 'KSA-13',
        category: 'KSA',
        message: `PIH is inValid: expected the previous document's hash ${first.invoiceHash}.`,
        status: 'ERROR',
      },
    ]);
    const next = await reportNext(shared.unit);
    expect(next.result.status).toBe('accepted');
  });

  it('warns with KSA-16 when the ICV does not go up, and reports the document (202)', async () => {
    const { client, egs } = shared.unit;
    await reportNext(shared.unit);
    egs.counter -= 1;
    const repeated = egs.next(simplified);
    const result = await client.reportInvoice({ invoice: repeated.xml, invoiceHash: repeated.invoiceHash });
    expect(result).toMatchObject({
      status: 'accepted-with-warnings',
      httpStatus: 202,
      reportingStatus: 'REPORTED',
    });
    expect(result.validationResults.warningMessages.map((message) => message.code)).toEqual(['KSA-16']);
  });

  it("answers 409 to another document with an accepted document's UUID", async () => {
    const { client, egs } = shared.unit;
    const { document: first } = await reportNext(shared.unit);
    const copy = egs.sign(simplified, { uuid: first.uuid });
    const error = await thrownBy(
      client.reportInvoice({ invoice: copy.xml, invoiceHash: copy.invoiceHash }),
      AlreadySubmittedError,
    );
    expect(error).toMatchObject({ status: 409, afterRetry: false });
    expect(error.validationResults?.errorMessages[0]?.message).toContain('already submitted');
  });

  it('answers 409 to the same document sent again, and counts it once', async () => {
    const { production } = shared.unit;
    const { document: first } = await reportNext(shared.unit);
    const again = await rawCall(`${shared.simulator.url}/invoices/reporting/single`, {
      headers: { ...API_HEADERS, Authorization: basicAuth(production) },
      body: invoiceCallBody(first),
    });
    expect(again.status).toBe(409);
    expect(again.json).toMatchObject({
      reportingStatus: 'REPORTED_SUCCESSFULLY_EARLIER',
      message: 'Invoice Hash Previously Submitted',
    });
    const next = await reportNext(shared.unit);
    expect(next.result.status).toBe('accepted');
  });

  it("rejects a business-rule fault with 400 and the rule's id", async () => {
    const { client, egs } = shared.unit;
    const model = invoiceModel(simplified, {
      counter: egs.counter + 1,
      previousInvoiceHash: egs.previousInvoiceHash,
    });
    const unsigned = buildInvoice(model).xml.replace(
      /(<cbc:TaxInclusiveAmount currencyID="SAR">)[^<]+/,
      '$1999.00',
    );
    const signed = signInvoice(unsigned, {
      privateKey: egs.key,
      certificate: egs.certificate,
      signingTime: `${ISSUED.date}T${ISSUED.time}`,
    });
    egs.advance({ ...signed, uuid: model.uuid, model });
    const error = await rejection(
      client.reportInvoice({ invoice: signed.xml, invoiceHash: signed.invoiceHash }),
    );
    expect(error.validationResults?.errorMessages).toEqual([
      expect.objectContaining({ type: 'ERROR', code: 'BR-CO-15', category: 'EN_16931', status: 'ERROR' }),
    ]);
  });

  it('reports with warnings only — 202 and REPORTED — a simplified invoice sent more than 24 hours after issue (BR-KSA-98)', async () => {
    const { client, egs } = shared.unit;
    const late = egs.next(simplified, { issueDate: '2024-04-29', supplyDate: '2024-04-29' });
    const result = await client.reportInvoice({ invoice: late.xml, invoiceHash: late.invoiceHash });
    expect(result).toMatchObject({
      status: 'accepted-with-warnings',
      httpStatus: 202,
      reportingStatus: 'REPORTED',
    });
    expect(result.validationResults.warningMessages).toEqual([
      expect.objectContaining({ type: 'WARNING', code: 'BR-KSA-98', category: 'KSA', status: 'WARNING' }),
    ]);
  });

  it('refuses a standard document on the reporting endpoint with invalid-invoice-type', async () => {
    const { client, egs } = shared.unit;
    const document = egs.next({ subtype: 'standard', typeCode: '388' });
    const error = await rejection(
      client.reportInvoice({ invoice: document.xml, invoiceHash: document.invoiceHash }),
    );
    expect(codes(error)).toEqual(['invalid-invoice-type']);
  });

  it("refuses a document whose seller is not the certificate's VAT number with certificate-permissions", async () => {
    const { client, egs } = shared.unit;
    const model = invoiceModel(simplified, {
      counter: egs.counter + 1,
      previousInvoiceHash: egs.previousInvoiceHash,
    });
    const document = egs.advance(
      signModel(
        { ...model, seller: { ...model.seller, vatNumber: '399999999800003' } },
        egs.key,
        egs.certificate,
      ),
    );
    const error = await rejection(
      client.reportInvoice({ invoice: document.xml, invoiceHash: document.invoiceHash }),
    );
    expect(error.validationResults?.errorMessages).toContainEqual(
      expect.objectContaining({
        code: 'certificate-permissions',
        message: 'User only allowed to use the VAT number that exists in the authentication certificate',
      }),
    );
  });

  it('rejects text that is not XML at the XSD stage, with XSD_ZATCA_INVALID and nothing else', async () => {
    const { production } = shared.unit;
    const answer = await rawCall(`${shared.simulator.url}/invoices/reporting/single`, {
      headers: { ...API_HEADERS, Authorization: basicAuth(production) },
      body: invoiceCallBody({ xml: 'not xml', invoiceHash: 'x', uuid: 'y' }),
    });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({
      validationResults: {
        infoMessages: [],
        warningMessages: [],
        errorMessages: [expect.objectContaining({ code: 'XSD_ZATCA_INVALID', category: 'XSD validation' })],
        status: 'ERROR',
      },
      reportingStatus: 'NOT_REPORTED',
    });
  });

  it("rejects a request whose uuid is not the document's", async () => {
    const { client, egs } = shared.unit;
    const document = egs.next(simplified);
    const error = await rejection(
      client.reportInvoice({
        invoice: document.xml,
        invoiceHash: document.invoiceHash,
        uuid: crypto.randomUUID(),
      }),
    );
    expect(codes(error)).toEqual(['INVOICE_UUID_VALIDATION']);
  });
});

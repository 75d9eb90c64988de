import { buildInvoice } from '@fatoora/core';
import { AlreadySubmittedError, type InvoiceResult, RejectedError } from '@fatoora/core/api';
import { generatePrivateKey } from '@fatoora/core/crypto';
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
import { type SignedDocument, signModel, type TestEgs } from '../../test/support/test-egs.ts';
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

/** Reports `document` (or its `xml` replaced) with the unit's production CSID, as the client does. */
const report = (document: SignedDocument, xml = document.xml): Promise<InvoiceResult> =>
  shared.unit.client.reportInvoice({ invoice: xml, invoiceHash: document.invoiceHash });

/** A raw reporting call with the unit's production CSID. */
const rawReport = (body: unknown, headers: Record<string, string> = {}) =>
  rawCall(`${shared.simulator.url}/invoices/reporting/single`, {
    headers: { ...API_HEADERS, Authorization: basicAuth(shared.unit.production), ...headers },
    body,
  });

/**
 * The unit's next simplified invoice, its XML changed by `edit` between building and signing (what
 * no model can produce), signed by the unit and taken into its chain.
 */
function nextEdited(
  egs: TestEgs,
  edit: (xml: string) => string,
  qr?: { readonly allowLongValues: boolean },
): SignedDocument {
  const model = invoiceModel(simplified, {
    counter: egs.counter + 1,
    previousInvoiceHash: egs.previousInvoiceHash,
  });
  const signed = signInvoice(edit(buildInvoice(model).xml), {
    privateKey: egs.key,
    certificate: egs.certificate,
    signingTime: `${ISSUED.date}T${ISSUED.time}`,
    ...(qr ? { qr } : {}),
  });
  return egs.advance({ ...signed, uuid: model.uuid, model });
}

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
      message: 'The invoice hash API body does not match the (calculated) Hash of the XML',
      status: 'ERROR',
    });
  });

  it('answers an invoiceHash that is missing or not base64 SHA-256 with InvoiceHash-Errors', async () => {
    const document = shared.unit.egs.sign(simplified); // refused: the chain stays
    const { invoice, uuid } = invoiceCallBody(document);
    const missing = await rawReport({ invoice, uuid });
    expect(missing.status).toBe(400);
    expect(missing.json).toMatchObject({
      validationResults: {
        errorMessages: [
          {
            type: 'ERROR',
            code: 'InvoiceHash-Errors',
            category: 'Invalid-InvoiceHash',
            message: 'Document hash is not present in the API body',
            status: 'ERROR',
          },
        ],
      },
      reportingStatus: 'NOT_REPORTED',
    });
    const malformed = await rawReport({ invoice, uuid, invoiceHash: 'bm90LWEtaGFzaA==' });
    expect(
      (malformed.json as { validationResults: { errorMessages: unknown[] } }).validationResults.errorMessages,
    ).toEqual([
      expect.objectContaining({
        code: 'InvoiceHash-Errors',
        message: 'Document hash format in the API body is not valid',
      }),
    ]);
  });

  it('reports a document signed with the compliance CSID (same key, other certificate) with the warning invalid-signing-certificate (202)', async () => {
    const { egs, compliance } = shared.unit;
    const model = invoiceModel(simplified, {
      counter: egs.counter + 1,
      previousInvoiceHash: egs.previousInvoiceHash,
    });
    const document = egs.advance(signModel(model, egs.key, compliance.certificate));
    const result = await report(document);
    expect(result).toMatchObject({
      status: 'accepted-with-warnings',
      httpStatus: 202,
      reportingStatus: 'REPORTED',
    });
    expect(result.validationResults.warningMessages).toEqual([
      {
        type: 'WARNING',
        code: 'invalid-signing-certificate',
        category: 'CERTIFICATE_ERRORS',
        message:
          'X509Certificate (CCSID / PCSID) used for signing is not valid certificate (CCSID / PCSID) for this VAT Registration Number.',
        status: 'WARNING',
      },
    ]);
  });

  it("rejects a document signed with another key than the CSID's with invalid-digital-signature", async () => {
    const { egs } = shared.unit;
    const stranger = await shared.simulator.mintOtp().then((otp) => clientForStranger(otp));
    const model = invoiceModel(simplified, {
      counter: egs.counter + 1,
      previousInvoiceHash: egs.previousInvoiceHash,
    });
    const document = egs.advance(signModel(model, stranger.key, stranger.certificate));
    const error = await rejection(report(document));
    expect(error.validationResults?.errorMessages).toContainEqual({
      type: 'ERROR',
      code: 'invalid-digital-signature',
      category: 'SIGNATURE_ERRORS',
      message: 'Invalid digital signature',
      status: 'ERROR',
    });
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
    expect(error.validationResults?.errorMessages).toEqual([
      {
        type: 'ERROR',
        code: 'invoiceHash_QRCODE_INVALID',
        category: 'QRCODE_VALIDATION',
        message: 'Invoice xml hash does not match with qr code invoice xml hash',
        status: 'ERROR',
      },
      {
        type: 'ERROR',
        code: 'QRCODE_INVALID',
        category: 'QRCODE_VALIDATION',
        message: 'Failed to validate QR code',
        status: 'ERROR',
      },
    ]);
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

  it('rejects an empty QR element with QRCODE_INVALID, and warns BR-KSA-27', async () => {
    const { client, egs } = shared.unit;
    const document = egs.next(simplified);
    const error = await rejection(
      client.reportInvoice({ invoice: emptyQr(document.xml), invoiceHash: document.invoiceHash }),
    );
    expect(error.validationResults?.errorMessages).toEqual([
      expect.objectContaining({
        code: 'QRCODE_INVALID',
        message: 'Invalid QR code format, Please follow the ZATCA QR code specifications',
      }),
    ]);
    expect(codes(error, 'warningMessages')).toEqual(['BR-KSA-27']);
  });

  it('rejects a QR code that is not base64 TLV with QRCODE_INVALID', async () => {
    const { client, egs } = shared.unit;
    const document = egs.next(simplified);
    const broken = document.xml.replace(QR_VALUE, '$1AQ==');
    const error = await rejection(
      client.reportInvoice({ invoice: broken, invoiceHash: document.invoiceHash }),
    );
    expect(codes(error)).toEqual(['QRCODE_INVALID']);
  });

  it('reads QR values of 128 bytes or more by default, and refuses them with QRCODE_INVALID when strict', async () => {
    const { egs } = shared.unit;
    const longName = `${'M'.repeat(130)} LTD`;
    /** A document whose seller name (QR tag 1) is over 128 bytes, signed with a QR that carries it. */
    const longNamed = () =>
      nextEdited(
        egs,
        (xml) => xml.replace(/(<cbc:RegistrationName>)[^<]+(<\/cbc:RegistrationName>)/, `$1${longName}$2`),
        { allowLongValues: true },
      );
    const lenient = await rawReport(invoiceCallBody(longNamed()));
    expect(JSON.stringify(lenient.json)).not.toContain('QRCODE_INVALID');
    shared.simulator.behaviours.set({ 'qr-long-values': 'strict' });
    const strict = await rawReport(invoiceCallBody(longNamed()));
    expect(strict.status).toBe(400);
    expect(
      (strict.json as { validationResults: { errorMessages: unknown[] } }).validationResults.errorMessages,
    ).toContainEqual(
      expect.objectContaining({
        code: 'QRCODE_INVALID',
        message: 'Invalid QR code format, Please follow the ZATCA QR code specifications',
      }),
    );
  });

  it('reports documents out of order: a later one while an earlier one is stuck, then the earlier one (200)', async () => {
    const { egs } = shared.unit;
    const stuck = egs.next(simplified);
    const later = egs.next(simplified);
    expect(await report(later)).toMatchObject({ status: 'accepted', httpStatus: 200 });
    expect(await report(stuck)).toMatchObject({ status: 'accepted', httpStatus: 200 });
    expect((await reportNext(shared.unit)).result.status).toBe('accepted');
  });

  it("warns when the PIH is not the unit's last document's hash, only when the pih-chain behaviour asks", async () => {
    const { egs } = shared.unit;
    const { document: last } = await reportNext(shared.unit);
    shared.simulator.behaviours.set({ 'pih-chain': 'chain-warning' });
    const broken = egs.advance(egs.sign(simplified, { previousInvoiceHash: FIRST_PREVIOUS_INVOICE_HASH }));
    const result = await report(broken);
    expect(result).toMatchObject({
      status: 'accepted-with-warnings',
      httpStatus: 202,
      reportingStatus: 'REPORTED',
    });
    expect(result.validationResults.warningMessages).toEqual([
      {
        type: 'WARNING',
        code: 'invalid-previous-invoice-hash',
        category: 'PIH_VALIDATION',
        message: `The previous invoice hash (KSA-13) is not the hash of this unit's last document submitted (${last.invoiceHash}).`,
        status: 'WARNING',
      },
    ]);
    expect((await reportNext(shared.unit)).result).toMatchObject({ httpStatus: 200 });
  });

  it('warns BR-KSA-26 for a PIH that is not base64 SHA-256, and never answers KSA-13 or KSA-16', async () => {
    const { egs } = shared.unit;
    egs.counter -= 1; // an ICV that does not go up is no finding either
    const odd = egs.next(simplified, { previousInvoiceHash: 'bm90IGEgaGFzaA==' });
    const result = await report(odd);
    expect(result).toMatchObject({ status: 'accepted-with-warnings', httpStatus: 202 });
    expect(result.validationResults.warningMessages).toEqual([
      expect.objectContaining({ type: 'WARNING', code: 'BR-KSA-26', category: 'KSA' }),
    ]);
    egs.counter += 1;
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
    expect(error.validationResults?.errorMessages[0]).toMatchObject({
      code: 'Invoice-Errors',
      category: 'Duplicate-UUID',
    });
  });

  it("answers the same document sent again with 409 and the OpenAPI file's body, and counts it once", async () => {
    const { document: first } = await reportNext(shared.unit);
    const again = await rawReport(invoiceCallBody(first));
    expect(again.status).toBe(409);
    expect(again.json).toEqual({
      validationResults: {
        infoMessages: [],
        warningMessages: [],
        errorMessages: [
          {
            type: 'ERROR',
            code: null,
            category: null,
            message: 'Invoice was already Reported successfully earlier.',
            status: 'ERROR',
          },
        ],
        status: 'ERROR',
      },
      reportingStatus: 'NOT_REPORTED',
    });
    shared.simulator.behaviours.set({ 'reporting-duplicate-body': 'forum' });
    expect((await rawReport(invoiceCallBody(first))).json).toMatchObject({
      validationResults: {
        errorMessages: [
          {
            type: 'ERROR',
            code: 'Invoice-Errors',
            category: 'Duplicate-Invoice',
            message: 'Invoice Hash Previously Submitted',
            status: 'ERROR',
          },
        ],
      },
      reportingStatus: 'NOT_REPORTED',
    });
    const next = await reportNext(shared.unit);
    expect(next.result.status).toBe('accepted');
  });

  it("rejects a business-rule fault with 400 and the rule's id", async () => {
    const { client, egs } = shared.unit;
    const signed = nextEdited(egs, (xml) =>
      xml.replace(/(<cbc:TaxInclusiveAmount currencyID="SAR">)[^<]+/, '$1999.00'),
    );
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

  it('sends a standard document to clearance with 303, recording nothing; or refuses it with 400 when asked', async () => {
    const { egs } = shared.unit;
    const document = egs.sign({ subtype: 'standard', typeCode: '388' });
    const answer = await rawReport(invoiceCallBody(document));
    expect(answer).toMatchObject({
      status: 303,
      json: {
        message: 'Clearance is activated. Please use the /invoices/clearance/single endpoint instead.',
      },
    });
    expect(answer.headers.get('location')).toBeNull();
    shared.simulator.behaviours.set({ 'standard-on-reporting': '400' });
    egs.advance(document);
    const error = await rejection(report(document));
    expect(codes(error)).toEqual(['invalid-invoice-type']);
  });

  it('takes any Clearance-Status header, unless the behaviour enforces 0 on reporting', async () => {
    const { egs } = shared.unit;
    const document = egs.next(simplified);
    expect((await rawReport(invoiceCallBody(document), { 'Clearance-Status': '1' })).status).toBe(200);
    shared.simulator.behaviours.set({ 'clearance-status-header': 'enforce' });
    const next = egs.sign(simplified);
    for (const header of [{}, { 'Clearance-Status': '1' }] as Record<string, string>[]) {
      expect(await rawReport(invoiceCallBody(next), header)).toMatchObject({
        status: 400,
        json: {
          reportingStatus: 'NOT_REPORTED',
          validationResults: {
            status: 'ERROR',
            errorMessages: [expect.objectContaining({ code: 'Invalid-ClearanceStatus' })],
          },
        },
      });
    }
    egs.advance(next);
    expect((await rawReport(invoiceCallBody(next), { 'Clearance-Status': '0' })).status).toBe(200);
  });

  it("takes the 9-character KSA-2 form that ZATCA's BR-KSA-06 accepts", async () => {
    const { egs } = shared.unit;
    const signed = nextEdited(egs, (xml) => xml.replace('name="0200000"', 'name="020000000"'));
    expect(signed.xml).toContain('name="020000000"');
    const result = await shared.unit.client.reportInvoice({
      invoice: signed.xml,
      invoiceHash: signed.invoiceHash,
    });
    expect(result).toMatchObject({ status: 'accepted', reportingStatus: 'REPORTED' });
  });

  it('keeps English messages under Accept-Language: ar, with either language setting (no Arabic text is sourced)', async () => {
    const { egs } = shared.unit;
    for (const language of ['english', 'arabic-where-known'] as const) {
      shared.simulator.behaviours.set({ language });
      const late = egs.next(simplified, { issueDate: '2024-04-29', supplyDate: '2024-04-29' });
      const answer = await rawReport(invoiceCallBody(late), { 'Accept-Language': 'ar' });
      expect(answer.json).toMatchObject({
        validationResults: {
          infoMessages: [XSD_VALID],
          warningMessages: [
            expect.objectContaining({ code: 'BR-KSA-98', message: expect.stringMatching(/^[\x20-\x7e]+$/) }),
          ],
        },
      });
    }
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
        message: 'User only allowed to use the vat number that exists in the authentication certificate',
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

/** A compliance CSID for a key of its own, in simulation: a signer the unit's CSID does not certify. */
async function clientForStranger(otp: string) {
  const key = generatePrivateKey();
  const { requestCompliance } = await import('../../test/support/onboarding.ts');
  const stage = await requestCompliance(shared.simulator, { otp, key });
  return { key, certificate: stage.compliance.certificate };
}

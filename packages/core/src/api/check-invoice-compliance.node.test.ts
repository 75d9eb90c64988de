import { describe, expect, it } from 'vitest';
import {
  invoiceAnswer,
  simplifiedInvoice,
  testAuthorization,
  testCredentials,
} from '../../test/support/fatoora-answers.ts';
import { clientWithTestCredentials } from '../../test/support/test-client.ts';
import { testServerPerTest } from '../../test/support/test-server-per-test.ts';
import { decodeBase64 } from '../encoding/base64.ts';
import { utf8Decode } from '../encoding/utf8.ts';
import { InputError } from '../errors/input-error.ts';
import { RejectedError } from '../errors/rejected-error.ts';
import { XmlError } from '../errors/xml-error.ts';
import { checkInvoiceCompliance } from './check-invoice-compliance.ts';
import { createFatooraClient } from './client.ts';

const server = testServerPerTest();

const client = () => clientWithTestCredentials(server.url, 2);

describe('checkInvoiceCompliance', () => {
  it('posts hash, UUID and base64 of the exact UTF-8 bytes with the compliance CSID as Basic credentials', async () => {
    server.reply({ body: invoiceAnswer('clean', { reportingStatus: 'REPORTED' }) });
    await checkInvoiceCompliance(client(), {
      invoice: simplifiedInvoice.xml,
      invoiceHash: simplifiedInvoice.invoiceHash,
      uuid: simplifiedInvoice.uuid,
    });
    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/compliance/invoices');
    expect(request?.headers.authorization).toBe(testAuthorization);
    expect(request?.headers['accept-version']).toBe('V2');
    expect(request?.headers.otp).toBeUndefined();
    const body = request?.json as { invoiceHash: string; uuid: string; invoice: string };
    expect(Object.keys(body).sort()).toEqual(['invoice', 'invoiceHash', 'uuid']);
    expect(body.invoiceHash).toBe(simplifiedInvoice.invoiceHash);
    expect(body.uuid).toBe(simplifiedInvoice.uuid);
    expect(utf8Decode(decodeBase64(body.invoice))).toBe(simplifiedInvoice.xml);
  });

  it('computes the invoice hash and reads the UUID from the XML when they are not given', async () => {
    server.reply({ body: invoiceAnswer('clean') });
    await client().checkInvoiceCompliance({ invoice: simplifiedInvoice.xml });
    expect(server.requests[0]?.json).toMatchObject({
      invoiceHash: simplifiedInvoice.invoiceHash,
      uuid: simplifiedInvoice.uuid,
    });
  });

  it('returns accepted for 200 and accepted-with-warnings for 202, with the validation results', async () => {
    server.reply(
      { body: invoiceAnswer('clean', { reportingStatus: 'REPORTED' }) },
      { status: 202, body: invoiceAnswer('warnings', { reportingStatus: 'REPORTED' }) },
    );
    const clean = await client().checkInvoiceCompliance({ invoice: simplifiedInvoice.xml });
    expect(clean).toMatchObject({ status: 'accepted', httpStatus: 200, reportingStatus: 'REPORTED' });
    expect(clean.validationResults.status).toBe('PASS');
    expect(clean.validationResults.infoMessages[0]?.code).toBe('XSD_ZATCA_VALID');
    expect(clean.clearedInvoice).toBeUndefined();

    const warned = await client().checkInvoiceCompliance({ invoice: simplifiedInvoice.xml });
    expect(warned).toMatchObject({ status: 'accepted-with-warnings', httpStatus: 202 });
    expect(warned.validationResults.warningMessages).toEqual([
      expect.objectContaining({ code: 'BR-KSA-98', category: 'KSA', status: 'WARNING' }),
    ]);
  });

  it('fails a check whose 200 answer says ERROR or NOT_REPORTED', async () => {
    server.reply(
      { body: invoiceAnswer('rejected') },
      { body: invoiceAnswer('clean', { reportingStatus: 'NOT_REPORTED' }) },
    );
    for (let i = 0; i < 2; i++) {
      await expect(
        client().checkInvoiceCompliance({ invoice: simplifiedInvoice.xml }),
      ).rejects.toBeInstanceOf(RejectedError);
    }
  });

  it('throws RejectedError with the validation results on 400', async () => {
    server.reply({ status: 400, body: invoiceAnswer('rejected', { reportingStatus: 'NOT_REPORTED' }) });
    const error = await client()
      .checkInvoiceCompliance({ invoice: simplifiedInvoice.xml })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RejectedError);
    const rejected = error as RejectedError;
    expect(rejected.validationResults?.status).toBe('ERROR');
    expect(rejected.validationResults?.errorMessages[0]?.code).toBe('invalid-invoice-hash');
    expect(rejected.errors).toEqual([
      {
        code: 'invalid-invoice-hash',
        category: 'INVOICE_HASHING_ERRORS',
        message: 'The invoice hash API body does not match the (calculated) Hash of the XML',
      },
    ]);
    expect(rejected.message).toContain('invalid-invoice-hash');
    expect(server.requests).toHaveLength(1);
  });

  it('needs credentials, and sends nothing without them', async () => {
    const anonymous = createFatooraClient({ baseUrl: server.url });
    await expect(anonymous.checkInvoiceCompliance({ invoice: simplifiedInvoice.xml })).rejects.toMatchObject({
      field: 'credentials',
      rule: 'credentials-required',
    });
    expect(server.requests).toHaveLength(0);
  });

  it('takes per-call credentials over the client’s', async () => {
    server.reply({ body: invoiceAnswer('clean') });
    await createFatooraClient({
      baseUrl: server.url,
      credentials: { binarySecurityToken: 'b3RoZXI=', secret: 'other' },
    }).checkInvoiceCompliance({ invoice: simplifiedInvoice.xml, credentials: testCredentials });
    expect(server.requests[0]?.headers.authorization).toBe(testAuthorization);
  });

  it('refuses an empty invoice, malformed XML, or XML without a UUID before sending anything', async () => {
    await expect(client().checkInvoiceCompliance({ invoice: ' ' })).rejects.toBeInstanceOf(InputError);
    await expect(client().checkInvoiceCompliance({ invoice: '<Invoice>' })).rejects.toBeInstanceOf(XmlError);
    const withoutUuid = simplifiedInvoice.xml.replace(/<cbc:UUID>[^<]+<\/cbc:UUID>/, '');
    await expect(client().checkInvoiceCompliance({ invoice: withoutUuid })).rejects.toMatchObject({
      field: 'uuid',
      rule: 'BR-KSA-03',
    });
    expect(server.requests).toHaveLength(0);
  });
});

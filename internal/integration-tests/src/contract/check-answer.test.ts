/**
 * The contract checker against the bodies fatoora-api.md §5 records (OAS examples and live bodies):
 * each documented answer passes, and answers the platform never sends fail with a reason.
 */
import { describe, expect, it } from 'vitest';
import { contractProblems, endpointOf, type RecordedAnswer } from './check-answer.ts';

const json = (endpoint: RecordedAnswer['endpoint'], status: number, body: unknown): RecordedAnswer => ({
  endpoint,
  status,
  contentType: 'application/json',
  body: JSON.stringify(body),
});

const message = (
  type: string,
  code: string | null,
  text: string,
  status = type === 'INFO' ? 'PASS' : type,
) => ({
  type,
  code,
  category: code === null ? null : 'KSA',
  message: text,
  status,
});
const XSD_VALID = message(
  'INFO',
  'XSD_ZATCA_VALID',
  'Complied with UBL 2.1 standards in line with ZATCA specifications',
);
const results = (status: string, warnings: unknown[] = [], errors: unknown[] = []) => ({
  infoMessages: [XSD_VALID],
  warningMessages: warnings,
  errorMessages: errors,
  status,
});

describe('contractProblems: the answers the doc records', () => {
  const documented: [string, RecordedAnswer][] = [
    [
      'ISSUED (#1, full live shape)',
      json('POST /compliance', 200, {
        requestID: 1234567890123,
        tokenType: 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-x509-token-profile-1.0#X509v3',
        dispositionMessage: 'ISSUED',
        binarySecurityToken: 'TUlJ',
        secret: 'c2VjcmV0',
        errors: null,
      }),
    ],
    [
      'ISSUED (#3, OAS example without tokenType and errors)',
      json('POST /production/csids', 200, {
        requestID: 1642424139872,
        dispositionMessage: 'ISSUED',
        binarySecurityToken: 'TUlJ',
        secret: 'c2VjcmV0',
      }),
    ],
    [
      'ERR-LIST',
      json('POST /compliance', 400, { errors: [{ code: 'Missing-OTP', message: 'OTP is required field' }] }),
    ],
    ['ERR-FLAT', json('POST /compliance', 400, { code: 'Missing-OTP', message: 'OTP is required field' })],
    [
      'NOT-COMPLIANT (CA refusal, secret absent)',
      json('POST /compliance', 400, {
        requestID: -2,
        tokenType: null,
        dispositionMessage: 'NOT_COMPLIANT',
        binarySecurityToken: null,
        errors: [
          'unable to submit and sign the csr in zatca side, caused : Denied by Policy Module 0x80094800',
        ],
      }),
    ],
    [
      'NOT-COMPLIANT (CSR attribute over 64 bytes)',
      json('POST /compliance', 400, { requestID: -1, tokenType: null, dispositionMessage: 'NOT_COMPLIANT' }),
    ],
    [
      '428 on renewal with a new CCSID',
      json('PATCH /production/csids', 428, {
        requestID: 1234567890123,
        tokenType: null,
        dispositionMessage: 'NOT_COMPLIANT',
        binarySecurityToken: 'TUlJ',
        secret: 'c2VjcmV0',
        errors: null,
      }),
    ],
    [
      'compliance check of a simplified document',
      json('POST /compliance/invoices', 200, {
        validationResults: results('PASS'),
        reportingStatus: 'REPORTED',
        clearanceStatus: null,
        qrSellertStatus: null,
        qrBuyertStatus: null,
      }),
    ],
    [
      'reporting 202 with a warning',
      json('POST /invoices/reporting/single', 202, {
        validationResults: results('WARNING', [message('WARNING', 'BR-KSA-98', 'late')]),
        reportingStatus: 'REPORTED',
      }),
    ],
    [
      'reporting 409 (OAS body, code null)',
      json('POST /invoices/reporting/single', 409, {
        validationResults: {
          ...results(
            'ERROR',
            [],
            [message('ERROR', null, 'Invoice was already Reported successfully earlier.')],
          ),
          infoMessages: [],
        },
        reportingStatus: 'NOT_REPORTED',
      }),
    ],
    [
      'clearance 208 (duplicate, CLEARED with clearedInvoice)',
      json('POST /invoices/clearance/single', 208, {
        validationResults: results('PASS'),
        clearanceStatus: 'CLEARED',
        clearedInvoice: 'PD94bWw=',
      }),
    ],
    [
      'clearance 400',
      json('POST /invoices/clearance/single', 400, {
        validationResults: results('ERROR', [], [message('ERROR', 'BR-KSA-27', 'x')]),
        clearanceStatus: 'NOT_CLEARED',
        clearedInvoice: null,
      }),
    ],
    [
      'results with the OAS spelling erroMessages',
      json('POST /invoices/reporting/single', 200, {
        validationResults: { infoMessages: [], warningMessages: [], erroMessages: [], status: 'PASS' },
        reportingStatus: 'REPORTED',
      }),
    ],
    [
      'SPRING-401',
      json('POST /invoices/reporting/single', 401, {
        timestamp: 1654514661409,
        status: 401,
        error: 'Unauthorized',
        message: '',
      }),
    ],
    [
      'TEXT-406',
      {
        endpoint: 'POST /compliance',
        status: 406,
        contentType: 'text/plain;charset=UTF-8',
        body: 'This Version is not supported or not provided in the header.',
      },
    ],
    [
      'E500-REQ',
      json('POST /compliance', 500, {
        code: 'Invalid-Request',
        message: 'System failed to process your request',
      }),
    ],
    [
      'E500-HTTP',
      json('POST /invoices/clearance/single', 500, {
        category: 'HTTP-Errors',
        code: '500',
        message: 'Something went wrong and caused an Internal Server Error.',
      }),
    ],
    [
      'INFO-303',
      json('POST /invoices/clearance/single', 303, {
        message: 'Clearance is deactiviated. Please use the /invoices/reporting/single endpoint instead.',
      }),
    ],
  ];
  for (const [name, answer] of documented) {
    it(`passes ${name}`, () => {
      expect(contractProblems(answer)).toEqual([]);
    });
  }
});

describe('contractProblems: answers the platform never sends', () => {
  const breaches: [string, RecordedAnswer, RegExp][] = [
    ['202 from the compliance check', json('POST /compliance/invoices', 202, {}), /never answers 202/],
    [
      '406 as JSON',
      json('POST /compliance', 406, {
        message: 'This Version is not supported or not provided in the header.',
      }),
      /text\/plain/,
    ],
    [
      '401 without the Spring fields',
      json('POST /production/csids', 401, { message: 'Unauthorized' }),
      /none of its shapes/,
    ],
    [
      '500 on reporting without category',
      json('POST /invoices/reporting/single', 500, { code: '500', message: 'x' }),
      /none/,
    ],
    [
      'an invoice answer with an extra field',
      json('POST /invoices/reporting/single', 200, {
        validationResults: results('PASS'),
        reportingStatus: 'REPORTED',
        clearedInvoice: null,
      }),
      /none of its shapes/,
    ],
    [
      'a 200 that is not REPORTED',
      json('POST /invoices/reporting/single', 200, {
        validationResults: results('ERROR'),
        reportingStatus: 'NOT_REPORTED',
      }),
      /REPORTED or CLEARED/,
    ],
    [
      'a compliance check with both statuses',
      json('POST /compliance/invoices', 200, {
        validationResults: results('PASS'),
        reportingStatus: 'REPORTED',
        clearanceStatus: 'CLEARED',
      }),
      /exactly one/,
    ],
    [
      'a clearance 409 with clearedInvoice',
      json('POST /invoices/clearance/single', 409, {
        validationResults: results('ERROR'),
        clearanceStatus: 'NOT_CLEARED',
        clearedInvoice: 'PD94bWw=',
      }),
      /no clearedInvoice/,
    ],
    [
      'a 428 renewal answer without the certificate',
      json('PATCH /production/csids', 428, {
        requestID: -1,
        tokenType: null,
        dispositionMessage: 'NOT_COMPLIANT',
        binarySecurityToken: '',
        secret: '',
        errors: null,
      }),
      /none of its shapes/,
    ],
    [
      'an ISSUED with an empty token',
      json('POST /compliance', 200, {
        requestID: 1,
        dispositionMessage: 'ISSUED',
        binarySecurityToken: '',
        secret: 's',
      }),
      /none/,
    ],
  ];
  for (const [name, answer, reason] of breaches) {
    it(`fails ${name}`, () => {
      const problems = contractProblems(answer);
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.join('\n')).toMatch(reason);
    });
  }

  it('lets injected faults through', () => {
    expect(
      contractProblems({
        endpoint: 'POST /compliance',
        status: 503,
        contentType: 'text/html',
        body: '',
        injected: true,
      }),
    ).toEqual([]);
    expect(
      contractProblems({ endpoint: 'POST /compliance', status: 503, contentType: 'text/html', body: '' }),
    ).toEqual(['POST /compliance never answers 503']);
  });
});

describe('endpointOf', () => {
  it('names the endpoint under any base path, and nothing else', () => {
    expect(endpointOf('POST', '/e-invoicing/simulation/compliance')).toBe('POST /compliance');
    expect(endpointOf('POST', '/e-invoicing/core/compliance/invoices')).toBe('POST /compliance/invoices');
    expect(endpointOf('patch', '/production/csids')).toBe('PATCH /production/csids');
    expect(endpointOf('POST', '/invoices/clearance/single?x=1')).toBe('POST /invoices/clearance/single');
    expect(endpointOf('GET', '/simulator/health')).toBeUndefined();
  });
});

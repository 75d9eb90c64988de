/**
 * The body shapes the Fatoora API answers with, as JSON Schemas, one per name of fatoora-api.md §5
 * ("Answers: body shapes"): written from that table, which was rewritten from ZATCA's OpenAPI
 * files (release 2.1.0) and from live bodies integrators recorded. Strict where the platform is
 * strict (the names of fields, their types, the enumerations), lenient where the doc records
 * variation (`tokenType` and `errors` absent in the OAS examples, `secret` absent from a live
 * NOT_COMPLIANT, the `erroMessages` spelling of the OAS schema).
 */
/** A JSON Schema, loosely typed: the shapes below are checked by ajv, not by TypeScript. */
export type Schema = Record<string, unknown>;

/** A base64 string (standard alphabet, padded). */
const BASE64 = { type: 'string', pattern: '^[A-Za-z0-9+/]*={0,2}$' } as const;

/** One entry of `infoMessages`, `warningMessages` or `errorMessages` (§5 "validationResults"). */
const MESSAGE: Schema = {
  type: 'object',
  required: ['type', 'code', 'category', 'message', 'status'],
  additionalProperties: false,
  properties: {
    type: { enum: ['INFO', 'WARNING', 'ERROR'] },
    code: { type: ['string', 'null'] },
    category: { type: ['string', 'null'] },
    message: { type: 'string' },
    status: { enum: ['PASS', 'WARNING', 'ERROR'] },
  },
};

const MESSAGES = { type: 'array', items: MESSAGE } as const;

/** `validationResults`; the OAS schema's `erroMessages` is accepted in place of `errorMessages`. */
const VALIDATION_RESULTS: Schema = {
  type: 'object',
  required: ['infoMessages', 'warningMessages', 'status'],
  additionalProperties: false,
  properties: {
    infoMessages: MESSAGES,
    warningMessages: MESSAGES,
    errorMessages: MESSAGES,
    erroMessages: MESSAGES,
    status: { enum: ['PASS', 'WARNING', 'ERROR'] },
  },
  oneOf: [{ required: ['errorMessages'] }, { required: ['erroMessages'] }],
};

/** ISSUED: a CSID granted (#1, #3, #4). */
export const ISSUED: Schema = {
  type: 'object',
  required: ['requestID', 'dispositionMessage', 'binarySecurityToken', 'secret'],
  additionalProperties: false,
  properties: {
    requestID: { type: 'integer' },
    tokenType: { type: ['string', 'null'] },
    dispositionMessage: { const: 'ISSUED' },
    binarySecurityToken: { ...BASE64, minLength: 1 },
    secret: { type: 'string', minLength: 1 },
    errors: { type: 'null' },
  },
};

/** NOT-COMPLIANT: a CA refusal (`requestID` -1 or -2, free-text `errors`) or renewal's 428. */
export const NOT_COMPLIANT: Schema = {
  type: 'object',
  required: ['requestID', 'tokenType', 'dispositionMessage'],
  additionalProperties: false,
  properties: {
    requestID: { type: 'integer' },
    tokenType: { type: 'null' },
    dispositionMessage: { const: 'NOT_COMPLIANT' },
    binarySecurityToken: { anyOf: [BASE64, { type: 'null' }] },
    secret: { type: ['string', 'null'] },
    errors: { anyOf: [{ type: 'array', items: { type: 'string' } }, { type: 'null' }] },
  },
};

/** Renewal's 428: NOT_COMPLIANT carrying a compliance CSID for the new CSR (§5 #4). */
export const NOT_COMPLIANT_WITH_CCSID: Schema = {
  ...NOT_COMPLIANT,
  required: ['requestID', 'tokenType', 'dispositionMessage', 'binarySecurityToken', 'secret'],
  properties: {
    ...(NOT_COMPLIANT.properties as Schema),
    requestID: { type: 'integer', minimum: 1 },
    binarySecurityToken: { ...BASE64, minLength: 1 },
    secret: { type: 'string', minLength: 1 },
  },
};

/** ERR-LIST: `{"errors":[{"code","message"}]}` (the OAS shape of CSID errors). */
export const ERR_LIST: Schema = {
  type: 'object',
  required: ['errors'],
  additionalProperties: false,
  properties: {
    errors: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['code', 'message'],
        additionalProperties: false,
        properties: { code: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
};

/** ERR-FLAT: `{"code","message"}` (the live shape of CSID errors). */
export const ERR_FLAT: Schema = {
  type: 'object',
  required: ['code', 'message'],
  additionalProperties: false,
  properties: { code: { type: 'string', minLength: 1 }, message: { type: 'string' } },
};

/** RESULT of `/compliance/invoices` (#2): both statuses present, one of them null (§5 #2). */
export const RESULT_COMPLIANCE: Schema = {
  type: 'object',
  required: ['validationResults', 'reportingStatus', 'clearanceStatus'],
  additionalProperties: false,
  properties: {
    validationResults: VALIDATION_RESULTS,
    reportingStatus: { enum: ['REPORTED', 'NOT_REPORTED', null] },
    clearanceStatus: { enum: ['CLEARED', 'NOT_CLEARED', null] },
    qrSellertStatus: { type: ['string', 'null'] },
    qrBuyertStatus: { type: ['string', 'null'] },
  },
};

/** RESULT of reporting (#5). */
export const RESULT_REPORTING: Schema = {
  type: 'object',
  required: ['validationResults', 'reportingStatus'],
  additionalProperties: false,
  properties: {
    validationResults: VALIDATION_RESULTS,
    reportingStatus: { enum: ['REPORTED', 'NOT_REPORTED'] },
  },
};

/** RESULT of clearance (#6): `clearedInvoice` is base64 XML, or null when not cleared. */
export const RESULT_CLEARANCE: Schema = {
  type: 'object',
  required: ['validationResults', 'clearanceStatus'],
  additionalProperties: false,
  properties: {
    validationResults: VALIDATION_RESULTS,
    clearanceStatus: { enum: ['CLEARED', 'NOT_CLEARED'] },
    clearedInvoice: { anyOf: [{ ...BASE64, minLength: 1 }, { type: 'null' }] },
  },
};

/** SPRING-401. */
export const SPRING_401: Schema = {
  type: 'object',
  required: ['timestamp', 'status', 'error', 'message'],
  additionalProperties: false,
  properties: {
    timestamp: { type: 'integer' },
    status: { const: 401 },
    error: { const: 'Unauthorized' },
    message: { type: 'string' },
  },
};

/** E500-REQ (#1–#3). */
export const E500_REQUEST: Schema = {
  type: 'object',
  required: ['code', 'message'],
  additionalProperties: false,
  properties: { code: { const: 'Invalid-Request' }, message: { type: 'string' } },
};

/** E500-HTTP (#4–#6). */
export const E500_HTTP: Schema = {
  type: 'object',
  required: ['category', 'code', 'message'],
  additionalProperties: false,
  properties: { category: { const: 'HTTP-Errors' }, code: { type: 'string' }, message: { type: 'string' } },
};

/** INFO-303: clearance switched off (ZATCA's spelling "deactiviated" kept). */
export const INFO_303: Schema = {
  type: 'object',
  required: ['message'],
  additionalProperties: false,
  properties: { message: { type: 'string', minLength: 1 } },
};

/** TEXT-406's exact body, sent as `text/plain;charset=UTF-8`. */
export const TEXT_406 = 'This Version is not supported or not provided in the header.';

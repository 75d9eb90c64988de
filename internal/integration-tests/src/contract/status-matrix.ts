/**
 * fatoora-api.md §5's status matrix: for each of the six endpoints and each status it may answer,
 * the body shapes allowed. An answer whose status is not in its endpoint's row is a contract
 * breach as much as a body of the wrong shape. Statuses the doc lists as injected faults (429,
 * 503: "any 5xx as 500") are allowed on every endpoint with the endpoint's 500 body or none.
 */
import {
  E500_HTTP,
  E500_REQUEST,
  ERR_FLAT,
  ERR_LIST,
  INFO_303,
  ISSUED,
  NOT_COMPLIANT,
  NOT_COMPLIANT_WITH_CCSID,
  RESULT_CLEARANCE,
  RESULT_COMPLIANCE,
  RESULT_REPORTING,
  type Schema,
  SPRING_401,
} from './answer-shapes.ts';

/** The six endpoints, by method and path below the environment's base path (§4). */
export type Endpoint =
  | 'POST /compliance'
  | 'POST /compliance/invoices'
  | 'POST /production/csids'
  | 'PATCH /production/csids'
  | 'POST /invoices/reporting/single'
  | 'POST /invoices/clearance/single';

/** What a status may carry: JSON of one of these shapes, or the 406 text. */
export type AllowedBody = readonly Schema[] | 'text-406';

const CSID_ERRORS = [ERR_FLAT, ERR_LIST] as const;
/** 406 on every endpoint, 401 on every one but #1. */
const COMMON = { 406: 'text-406' } as const;
const AUTHENTICATED = { ...COMMON, 401: [SPRING_401] } as const;

/** The status matrix of fatoora-api.md §5, with each cell's shapes. */
export const STATUS_MATRIX: Record<Endpoint, Readonly<Record<number, AllowedBody>>> = {
  'POST /compliance': {
    ...COMMON,
    200: [ISSUED],
    400: [...CSID_ERRORS, NOT_COMPLIANT],
    500: [E500_REQUEST],
  },
  'POST /compliance/invoices': {
    ...AUTHENTICATED,
    200: [RESULT_COMPLIANCE],
    400: [RESULT_COMPLIANCE],
    500: [E500_REQUEST],
  },
  'POST /production/csids': {
    ...AUTHENTICATED,
    200: [ISSUED, NOT_COMPLIANT],
    400: CSID_ERRORS,
    428: [NOT_COMPLIANT],
    500: [E500_REQUEST],
  },
  'PATCH /production/csids': {
    ...AUTHENTICATED,
    200: [ISSUED],
    400: [...CSID_ERRORS, NOT_COMPLIANT],
    428: [NOT_COMPLIANT_WITH_CCSID],
    500: [E500_HTTP],
  },
  'POST /invoices/reporting/single': {
    ...AUTHENTICATED,
    200: [RESULT_REPORTING],
    202: [RESULT_REPORTING],
    303: [INFO_303],
    400: [RESULT_REPORTING],
    409: [RESULT_REPORTING],
    500: [E500_HTTP],
  },
  'POST /invoices/clearance/single': {
    ...AUTHENTICATED,
    200: [RESULT_CLEARANCE],
    202: [RESULT_CLEARANCE],
    208: [RESULT_CLEARANCE],
    303: [INFO_303],
    400: [RESULT_CLEARANCE],
    409: [RESULT_CLEARANCE],
    500: [E500_HTTP],
  },
};

/** Statuses a fault injection may produce on any endpoint (§8: 429 handled as 503; §5: 5xx as 500). */
export const INJECTED_FAULT_STATUSES: readonly number[] = [429, 502, 503, 504];

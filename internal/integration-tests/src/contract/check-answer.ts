/**
 * Checks one recorded answer of the platform (or the simulator) against fatoora-api.md's contract:
 * its status must be in its endpoint's row of the status matrix, and its body one of that cell's
 * shapes (ajv, every error reported). Beyond the shapes, the few cross-field facts the doc states:
 * a RESULT's HTTP status agrees with its `status` and outcome fields (§5, §9).
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { type Schema, TEXT_406 } from './answer-shapes.ts';
import { type Endpoint, INJECTED_FAULT_STATUSES, STATUS_MATRIX } from './status-matrix.ts';

/** One answer as the wire carried it. */
export interface RecordedAnswer {
  readonly endpoint: Endpoint;
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
  /** Whether a fault was injected on purpose (then 429/5xx may carry anything or nothing). */
  readonly injected?: boolean;
}

const ajv = new Ajv({ allErrors: true, strict: false });
const compiled = new Map<Schema, ValidateFunction>();
const validatorOf = (schema: Schema) => {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
};

/** The endpoint an HTTP method and a path (under any base path) name, if it is one of the six. */
export function endpointOf(method: string, path: string): Endpoint | undefined {
  const bare = path.split('?')[0]!.replace(/\/+$/, '');
  const candidates = Object.keys(STATUS_MATRIX) as Endpoint[];
  return candidates
    .filter((endpoint) => {
      const [endpointMethod, endpointPath] = endpoint.split(' ') as [string, string];
      return endpointMethod === method.toUpperCase() && bare.endsWith(endpointPath);
    })
    .sort((a, b) => b.length - a.length)[0];
}

/** What is wrong with an answer: nothing (an empty list) when it keeps the contract. */
export function contractProblems(answer: RecordedAnswer): string[] {
  const { endpoint, status } = answer;
  if (answer.injected && INJECTED_FAULT_STATUSES.includes(status)) return [];
  const allowed = STATUS_MATRIX[endpoint][status];
  if (allowed === undefined) return [`${endpoint} never answers ${status}`];
  if (allowed === 'text-406') {
    const problems: string[] = [];
    if (!/^text\/plain;\s*charset=UTF-8$/i.test(answer.contentType))
      problems.push(`406 must be text/plain;charset=UTF-8, was ${answer.contentType}`);
    if (answer.body !== TEXT_406) problems.push(`406 body must be "${TEXT_406}", was "${answer.body}"`);
    return problems;
  }
  if (!/^application\/json\b/i.test(answer.contentType))
    return [`${endpoint} ${status} must be JSON, was ${answer.contentType}`];
  let body: unknown;
  try {
    body = JSON.parse(answer.body);
  } catch {
    return [`${endpoint} ${status}: the body is not JSON`];
  }
  const failures: string[] = [];
  for (const schema of allowed) {
    const validate = validatorOf(schema);
    if (validate(body)) return resultConsistency(endpoint, status, body);
    failures.push(ajv.errorsText(validate.errors, { separator: '; ' }));
  }
  return [`${endpoint} ${status}: the body matches none of its shapes (${failures.join(' | ')})`];
}

/** The RESULT facts ajv cannot state: the HTTP status, `validationResults.status` and the outcome agree. */
function resultConsistency(endpoint: Endpoint, status: number, body: unknown): string[] {
  if (typeof body !== 'object' || body === null || !('validationResults' in body)) return [];
  const result = body as {
    validationResults: { status: string };
    reportingStatus?: string | null;
    clearanceStatus?: string | null;
    clearedInvoice?: string | null;
  };
  const verdict = result.validationResults.status;
  const outcome = result.reportingStatus ?? result.clearanceStatus ?? null;
  const problems: string[] = [];
  const expect = (condition: boolean, text: string) => {
    if (!condition) problems.push(`${endpoint} ${status}: ${text}`);
  };
  if (endpoint === 'POST /compliance/invoices') {
    expect(
      (result.reportingStatus === null) !== (result.clearanceStatus === null),
      'exactly one of reportingStatus and clearanceStatus is set (the document decides)',
    );
    expect(status !== 200 || verdict !== 'ERROR', '200 carries PASS or WARNING');
    expect(status !== 400 || verdict === 'ERROR', '400 carries ERROR');
    return problems;
  }
  if (status === 200 || status === 208)
    expect(outcome === 'REPORTED' || outcome === 'CLEARED', `${status} means REPORTED or CLEARED`);
  if (status === 202) expect(verdict === 'WARNING', '202 carries WARNING');
  if (status === 400) expect(verdict === 'ERROR', '400 carries ERROR');
  if (endpoint === 'POST /invoices/clearance/single') {
    const cleared = outcome === 'CLEARED';
    if (status !== 409)
      expect(cleared === Boolean(result.clearedInvoice), 'clearedInvoice is there exactly when CLEARED');
    else expect(!result.clearedInvoice, 'a clearance 409 brings no clearedInvoice');
  }
  return problems;
}

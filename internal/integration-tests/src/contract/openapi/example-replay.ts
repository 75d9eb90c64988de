/**
 * What the replay of ZATCA's OpenAPI examples needs beside the test itself: the files' examples
 * by a readable key (`POST /invoices/reporting/single 400 Missing Invoice Hash`, or `… request
 * reported` for a request body), a plain `fetch` call that keeps the answer as the wire carried
 * it, and the judgement of an answer against the file: its schema (`openapi-answer-check.ts`),
 * fatoora-api.md's status matrix (`check-answer.ts`), and the shape of the example documented for
 * it, read through the live difference the doc records, if any.
 */
import { contractProblems, endpointOf } from '../check-answer.ts';
import { shapeDepartures } from './example-shape.ts';
import { LIVE_DIFFERENCES, type LiveDifference, type LiveDifferenceName } from './live-differences.ts';
import { type AnswerOnTheWire, OpenApiAnswerCheck, type OpenApiVerdict } from './openapi-answer-check.ts';
import type { OpenApiDocument } from './openapi-document.ts';
import { type DocumentedExample, documentedExamples } from './openapi-examples.ts';
import { OpenApiResponses } from './openapi-responses.ts';

/** An answer as the simulator sent it, its body parsed when it is JSON. */
export interface ReplayedAnswer extends AnswerOnTheWire {
  readonly json: unknown;
}

/**
 * Sends one call with `fetch`, exactly the headers given (no `Accept-Version` unless among them).
 *
 * @example
 * ```ts
 * await send(`${base}/invoices/reporting/single`, 'POST', { 'Accept-Version': 'V2' }, example);
 * ```
 */
export async function send(
  url: string,
  method: string,
  headers: Record<string, string>,
  body: unknown,
): Promise<ReplayedAnswer> {
  const response = await fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
    redirect: 'manual',
  });
  const text = await response.text();
  const contentType = response.headers.get('content-type') ?? '';
  return {
    method,
    path: new URL(url).pathname,
    status: response.status,
    contentType,
    body: text,
    json: /^application\/json\b/i.test(contentType) && text !== '' ? JSON.parse(text) : undefined,
  };
}

/** The key of an example: `METHOD /path status name`, with `request` for a request body's. */
export const exampleKey = (example: Pick<DocumentedExample, 'method' | 'path' | 'status' | 'name'>) =>
  `${example.method} ${example.path} ${example.status} ${example.name}`;

/**
 * The examples of a set of files, and the judgement of answers against them.
 *
 * @example
 * ```ts
 * const files = new FileExamples(readOpenApiFolder(folder));
 * files.example('POST /invoices/reporting/single 409 conflict'); // the documented body
 * files.problems(answer, 'POST /invoices/reporting/single 202 reported'); // [] when it fits
 * ```
 */
export class FileExamples {
  readonly documents: readonly OpenApiDocument[];
  readonly all: readonly DocumentedExample[];
  readonly #check: OpenApiAnswerCheck;

  constructor(documents: readonly OpenApiDocument[]) {
    this.documents = documents;
    this.all = documents.flatMap(documentedExamples);
    this.#check = new OpenApiAnswerCheck(new OpenApiResponses(documents));
  }

  /**
   * The value of one example.
   *
   * @throws Error when the files have no example of that key (they changed: the replay must too).
   */
  example(key: string): unknown {
    const found = this.all.find((example) => exampleKey(example) === key);
    if (!found) throw new Error(`the OpenAPI files have no example ${key}`);
    return found.value;
  }

  /** The file that documents an operation. */
  documentOf(method: string, path: string): OpenApiDocument {
    const found = this.all.find((example) => example.method === method && example.path === path);
    const document = this.documents.find((candidate) => candidate.file === found?.file);
    if (!document) throw new Error(`the OpenAPI files do not document ${method} ${path}`);
    return document;
  }

  /** The files' schema check of an answer (`openapi-answer-check.ts`). */
  verdict(answer: AnswerOnTheWire): OpenApiVerdict {
    return this.#check.verdict(answer);
  }

  /**
   * What is wrong with an answer given the example it should match in shape: a breach of the
   * file's schema, of fatoora-api.md's status matrix, or of the example's shape (read through the
   * named live difference, whose extra fields are allowed).
   */
  problems(answer: ReplayedAnswer, key: string, difference?: LiveDifferenceName): string[] {
    const verdict = this.verdict(answer);
    const problems = verdict.checked ? [...verdict.problems] : [];
    const endpoint = endpointOf(answer.method, answer.path);
    if (endpoint) problems.push(...contractProblems({ ...answer, endpoint }));
    const excuse: LiveDifference | undefined = difference ? LIVE_DIFFERENCES[difference] : undefined;
    const expected = excuse?.readExample ? excuse.readExample(this.example(key)) : this.example(key);
    const actual = answer.json ?? answer.body;
    const beyond = excuse?.fieldsBeyondExample ? { fieldsBeyondExample: excuse.fieldsBeyondExample } : {};
    problems.push(...shapeDepartures(expected, actual, beyond).map((departure) => `${key}: ${departure}`));
    return problems;
  }
}

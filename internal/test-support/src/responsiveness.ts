/**
 * The load behind issue 9's responsiveness proofs (the simulator's and the demo proxy's): one
 * client on loopback sends the worst compliance-check bodies a body cap allows — issue 9's
 * namespace flood, nesting as deep as fits, an attribute-heavy genuine invoice that is read in
 * full, a body just over the cap, and that invoice again trickling in — while a second client sends
 * a normal request every 20 ms. Both loops are bounded (40 hostile requests or 20 s). Normal
 * latencies are counted from each request's scheduled time (an open loop), so time spent waiting
 * behind a blocked event loop counts too. {@link expectResponsive} states the proofs' claim on what
 * the load measured.
 */
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { expect } from 'vitest';
import { HOSTILE_SHAPES } from './hostile-xml.ts';
import { ZATCA_SDK_DATA_URL } from './zatca-sdk-paths.ts';

const HOSTILE_REQUESTS = 40;
const HOSTILE_TIME_LIMIT_MS = 20_000;
const HOSTILE_CONCURRENCY = 3;
const NORMAL_INTERVAL_MS = 20;

const sampleText = readFileSync(
  new URL('Samples/Simplified/Invoice/Simplified_Invoice.xml', ZATCA_SDK_DATA_URL),
  'utf8',
);

/** How one request ended: its status, or the error that ended it. */
export type Outcome = { readonly status: number } | { readonly error: string };

/** One request over loopback with node:http. */
function send(options: {
  port: number;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: Buffer;
  /** Sends the body in 64 KiB pieces this far apart (a slow client). */
  trickleMs?: number;
}): Promise<Outcome> {
  return new Promise((resolve) => {
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port: options.port,
        method: options.method,
        path: options.path,
        headers: {
          ...options.headers,
          ...(options.body ? { 'content-length': String(options.body.length) } : {}),
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode ?? 0 }));
        response.on('error', (error) => resolve({ error: error.message }));
      },
    );
    request.on('error', (error) => resolve({ error: error.message }));
    const { body, trickleMs } = options;
    if (!body || trickleMs === undefined) {
      request.end(body);
      return;
    }
    let offset = 0;
    const next = () => {
      if (request.destroyed) return;
      const piece = body.subarray(offset, offset + 64 * 1024);
      offset += piece.length;
      if (offset >= body.length) request.end(piece);
      else {
        request.write(piece);
        setTimeout(next, trickleMs);
      }
    };
    next();
  });
}

/** The signed SDK sample with `insert` just inside its ext:UBLExtensions. */
function withinExtensions(insert: string): string {
  const at = sampleText.indexOf('<ext:UBLExtension>');
  return `${sampleText.slice(0, at)}${insert}${sampleText.slice(at)}`;
}

/** A compliance call body carrying `xml`. */
function callBody(xml: string): Buffer {
  return Buffer.from(
    JSON.stringify({
      invoiceHash: 'bm90LWEtaGFzaA==',
      uuid: '3cf5ee18-ee25-44ea-a444-2c37ba7f28be',
      invoice: Buffer.from(xml).toString('base64'),
    }),
  );
}

/** The call body of the largest document `make` gives that fits under `cap` (shapes overshoot a little). */
function fitting(make: (size: number) => string, cap: number): Buffer {
  // base64 in JSON: 4 characters per 3 bytes, and a kilobyte for the rest of the body.
  for (let size = Math.floor(((cap - 1024) * 3) / 4); ; size = Math.floor(size * 0.98)) {
    const body = callBody(make(size));
    if (body.length <= cap) return body;
  }
}

/** `unit` repeated inside the sample's extensions to fill `size` characters. */
function filledInvoice(unit: string, size: number): string {
  return withinExtensions(unit.repeat(Math.floor((size - sampleText.length) / unit.length)));
}

interface HostileBody {
  readonly name: string;
  readonly body: Buffer;
  readonly trickleMs?: number;
  /** The statuses it may get; `error` when the server may cut the connection (after a 413). */
  readonly outcomes: readonly (number | 'error')[];
}

function hostileBodies(cap: number): HostileBody[] {
  const attributes = `<a ${Array.from({ length: 60 }, (_, index) => `b${index}="v"`).join(' ')}/>`;
  const attributeHeavy = fitting((fill) => filledInvoice(attributes, fill), cap);
  return [
    { name: 'namespace flood', body: fitting(HOSTILE_SHAPES.namespaces, cap), outcomes: [400] },
    {
      name: 'deep nesting',
      body: fitting((fill) => {
        const depth = Math.floor((fill - sampleText.length) / 7);
        return withinExtensions('<a>'.repeat(depth) + '</a>'.repeat(depth));
      }, cap),
      outcomes: [400],
    },
    { name: 'attribute-heavy invoice, read in full', body: attributeHeavy, outcomes: [400] },
    { name: 'just over the cap', body: Buffer.alloc(cap + 1, 0x20), outcomes: [413, 'error'] },
    { name: 'slow attribute-heavy invoice', body: attributeHeavy, trickleMs: 50, outcomes: [400] },
  ];
}

/** The `p`th percentile (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** What {@link runHostileLoad} measured. */
export interface LoadReport {
  /** Each normal request's latency in milliseconds, counted from its scheduled time. */
  readonly latencies: readonly number[];
  /** Normal requests that did not end in 200. */
  readonly failures: readonly string[];
  /** Hostile requests whose outcome was not one their body may get. */
  readonly unexpected: readonly string[];
  /** One line with the counts and the p50, p99 and worst latencies. */
  readonly summary: string;
}

/**
 * Runs the hostile and the normal client together until the hostile one is done.
 *
 * @example
 * ```ts
 * const report = await runHostileLoad({ port, bodyCap: 2 * 1024 * 1024, invoicePath: '/compliance/invoices', headers, normalPath: '/simulator/health' });
 * expect(percentile(report.latencies, 99)).toBeLessThan(200);
 * ```
 */
export async function runHostileLoad(target: {
  readonly port: number;
  readonly bodyCap: number;
  /** Where the hostile bodies go (a compliance check), with `headers` (credentials included). */
  readonly invoicePath: string;
  readonly headers: Record<string, string>;
  /** The normal request, a GET answered 200. */
  readonly normalPath: string;
}): Promise<LoadReport> {
  const { port } = target;
  const bodies = hostileBodies(target.bodyCap);
  const started = performance.now();
  let sent = 0;
  const unexpected: string[] = [];
  const attacker = async () => {
    while (sent < HOSTILE_REQUESTS && performance.now() - started < HOSTILE_TIME_LIMIT_MS) {
      const hostile = bodies[sent++ % bodies.length] as HostileBody;
      const outcome = await send({
        port,
        method: 'POST',
        path: target.invoicePath,
        headers: target.headers,
        body: hostile.body,
        ...(hostile.trickleMs !== undefined ? { trickleMs: hostile.trickleMs } : {}),
      });
      if (!hostile.outcomes.includes('status' in outcome ? outcome.status : 'error')) {
        unexpected.push(`${hostile.name}: ${JSON.stringify(outcome)}`);
      }
    }
  };
  const latencies: number[] = [];
  const failures: string[] = [];
  let attacking = true;
  const normal = async () => {
    const answered: Promise<void>[] = [];
    for (let index = 0; attacking; index++) {
      const scheduled = started + index * NORMAL_INTERVAL_MS;
      const wait = scheduled - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      answered.push(
        send({ port, method: 'GET', path: target.normalPath }).then((outcome) => {
          latencies.push(performance.now() - scheduled);
          if (!('status' in outcome) || outcome.status !== 200) failures.push(JSON.stringify(outcome));
        }),
      );
    }
    await Promise.all(answered);
  };
  const normalLoop = normal();
  await Promise.all(Array.from({ length: HOSTILE_CONCURRENCY }, attacker));
  attacking = false;
  await normalLoop;
  const summary = `${sent} hostile requests in ${Math.round(performance.now() - started)} ms; ${latencies.length} normal requests, p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms`;
  return { latencies, failures, unexpected, summary };
}

/**
 * Checks issue 9's claim on what {@link runHostileLoad} measured: every hostile request ended as its
 * body may end, every normal request got 200, more than 20 were sent, and their p99 latency is under
 * 200 ms. Each failure message carries the report's summary.
 *
 * @throws an assertion error when the claim does not hold.
 * @example
 * ```ts
 * expectResponsive(await runHostileLoad({ port, bodyCap, invoicePath, headers, normalPath: '/simulator/health' }));
 * ```
 */
export function expectResponsive(report: LoadReport): void {
  expect(report.unexpected, report.summary).toEqual([]);
  expect(report.failures, report.summary).toEqual([]);
  expect(report.latencies.length, report.summary).toBeGreaterThan(20);
  expect(percentile(report.latencies, 99), report.summary).toBeLessThan(200);
}

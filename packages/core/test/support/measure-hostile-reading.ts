/**
 * Measures reading (readXml, then C14N and the text and descendant walks that hashing and
 * verification use) of every hostile shape at two sizes, in a process of its own so that timings
 * and memory are not disturbed by the test runner: run it as
 * `node --expose-gc --import tsx measure-hostile-reading.ts <smallBytes> <largeBytes>`; it prints
 * one JSON line per shape with the time per KB at each size (best of several runs) and the heap
 * the large document and its canonical form hold, relative to the input's size (`--expose-gc`
 * lets it count live objects only).
 */

import { HOSTILE_SHAPES, type HostileShape, UNLIMITED } from '@fatoora/test-support/hostile-xml';
import { canonicalize } from '../../src/xml/c14n.ts';
import { descendantElements } from '../../src/xml/dom.ts';
import { readXml } from '../../src/xml/read-xml.ts';

const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error('run with node --expose-gc');

const [small = 100 * 1024, large = 2 * 1024 * 1024] = process.argv.slice(2).map(Number);
const encoder = new TextEncoder();

function readOnce(bytes: Uint8Array): number {
  const document = readXml(bytes, UNLIMITED);
  const root = document.documentElement!;
  const canonical = canonicalize(document);
  return canonical.length + root.textContent.length + descendantElements(document, 'urn:none', 'x').length;
}

function bestMilliseconds(bytes: Uint8Array, runs: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    readOnce(bytes);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * What a reader keeps: the document and its canonical form (flattened, as hashing does), after a
 * collection so that only live objects count. A function of its own, so that nothing of the
 * previous shape is still referenced from this frame when the baseline is taken.
 */
function heldAfterReading(bytes: Uint8Array): number {
  collect!();
  const before = process.memoryUsage().heapUsed;
  const document = readXml(bytes, UNLIMITED);
  const canonical = canonicalize(document);
  encoder.encodeInto(canonical, new Uint8Array(1));
  collect!();
  const held = process.memoryUsage().heapUsed - before;
  if (!document.documentElement || canonical.length === 0) throw new Error('nothing was read');
  return held;
}

for (const shape of Object.keys(HOSTILE_SHAPES) as HostileShape[]) {
  const smallBytes = encoder.encode(HOSTILE_SHAPES[shape](small));
  const largeBytes = encoder.encode(HOSTILE_SHAPES[shape](large));
  bestMilliseconds(smallBytes, 5); // warm-up: let the JIT compile the reader before timing
  const smallMs = bestMilliseconds(smallBytes, 7);
  // Best of 3 at 2 MB (each run costs 20 small ones; this was the slowest part of CI's timing
  // phase with 5): two runs gave per-KB ratios of 0.8–2.1, the range best of 5 gave.
  const largeMs = bestMilliseconds(largeBytes, 3);

  const heldBytes = heldAfterReading(largeBytes);

  console.log(
    JSON.stringify({
      shape,
      smallBytes: smallBytes.length,
      largeBytes: largeBytes.length,
      smallMsPerKb: (smallMs / smallBytes.length) * 1024,
      largeMsPerKb: (largeMs / largeBytes.length) * 1024,
      largeMs,
      heapPerInputByte: Math.max(0, heldBytes) / largeBytes.length,
    }),
  );
}

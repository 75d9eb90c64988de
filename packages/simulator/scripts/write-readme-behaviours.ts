/**
 * Rewrites the behaviour table of the simulator's README (between its `behaviours:start` and
 * `behaviours:end` markers) from `src/behaviours/behaviour-table.ts`. A test fails while the two
 * disagree; run this after changing the table:
 *
 * ```sh
 * npx tsx packages/simulator/scripts/write-readme-behaviours.ts
 * ```
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { behaviourTableMarkdown, README_MARKERS } from '../src/behaviours/render-behaviours.ts';

const readme = new URL('../README.md', import.meta.url);
const text = readFileSync(readme, 'utf8');
const start = text.indexOf(README_MARKERS.start);
const end = text.indexOf(README_MARKERS.end);
if (start === -1 || end < start) throw new Error('The README has no behaviour markers.');
const table = `${README_MARKERS.start}\n${behaviourTableMarkdown()}\n${README_MARKERS.end}`;
writeFileSync(readme, `${text.slice(0, start)}${table}${text.slice(end + README_MARKERS.end.length)}`);

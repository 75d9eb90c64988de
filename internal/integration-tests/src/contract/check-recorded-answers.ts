/**
 * Checks every answer the simulator gave during a test run against the contract (issue 13 §4).
 * The simulator appends each answer of the six endpoints to `<folder>/answers-<pid>.jsonl` when
 * `FATOORA_SIMULATOR_ANSWER_LOG=<folder>` is set (scripts/test.sh sets it for the whole suite);
 * this reads them all and exits 1 listing each breach, grouped so that one wrong shape answered a
 * thousand times reads as one line. When ZATCA's OpenAPI files are beside the repository
 * (`../shared/zatca-openapi`, or `FATOORA_ZATCA_OPENAPI`), each answer they document is also
 * validated against their schema (`openapi/recorded-openapi-check.ts`); without them that check is
 * skipped with one line.
 *
 *   tsx internal/integration-tests/src/contract/check-recorded-answers.ts <folder>
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contractProblems, endpointOf } from './check-answer.ts';
import { recordedOpenApiCheck } from './openapi/recorded-openapi-check.ts';

/** One line of an answer log, as the simulator writes it. */
interface LoggedAnswer {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
  readonly injected?: boolean;
  readonly gateway?: boolean;
}

const folder = process.argv[2];
if (!folder) {
  console.error('usage: check-recorded-answers.ts <folder of answers-*.jsonl>');
  process.exit(2);
}
const files = readdirSync(folder).filter((file) => /^answers-.*\.jsonl$/.test(file));
const openApi = recordedOpenApiCheck(process.env);
const breaches = new Map<string, number>();
const seen = new Map<string, number>();
let answers = 0;
for (const file of files) {
  for (const line of readFileSync(join(folder, file), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const logged = JSON.parse(line) as LoggedAnswer;
    const endpoint = endpointOf(logged.method, logged.path);
    if (!endpoint) continue; // the simulator's own admin routes are not the platform's
    // What the gateway answers before the platform sees the call (no such route or method, a body
    // too large or not JSON): ZATCA documents none of these, the simulator answers them its own way.
    if (logged.gateway) continue;
    answers += 1;
    const cell = `${endpoint} ${logged.status}`;
    seen.set(cell, (seen.get(cell) ?? 0) + 1);
    for (const problem of [...contractProblems({ ...logged, endpoint }), ...openApi.problemsOf(logged)]) {
      breaches.set(problem, (breaches.get(problem) ?? 0) + 1);
    }
  }
}
console.log(`contract: ${answers} simulator answers in ${files.length} logs, by endpoint and status:`);
for (const [cell, count] of [...seen].sort()) console.log(`  ${cell.padEnd(42)} ${count}`);
for (const line of openApi.summary()) console.log(line);
if (answers === 0) {
  console.error('contract: no answer was recorded: is FATOORA_SIMULATOR_ANSWER_LOG reaching the simulator?');
  process.exit(1);
}
if (breaches.size > 0) {
  console.error(`contract: ${breaches.size} kinds of breach:`);
  for (const [problem, count] of breaches) console.error(`  ${count}× ${problem}`);
  process.exit(1);
}
console.log('contract: every answer keeps fatoora-api.md §5 (and the OpenAPI files, where checked)');

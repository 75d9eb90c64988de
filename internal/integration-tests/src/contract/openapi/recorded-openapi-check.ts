/**
 * The OpenAPI half of `check-recorded-answers.ts`: each recorded answer whose endpoint and status
 * have a schema in ZATCA's OpenAPI files is validated against it (`openapi-answer-check.ts`), and
 * a tally says what was checked, what the files leave undocumented and which live differences
 * were applied. Without the files (they are placed beside the repository, not committed:
 * PROVENANCE.md) the check is skipped with one line saying where it looked, and fails nothing.
 */
import { type AnswerOnTheWire, OpenApiAnswerCheck } from './openapi-answer-check.ts';
import { readOpenApiFolder } from './openapi-document.ts';
import { presentOpenApiFolder, zatcaOpenApiFolder } from './openapi-folder.ts';
import { OpenApiResponses } from './openapi-responses.ts';

/** The OpenAPI check over a run's recorded answers. */
export interface RecordedOpenApiCheck {
  /** The breaches of one answer (none when it keeps the files, or they do not document it). */
  problemsOf(answer: AnswerOnTheWire): readonly string[];
  /** Lines saying what was checked, for the end of the run. */
  summary(): string[];
}

const count = (tally: Map<string, number>, key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);

/**
 * The check for the folder the environment names (see `openapi-folder.ts`), or a skipping one.
 *
 * @throws Error when the folder is there but holds no OpenAPI 3.0 file, or a file cannot be read.
 * @example
 * ```ts
 * const openApi = recordedOpenApiCheck(process.env);
 * for (const answer of answers) breaches.push(...openApi.problemsOf(answer));
 * for (const line of openApi.summary()) console.log(line);
 * ```
 */
export function recordedOpenApiCheck(environment: NodeJS.ProcessEnv): RecordedOpenApiCheck {
  const folder = presentOpenApiFolder(environment);
  if (!folder) {
    const looked = zatcaOpenApiFolder(environment);
    return {
      problemsOf: () => [],
      summary: () => [
        `openapi: skipped, no ZATCA OpenAPI files at ${looked} (set FATOORA_ZATCA_OPENAPI; see internal/integration-tests/src/contract/openapi/PROVENANCE.md)`,
      ],
    };
  }
  const documents = readOpenApiFolder(folder);
  const check = new OpenApiAnswerCheck(new OpenApiResponses(documents));
  const validated = new Map<string, number>();
  const undocumented = new Map<string, number>();
  const excused = new Map<string, number>();
  return {
    problemsOf(answer) {
      const verdict = check.verdict(answer);
      if (!verdict.checked) {
        if (verdict.reason !== 'endpoint-not-documented') {
          count(undocumented, `${verdict.where} (${verdict.reason})`);
        }
        return [];
      }
      count(validated, verdict.where);
      if (verdict.acceptedBy) count(excused, verdict.acceptedBy);
      return verdict.problems.map((problem) => `openapi: ${problem}`);
    },
    summary() {
      const total = [...validated.values()].reduce((sum, n) => sum + n, 0);
      const lines = [
        `openapi: ${total} answers checked against ${documents.map((d) => d.file).join(', ')} in ${folder}:`,
        ...[...validated].sort().map(([where, n]) => `  ${where.padEnd(78)} ${n}`),
      ];
      if (undocumented.size > 0) {
        lines.push('openapi: not in the files, so judged by fatoora-api.md alone:');
        lines.push(...[...undocumented].sort().map(([where, n]) => `  ${where.padEnd(78)} ${n}`));
      }
      for (const [name, n] of excused)
        lines.push(`openapi: ${n} answers accepted as live difference ${name}`);
      return lines;
    },
  };
}

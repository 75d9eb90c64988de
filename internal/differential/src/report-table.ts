/**
 * The check's result as text for a terminal or a CI log: one row per document (its source, what
 * ZATCA's stages, core and the simulator say, how many differences), then every difference with
 * its subject and, when it is accepted, the reason — and the stale entries of the list.
 */
import type { DifferentialResult, DocumentResult } from './harness.ts';
import { ZATCA_STAGES } from './zatca-verdict.ts';

/**
 * Formats a result.
 *
 * @example
 * ```ts
 * console.log(formatReport(await runDifferentialCheck(folder)));
 * ```
 */
export function formatReport(result: DifferentialResult): string {
  const header = ['#', 'document', 'kind', 'ZATCA', 'core rules', 'verifyInvoice', 'simulator', 'diff'];
  const rows = result.documents.map((document, index) => row(document, index + 1));
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((cells) => (cells[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  const lines = [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line), ''];

  result.documents.forEach((document, index) => {
    for (const difference of document.differences) {
      const status = difference.knownBecause ? `known: ${difference.knownBecause}` : 'UNEXPECTED';
      lines.push(`#${index + 1} ${difference.kind} ${difference.subject}: ${difference.detail} [${status}]`);
    }
  });
  const notAsked = new Map<string, number[]>();
  result.documents.forEach(({ simulator }, index) => {
    if (!simulator.asked)
      notAsked.set(simulator.reason, [...(notAsked.get(simulator.reason) ?? []), index + 1]);
  });
  for (const [reason, numbers] of notAsked) {
    lines.push(`simulator not asked (${reason}): ${numbers.map((number) => `#${number}`).join(' ')}`);
  }
  for (const entry of result.stale) {
    lines.push(`STALE known difference (no longer occurs): ${entry.file} ${entry.kind} ${entry.subject}`);
  }
  const differences = result.documents.reduce((count, document) => count + document.differences.length, 0);
  const repositories = new Set(result.documents.map((document) => document.document.repository)).size;
  lines.push(
    '',
    `${result.documents.length} documents from ${repositories} repositories: ${differences} differences, ${differences - result.unexpected} known, ${result.unexpected} unexpected, ${result.stale.length} stale known.`,
  );
  return lines.join('\n');
}

function row(result: DocumentResult, number: number): string[] {
  const { document, ours, zatca, simulator, differences } = result;
  const failing = ZATCA_STAGES.filter((stage) => stage !== 'PIH' && zatca.stages[stage] !== 'PASSED');
  const unexpected = differences.filter((difference) => !difference.knownBecause).length;
  return [
    String(number),
    `${document.repository}:${document.path}`.slice(-70),
    `${ours.simplified ? 'simplified' : 'standard'}${ours.signed ? ' signed' : ''}`,
    failing.length === 0 ? 'pass' : `fail ${failing.join('+')} ${brOnly(zatca.errors)}`.trimEnd(),
    ours.unreadable !== undefined ? 'unreadable' : list(ours.rules.errors),
    ours.signed && ours.verification ? list(ours.verification.errors) : '-',
    simulator.asked ? (simulator.accepted ? 'accept' : `reject ${list(simulator.errors)}`) : 'n/a',
    differences.length === 0 ? '' : `${differences.length}${unexpected > 0 ? ` (${unexpected} new)` : ''}`,
  ];
}

const list = (codes: readonly string[]) => (codes.length === 0 ? 'ok' : codes.join(','));
const brOnly = (codes: readonly string[]) =>
  [...new Set(codes.filter((code) => code.startsWith('BR-')))].join(',');

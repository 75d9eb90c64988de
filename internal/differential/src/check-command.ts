/**
 * `pnpm --filter @fatoora/differential run check [corpusDir]`: runs the differential check on the
 * real-world corpus (default: `$FATOORA_REAL_WORLD_CORPUS`, else `../shared/real-world-invoices`
 * beside the repository), prints the table, and exits 1 when a difference is not in
 * `known-differences.json` or an entry there no longer occurs, 2 when the corpus is not there.
 */
import { existsSync } from 'node:fs';
import { corpusFolder } from './corpus-location.ts';
import { runDifferentialCheck } from './harness.ts';
import { formatReport } from './report-table.ts';

const folder = corpusFolder(process.argv[2]);
if (!existsSync(folder)) {
  console.error(
    `No real-world corpus at ${folder}: give its folder, set FATOORA_REAL_WORLD_CORPUS, or have the maintainers place it in ../shared/real-world-invoices.`,
  );
  process.exit(2);
}
const result = await runDifferentialCheck(folder);
console.log(formatReport(result));
process.exit(result.unexpected > 0 || result.stale.length > 0 ? 1 : 0);

/**
 * How the `pnpm bench` scripts read tinybench's results: a task's mean time in milliseconds, the
 * task found by the start of its name, and the table of every task's mean per measured item (an
 * invoice, a document) that each script prints before its ratios.
 */
import type { Bench } from 'tinybench';

/**
 * The mean time in milliseconds of the first task of `bench` whose name starts with `name` (the
 * result's `latency.mean`, or `mean` where tinybench keeps it there).
 *
 * @throws {Error} when no such task has a result.
 * @example
 * ```ts
 * await bench.run();
 * const ratio = meanMs(bench, 'zatca-xml-js') / meanMs(bench, 'fatoora signInvoice');
 * ```
 */
export function meanMs(bench: Bench, name: string): number {
  const task = bench.tasks.find((candidate) => candidate.name.startsWith(name));
  const result = task?.result as { latency?: { mean: number }; mean?: number } | undefined;
  const value = result?.latency?.mean ?? result?.mean;
  if (value === undefined) throw new Error(`no result for ${name}`);
  return value;
}

/**
 * Prints every task of `bench` with its mean in milliseconds, three decimals, in a column named
 * `ms per <item>`.
 *
 * @throws {Error} when a task has no result.
 * @example
 * ```ts
 * printMeans(bench, 'invoice'); // ┌ task │ ms per invoice ┐ …
 * ```
 */
export function printMeans(bench: Bench, item: string): void {
  console.table(
    bench.tasks.map((task) => ({
      task: task.name,
      [`ms per ${item}`]: Number(meanMs(bench, task.name).toFixed(3)),
    })),
  );
}

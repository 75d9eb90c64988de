/**
 * A QR module matrix as one SVG path: each run of dark modules in a row becomes one rectangle
 * (`M x y h n v 1 h -n z`), which keeps the markup small (a version 15 code has ~77×77 modules)
 * and renders crisply at any size.
 */

/**
 * The path data of a matrix's dark modules (`true` = dark), in module units.
 *
 * @example
 * ```ts
 * qrPath([[true, true], [false, true]]); // 'M0 0h2v1h-2zM1 1h1v1h-1z'
 * ```
 */
export function qrPath(matrix: readonly (readonly boolean[])[]): string {
  let path = '';
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      const run = x - start;
      path += `M${start} ${y}h${run}v1h-${run}z`;
    }
  });
  return path;
}

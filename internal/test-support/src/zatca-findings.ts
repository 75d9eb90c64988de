/**
 * Reads the rule ids zatca-validate reported for one document out of its verbose output: the
 * `CODE : …` lines under "errors :" and "warnings :" headings, between the document's verdict line
 * and the next one.
 */

/** The error and warning codes ZATCA's rules gave one document. */
export interface ZatcaFindings {
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
}

/** The findings for `file` in zatca-validate's verbose `output`. */
export function zatcaFindings(output: string, file: string): ZatcaFindings {
  const start = output.indexOf(`file=${file}`);
  if (start === -1) throw new Error(`zatca-validate said nothing about ${file}`);
  const next = output.indexOf('ZATCA-VALIDATE ', start + 1);
  const errors: string[] = [];
  const warnings: string[] = [];
  let list: string[] | undefined;
  for (const line of output.slice(start, next === -1 ? undefined : next).split('\n')) {
    if (/errors\s*:\s*$/.test(line)) list = errors;
    else if (/warnings\s*:\s*$/.test(line)) list = warnings;
    else if (line.startsWith('[')) list = undefined;
    const code = /^CODE\s*:\s*([^,\s]+)/.exec(line.trim());
    if (code && list) list.push(code[1]!);
  }
  return { errors, warnings };
}

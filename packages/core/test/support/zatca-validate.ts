/**
 * Runs ZATCA's rules on documents we produce, through `../shared/tools/zatca-validate` (XSD,
 * EN 16931 and KSA schematrons from ZATCA's SDK data, plus QR, signature and PIH checks). Node
 * only. The tool lives in the shared reference folder beside the repository (CI puts it there);
 * `FATOORA_SHARED` points elsewhere.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = resolve(fileURLToPath(import.meta.url), '../../../../..');

/** Path of the zatca-validate tool; throws with a clear message when it is not there. */
export function zatcaValidatePath(): string {
  const shared = process.env.FATOORA_SHARED ?? resolve(repositoryRoot, '../shared');
  const tool = join(shared, 'tools/zatca-validate');
  if (!existsSync(tool)) {
    throw new Error(
      `zatca-validate not found at ${tool}: put ZATCA's reference folder beside the repository or set FATOORA_SHARED`,
    );
  }
  return tool;
}

/** One verdict line per file. */
export interface ZatcaVerdict {
  readonly file: string;
  readonly valid: boolean;
  readonly line: string;
}

/**
 * Validates documents (given as name → XML text) with every stage, returning a verdict per file.
 */
export async function zatcaValidate(
  documents: Record<string, string>,
  args: readonly string[] = ['--all-stages'],
): Promise<{ verdicts: ZatcaVerdict[]; output: string }> {
  const directory = mkdtempSync(join(tmpdir(), 'fatoora-zatca-validate-'));
  const files = Object.entries(documents).map(([name, xml]) => {
    const file = join(directory, name.replace(/[^A-Za-z0-9._-]+/g, '_'));
    writeFileSync(file, xml);
    return file;
  });
  // zatca-validate starts one JVM per file, one after another: split the files over the cores.
  // The first file goes alone, so that the tool's one-time set-up (compiling its checker) never races.
  const [first, ...rest] = files as [string, ...string[]];
  const lanes = Math.max(1, Math.min(availableParallelism(), rest.length));
  const chunks = Array.from({ length: lanes }, (_, lane) =>
    rest.filter((_, index) => index % lanes === lane),
  );
  const output =
    (await runTool([...args, first])) +
    (
      await Promise.all(
        chunks.filter((chunk) => chunk.length > 0).map((chunk) => runTool([...args, ...chunk])),
      )
    ).join('');
  const verdicts = files.map((file) => {
    const line =
      output
        .split('\n')
        .find((candidate) => candidate.startsWith('ZATCA-VALIDATE') && candidate.endsWith(`file=${file}`)) ??
      '';
    return { file, valid: line.startsWith('ZATCA-VALIDATE VALID'), line };
  });
  return { verdicts, output };
}

/**
 * Signs each unsigned invoice with the SDK's test key and certificate at a fixed time and runs
 * zatca-validate on all of them, returning the names of the documents it found INVALID.
 */
export async function signAndValidate(
  unsigned: Record<string, string>,
  sign: (xml: string) => string,
): Promise<{ invalid: string[]; verdicts: ZatcaVerdict[]; output: string }> {
  const documents = Object.fromEntries(Object.entries(unsigned).map(([name, xml]) => [name, sign(xml)]));
  const { verdicts, output } = await zatcaValidate(documents);
  const invalid = verdicts
    .filter((verdict) => !verdict.valid)
    .map((verdict) => verdict.file.split('/').pop() ?? verdict.file);
  return { invalid, verdicts, output };
}

/**
 * The tool runs one short-lived JVM per document: the client compiler alone and the serial
 * collector start it two to three times faster than the defaults (measured side by side on the
 * CI machine type), and the verdicts are the same.
 */
const SHORT_LIVED_JVM = '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto';

/** One run of the tool; resolves with its output whatever its verdicts (exit code 1 = INVALID). */
function runTool(args: readonly string[]): Promise<string> {
  return new Promise<string>((done, fail) => {
    execFile(
      zatcaValidatePath(),
      args,
      {
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, VERBOSE: '1', JAVA_TOOL_OPTIONS: SHORT_LIVED_JVM },
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') fail(error);
        else if (error && error.code === 2)
          fail(new Error(`zatca-validate could not run: ${stderr || stdout}`));
        else done(`${stdout}${stderr}`);
      },
    );
  });
}

/**
 * Runs ZATCA's rules on documents we produce, the way `../shared/tools/zatca-validate` does (XSD,
 * EN 16931 and KSA schematrons from ZATCA's SDK data, plus QR, signature and PIH checks), in
 * batches: one JVM per core for all the files instead of one per file. Node only. The tool lives in
 * the shared reference folder beside the repository (CI puts it there); `FATOORA_SHARED` points
 * elsewhere. The checkers are long-lived (`ZatcaBatch --serve`): a test worker starts one per lane
 * the first time it asks, and every later test file in that worker reuses it, so the rule files
 * are compiled once per lane instead of once per file (issue 11: CI time).
 */
import { type ChildProcessWithoutNullStreams, execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Socket } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// internal/test-support/src/zatca-validate.ts → the repository's root.
const repositoryRoot = resolve(fileURLToPath(import.meta.url), '../../../..');

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
 * The output is zatca-validate's verbose output: per file its verdict line, then what the checker
 * printed.
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
  const checker = await batchChecker();
  // One JVM per core, each checking its share of the files in turn.
  const lanes = Math.max(1, Math.min(availableParallelism(), files.length));
  const shares = Array.from({ length: lanes }, (_, lane) =>
    files.filter((_, index) => index % lanes === lane),
  );
  const checked = new Map<string, string>();
  for (const share of await Promise.all(shares.map((share, lane) => checker.check(args, share, lane)))) {
    for (const [file, printed] of share) checked.set(file, printed);
  }
  const outputs = await Promise.all(
    files.map((file) => checker.verdict(args, file, checked.get(file) ?? '')),
  );
  const output = outputs.join('');
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
 * Checks documents in batches, one JVM for many files (this package's
 * `zatca-batch/ZatcaBatch.java`), with the same stages and findings as zatca-validate's own checker,
 * whose classes and set-up (SDK_HOME) it borrows; the verdict of each file is then read from the
 * batch's output by zatca-validate's own verdict script (`verdict.sh --from-output`), so that
 * verdict lines are the tool's.
 */
interface BatchChecker {
  /** What the checker of `lane` (0 … cores − 1) printed for each file. */
  check(args: readonly string[], files: readonly string[], lane: number): Promise<Map<string, string>>;
  /** zatca-validate's verdict line and verbose output for one file, from what the checker printed. */
  verdict(args: readonly string[], file: string, printed: string): Promise<string>;
}

let checker: Promise<BatchChecker> | undefined;
const batchChecker = (): Promise<BatchChecker> => {
  checker ??= prepareBatchChecker();
  return checker;
};

const BATCH_SOURCE = fileURLToPath(new URL('../zatca-batch/ZatcaBatch.java', import.meta.url));

async function prepareBatchChecker(): Promise<BatchChecker> {
  const tool = zatcaValidatePath();
  const toolDirectory = dirname(tool);
  const oracleSource = join(toolDirectory, 'zatca-validator/ZatcaLiteOracle.java');
  // zatca-validate keeps its set-up in $TMPDIR/zatca-validate-<12 hex of the checker's SHA-256>.
  const sdkHome = join(
    process.env.TMPDIR ?? '/tmp',
    `zatca-validate-${sha256(readFileSync(oracleSource)).slice(0, 12)}`,
  );
  if (!existsSync(join(sdkHome, 'lite/classes/ZatcaLiteOracle.class'))) {
    const sample = join(
      toolDirectory,
      '../zatca-sdk-data/Data/Samples/Simplified/Invoice/Simplified_Invoice.xml',
    );
    await run(tool, ['--hash', sample], {}); // sets SDK_HOME up and compiles the checker
  }
  const oracleClasspath = `${readFileSync(join(sdkHome, 'lite/classpath'), 'utf8').trim()}:${join(sdkHome, 'lite/classes')}`;
  const batchSource = readFileSync(BATCH_SOURCE);
  const classes = join(
    tmpdir(),
    `fatoora-zatca-batch-${sha256(Buffer.concat([batchSource, readFileSync(oracleSource)])).slice(0, 12)}`,
  );
  if (!existsSync(join(classes, 'ZatcaBatch.class'))) {
    // Compiled aside and renamed into place, so that test files preparing at once never see half a build.
    const building = mkdtempSync(`${classes}-building-`);
    await run(
      'javac',
      ['-nowarn', '-encoding', 'UTF-8', '-cp', oracleClasspath, '-d', building, BATCH_SOURCE],
      {},
    );
    try {
      renameSync(building, classes);
    } catch {
      // Another test file finished first: its classes are the same.
    }
  }
  const environment = { SDK_HOME: sdkHome, SDK_ORACLE_MODE: 'lite' };
  const verdictScript = join(toolDirectory, 'zatca-validator/verdict.sh');
  const servers: BatchServer[] = [];
  const serverFor = (lane: number): BatchServer => {
    const running = servers[lane];
    if (running?.alive) return running;
    const started = new BatchServer(
      ['-XX:+UseSerialGC', '-cp', `${oracleClasspath}:${classes}`, 'ZatcaBatch', '--serve'],
      environment,
    );
    servers[lane] = started;
    return started;
  };
  return {
    async check(args, files, lane) {
      if (files.length === 0) return new Map();
      const printed = await serverFor(lane).check([...args, ...files]);
      const byFile = new Map<string, string>();
      for (const [, file, text] of printed.matchAll(
        /^=== ZATCA-BATCH FILE (.+)\n([\s\S]*?)^=== ZATCA-BATCH END$/gm,
      )) {
        byFile.set(file as string, text as string);
      }
      return byFile;
    },
    async verdict(args, file, printed) {
      const log = `${file}.checked.txt`;
      writeFileSync(log, printed);
      return run('bash', [verdictScript, ...args, '--from-output', log, file], environment, true);
    },
  };
}

/**
 * One `ZatcaBatch --serve` JVM: batches go in as tab-separated lines on its stdin and come back,
 * in order, each ended by `=== ZATCA-BATCH DONE`. It holds the test process open only while a
 * batch is under way, and ends when the process does (its stdin closes).
 */
class BatchServer {
  readonly #child: ChildProcessWithoutNullStreams;
  readonly #waiting: { done: (printed: string) => void; fail: (error: Error) => void }[] = [];
  #output = '';
  #stderr = '';
  #failure: Error | undefined;

  constructor(javaArgs: readonly string[], env: Record<string, string>) {
    this.#child = spawn('java', javaArgs, { env: { ...process.env, VERBOSE: '1', ...env } });
    this.#child.stdout.setEncoding('utf8');
    this.#child.stdout.on('data', (chunk: string) => this.#read(chunk));
    this.#child.stderr.setEncoding('utf8');
    this.#child.stderr.on('data', (chunk: string) => {
      this.#stderr = `${this.#stderr}${chunk}`.slice(-4000);
    });
    this.#child.on('error', (error) => this.#stop(error));
    this.#child.on('exit', (code, signal) =>
      this.#stop(new Error(`ZatcaBatch --serve stopped (${signal ?? `exit ${code}`}): ${this.#stderr}`)),
    );
    this.#hold(false);
  }

  /** Whether it can take batches. */
  get alive(): boolean {
    return this.#failure === undefined;
  }

  /** Checks one batch (`[--pih <b64>] [--all-stages] <file>...`) and resolves with what it printed. */
  check(args: readonly string[]): Promise<string> {
    if (this.#failure) return Promise.reject(this.#failure);
    return new Promise<string>((done, fail) => {
      this.#waiting.push({ done, fail });
      this.#hold(true);
      this.#child.stdin.write(`${args.join('\t')}\n`);
    });
  }

  #read(chunk: string): void {
    this.#output += chunk;
    const marker = '=== ZATCA-BATCH DONE\n';
    for (let at = this.#output.indexOf(marker); at !== -1; at = this.#output.indexOf(marker)) {
      const printed = this.#output.slice(0, at);
      this.#output = this.#output.slice(at + marker.length);
      this.#waiting.shift()?.done(printed);
    }
    if (this.#waiting.length === 0) this.#hold(false);
  }

  #stop(error: Error): void {
    this.#failure ??= error;
    for (const waiting of this.#waiting.splice(0)) waiting.fail(this.#failure);
  }

  /** Keeps the event loop alive for the JVM while a batch is under way, and only then. */
  #hold(busy: boolean): void {
    // A child's pipes are sockets (they can be unref'd), though typed as plain streams.
    const pipes = [this.#child.stdout, this.#child.stderr, this.#child.stdin] as unknown as Socket[];
    for (const handle of [this.#child, ...pipes]) {
      if (busy) handle.ref();
      else handle.unref();
    }
  }
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Runs a program and resolves with its output; rejects when it fails — except, for a verdict
 * (`invalidIsAnswer`), with exit code 1, which means INVALID.
 */
function run(
  program: string,
  args: readonly string[],
  env: Record<string, string>,
  invalidIsAnswer = false,
): Promise<string> {
  return new Promise<string>((done, fail) => {
    execFile(
      program,
      args,
      { maxBuffer: 256 * 1024 * 1024, env: { ...process.env, VERBOSE: '1', ...env } },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') fail(error);
        else if (error && !(invalidIsAnswer && error.code === 1))
          fail(new Error(`${program} could not run: ${stderr || stdout}`));
        else done(`${stdout}${stderr}`);
      },
    );
  });
}

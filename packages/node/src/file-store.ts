/**
 * An {@link EgsStore} on the file system, for a till or a small server: a directory per EGS unit
 * (see `unit-layout.ts`), every file replaced atomically and durably (`atomic-write.ts`). An append
 * runs under the unit's queue in this process AND its lock file across processes; it reads the
 * head, calls `next`, writes the document, then writes the new head — the head's rename is the
 * commit point, and documents past the head (left by a writer killed before it) do not exist for
 * readers and are overwritten by the next append. So `kill -9` or a power cut at any moment leaves
 * the old head or the new head with its document: no gap, no duplicate, no fork. The store holds
 * credentials, so whatever the umask the directories it creates are 0700 and its files 0600.
 */
import { chmod, mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import {
  type ChainHead,
  continueChain,
  type DocumentQuery,
  type EgsStore,
  type EgsUnitRecord,
  EMPTY_CHAIN_HEAD,
  type IssuedDocumentRecord,
  matchesQuery,
  type NextDocument,
  type SubmissionRecord,
} from '@fatoora/core/egs';
import { StoreError } from '@fatoora/core/errors';
import { syncDirectory, TEMPORARY_SUFFIX, writeFileAtomic } from './atomic-write.ts';
import { KeyedQueue } from './keyed-queue.ts';
import { acquireLockFile } from './lock-file.ts';
import { currentOwner, isOwnerAlive } from './process-liveness.ts';
import { documentPath, type UnitLayout, unitLayout } from './unit-layout.ts';

/** Options of {@link FileEgsStore.open}. */
export interface FileEgsStoreOptions {
  /** The store's root directory (created when missing). Keep it off network file systems. */
  readonly directory: string;
  /** How long to wait for another process's lock on a unit before failing; 10 s by default. */
  readonly lockTimeoutMs?: number;
}

/** Documents read at once when listing. */
const READ_BATCH = 32;

/** Runs a file-system step, turning its failure into `store-unavailable`. */
async function io<T>(action: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (cause) {
    if (cause instanceof StoreError) throw cause;
    throw new StoreError('store-unavailable', `The file store could not ${action}.`, { cause });
  }
}

/** Reads and parses a JSON file, or `undefined` if it does not exist. */
async function readJson<T>(path: string): Promise<T | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return JSON.parse(text) as T;
}

/** The mode of the directories the store creates: its owner's only. */
const DIRECTORY_MODE = 0o700;

/**
 * Creates a directory (and parents) with mode 0700, flushing the parent's entry when it was new.
 * Directories that already exist keep their mode.
 */
async function ensureDirectory(path: string): Promise<void> {
  const created = await mkdir(path, { recursive: true, mode: DIRECTORY_MODE });
  if (created !== undefined) {
    // mkdir's mode is masked by the umask: set it on each directory made here, outermost first.
    let current = created;
    await chmod(current, DIRECTORY_MODE);
    for (const part of relative(created, path).split(sep).filter(Boolean)) {
      current = join(current, part);
      await chmod(current, DIRECTORY_MODE);
    }
    await syncDirectory(dirname(created));
    if (dirname(path) !== dirname(created)) await syncDirectory(dirname(path));
  }
}

/** Removes temporary files that writers killed mid-write left in `directory`. */
async function removeDeadWritersLeftovers(directory: string): Promise<void> {
  const names = await readdir(directory).catch(() => [] as string[]);
  const { host } = currentOwner();
  for (const name of names) {
    if (!name.endsWith(TEMPORARY_SUFFIX)) continue;
    const pid = Number(name.split('.').at(-3));
    if (Number.isSafeInteger(pid) && !isOwnerAlive({ host, pid, startTime: null })) {
      await unlink(join(directory, name)).catch(() => undefined);
    }
  }
}

/**
 * An EGS store in a directory, safe for several processes on one machine.
 *
 * @example
 * ```ts
 * const store = await FileEgsStore.open({ directory: '/var/lib/fatoora' });
 * const record = await store.appendDocument('till-1', (head) => signNext(draft, head));
 * ```
 */
export class FileEgsStore implements EgsStore {
  /** The root directory. */
  readonly directory: string;
  readonly #lockTimeoutMs: number;
  readonly #queue = new KeyedQueue();

  private constructor(directory: string, lockTimeoutMs: number) {
    this.directory = directory;
    this.#lockTimeoutMs = lockTimeoutMs;
  }

  /**
   * Opens the store in `directory`, creating it when missing.
   *
   * @throws {StoreError} `store-unavailable` when the directory cannot be created.
   * @example
   * ```ts
   * const store = await FileEgsStore.open({ directory: '.fatoora' });
   * ```
   */
  static async open(options: FileEgsStoreOptions): Promise<FileEgsStore> {
    await io(`create ${options.directory}`, () => ensureDirectory(join(options.directory, 'units')));
    return new FileEgsStore(options.directory, options.lockTimeoutMs ?? 10_000);
  }

  loadUnit(unitId: string): Promise<EgsUnitRecord | undefined> {
    const layout = unitLayout(this.directory, unitId);
    return io(`read unit ${unitId}`, () => readJson<EgsUnitRecord>(layout.unit));
  }

  saveUnit(record: EgsUnitRecord): Promise<void> {
    const layout = unitLayout(this.directory, record.id);
    return io(`save unit ${record.id}`, async () => {
      await ensureDirectory(layout.directory);
      await writeFileAtomic(layout.unit, `${JSON.stringify(record, null, 2)}\n`);
    });
  }

  chainHead(unitId: string): Promise<ChainHead> {
    const layout = unitLayout(this.directory, unitId);
    return io(`read the chain head of ${unitId}`, () => this.#readHead(layout));
  }

  appendDocument(unitId: string, next: NextDocument): Promise<IssuedDocumentRecord> {
    const layout = unitLayout(this.directory, unitId);
    return this.#underLock(layout, async () => {
      const head = await io(`read the chain head of ${unitId}`, () => this.#readHead(layout));
      const text = JSON.stringify(next({ ...head }), null, 2);
      const record = JSON.parse(text) as IssuedDocumentRecord;
      const newHead = continueChain(head, record);
      await io(`store document ${record.counter} of ${unitId}`, async () => {
        await ensureDirectory(layout.documents);
        await writeFileAtomic(documentPath(layout, record.counter), `${text}\n`);
        // The commit point: until this rename the document does not exist for readers.
        await writeFileAtomic(layout.head, `${JSON.stringify(newHead)}\n`);
      });
      return record;
    });
  }

  updateSubmission(unitId: string, counter: number, submission: SubmissionRecord): Promise<void> {
    const layout = unitLayout(this.directory, unitId);
    return this.#underLock(layout, async () => {
      const document = await this.getDocument(unitId, counter);
      if (document === undefined) {
        throw new StoreError('document-missing', `Unit ${unitId} has no document with ICV ${counter}.`, {
          details: { unitId, counter },
        });
      }
      await io(`update document ${counter} of ${unitId}`, () =>
        writeFileAtomic(
          documentPath(layout, counter),
          `${JSON.stringify({ ...document, submission }, null, 2)}\n`,
        ),
      );
    });
  }

  getDocument(unitId: string, counter: number): Promise<IssuedDocumentRecord | undefined> {
    const layout = unitLayout(this.directory, unitId);
    return io(`read document ${counter} of ${unitId}`, async () => {
      const head = await this.#readHead(layout);
      if (!Number.isSafeInteger(counter) || counter < 1 || counter > head.counter) return undefined;
      return this.#readCommittedDocument(layout, counter);
    });
  }

  listDocuments(unitId: string, query: DocumentQuery = {}): Promise<IssuedDocumentRecord[]> {
    const layout = unitLayout(this.directory, unitId);
    return io(`list the documents of ${unitId}`, async () => {
      const head = await this.#readHead(layout);
      const limit = query.limit ?? Number.POSITIVE_INFINITY;
      const found: IssuedDocumentRecord[] = [];
      let counter = Math.max(1, Math.ceil(query.fromCounter ?? 1));
      while (counter <= head.counter && found.length < limit) {
        const batch = Array.from({ length: Math.min(READ_BATCH, head.counter - counter + 1) }, (_, index) =>
          this.#readCommittedDocument(layout, counter + index),
        );
        for (const document of await Promise.all(batch)) {
          if (found.length < limit && matchesQuery(document, query)) found.push(document);
        }
        counter += batch.length;
      }
      return found;
    });
  }

  /** The unit's head (the empty chain's when it has none). */
  async #readHead(layout: UnitLayout): Promise<ChainHead> {
    return (await readJson<ChainHead>(layout.head)) ?? { ...EMPTY_CHAIN_HEAD };
  }

  /** A document at or below the head, which must exist. */
  async #readCommittedDocument(layout: UnitLayout, counter: number): Promise<IssuedDocumentRecord> {
    const document = await readJson<IssuedDocumentRecord>(documentPath(layout, counter));
    if (document === undefined) {
      throw new StoreError(
        'store-unavailable',
        `Document ${counter} is missing from ${layout.documents} although the chain head has passed it.`,
        { details: { counter, directory: layout.documents } },
      );
    }
    return document;
  }

  /** Runs `task` after this process's earlier tasks on the unit, holding the unit's lock file. */
  #underLock<T>(layout: UnitLayout, task: () => Promise<T>): Promise<T> {
    return this.#queue.run(layout.directory, async () => {
      await io(`create ${layout.directory}`, () => ensureDirectory(layout.directory));
      const lock = await acquireLockFile(layout.lock, this.#lockTimeoutMs);
      try {
        if (lock.brokeStaleLock) {
          await removeDeadWritersLeftovers(layout.directory);
          await removeDeadWritersLeftovers(layout.documents);
        }
        return await task();
      } finally {
        // A failed release must not turn a committed append into an error; a lock left behind
        // by this live process makes later appends time out loudly instead.
        await lock.release().catch(() => undefined);
      }
    });
  }
}

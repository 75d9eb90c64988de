/**
 * An {@link EgsStore} in memory: for tests and for a till that keeps its chain elsewhere. Appends
 * are serialized per unit by a promise queue, so concurrent `issue` calls in one process get
 * consecutive ICVs. Records are copied in and out (structuredClone), so a caller mutating what it
 * got back cannot change the chain. Everything is gone when the process ends.
 */
import { StoreError } from '../../errors/store-error.ts';
import { continueChain, EMPTY_CHAIN_HEAD } from './chain.ts';
import { matchesQuery } from './document-query.ts';
import type {
  ChainHead,
  DocumentQuery,
  EgsStore,
  EgsUnitRecord,
  IssuedDocumentRecord,
  NextDocument,
  SubmissionRecord,
} from './store.ts';

/**
 * An in-memory EGS store.
 *
 * @example
 * ```ts
 * const store = new MemoryEgsStore();
 * const egs = await Egs.open({ store, unitId: 'till-1', client });
 * ```
 */
export class MemoryEgsStore implements EgsStore {
  readonly #units = new Map<string, EgsUnitRecord>();
  readonly #heads = new Map<string, ChainHead>();
  readonly #documents = new Map<string, IssuedDocumentRecord[]>();
  readonly #queues = new Map<string, Promise<unknown>>();

  async loadUnit(unitId: string): Promise<EgsUnitRecord | undefined> {
    const unit = this.#units.get(unitId);
    return unit === undefined ? undefined : structuredClone(unit);
  }

  async saveUnit(record: EgsUnitRecord): Promise<void> {
    this.#units.set(record.id, structuredClone(record));
  }

  async chainHead(unitId: string): Promise<ChainHead> {
    return { ...(this.#heads.get(unitId) ?? EMPTY_CHAIN_HEAD) };
  }

  appendDocument(unitId: string, next: NextDocument): Promise<IssuedDocumentRecord> {
    const previous = this.#queues.get(unitId) ?? Promise.resolve();
    const append = previous
      .catch(() => undefined)
      .then(() => {
        const head = this.#heads.get(unitId) ?? EMPTY_CHAIN_HEAD;
        const record = structuredClone(next({ ...head }));
        const newHead = continueChain(head, record);
        const documents = this.#documents.get(unitId) ?? [];
        documents.push(record);
        this.#documents.set(unitId, documents);
        this.#heads.set(unitId, newHead);
        return structuredClone(record);
      });
    this.#queues.set(unitId, append);
    return append;
  }

  async updateSubmission(unitId: string, counter: number, submission: SubmissionRecord): Promise<void> {
    const documents = this.#documents.get(unitId) ?? [];
    const index = documents.findIndex((document) => document.counter === counter);
    const document = documents[index];
    if (document === undefined) {
      throw new StoreError('document-missing', `Unit ${unitId} has no document with ICV ${counter}.`, {
        details: { unitId, counter },
      });
    }
    documents[index] = { ...document, submission: structuredClone(submission) };
  }

  async getDocument(unitId: string, counter: number): Promise<IssuedDocumentRecord | undefined> {
    const document = this.#documents.get(unitId)?.find((candidate) => candidate.counter === counter);
    return document === undefined ? undefined : structuredClone(document);
  }

  async listDocuments(unitId: string, query: DocumentQuery = {}): Promise<IssuedDocumentRecord[]> {
    const matching = (this.#documents.get(unitId) ?? []).filter((document) => matchesQuery(document, query));
    return structuredClone(query.limit === undefined ? matching : matching.slice(0, query.limit));
  }
}

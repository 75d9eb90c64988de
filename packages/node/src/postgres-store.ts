/**
 * An {@link EgsStore} in PostgreSQL (through `pg`), for servers with several instances sharing one
 * database. `appendDocument` runs in one transaction: it locks the unit's row in the chain-heads
 * table with `SELECT … FOR UPDATE` (creating the row first if the unit has none), calls the
 * synchronous `next` with that head, inserts the document and moves the head, then commits. The
 * row lock is per EGS unit, so instances issuing for the same unit take turns while other units go
 * on in parallel, and a document and its head are committed together or not at all.
 */
import {
  type ChainHead,
  continueChain,
  type DocumentQuery,
  type EgsStore,
  type EgsUnitRecord,
  EMPTY_CHAIN_HEAD,
  type IssuedDocumentRecord,
  type NextDocument,
  type SubmissionRecord,
} from '@fatoora/core/egs';
import { StoreError } from '@fatoora/core/errors';
// Types only: `pg` itself is loaded when a store opens its own pool, so that importing
// `@fatoora/node` for `FileEgsStore` (every `fatoora` lifecycle command does) never loads it.
import type { Pool, PoolClient } from 'pg';
import {
  MIGRATION_LOCK_KEY,
  migrationStatements,
  type PostgresTables,
  postgresTables,
} from './postgres-schema.ts';

/** Options of {@link PostgresEgsStore.open}: a pool to share, or a connection string. */
export type PostgresEgsStoreOptions = (
  | {
      /** A pool the application owns; the store uses it and never ends it. */
      readonly pool: Pool;
      /** Not with `pool`: the store takes one or the other. */
      readonly connectionString?: never;
    }
  | {
      /** `postgres://user@host:port/database`; the store creates a pool and ends it on `close()`. */
      readonly connectionString: string;
      /** Not with `connectionString`: the store takes one or the other. */
      readonly pool?: never;
    }
) & {
  /** The schema that holds the tables; `public` by default. */
  readonly schema?: string;
};

/** A failure of `next`, carried through the transaction untouched. */
class NextFailure {
  constructor(readonly error: unknown) {}
}

/** Turns a database failure into a `StoreError` (which passes through, as does `next`'s error). */
function toStoreError(action: string, error: unknown): unknown {
  if (error instanceof NextFailure) return error.error;
  if (error instanceof StoreError) return error;
  if ((error as { code?: unknown }).code === '23505') {
    return new StoreError('chain-conflict', `A document with that ICV is already stored (${action}).`, {
      cause: error,
    });
  }
  // The driver's message may end with a period of its own (or be empty, as an AggregateError's).
  const message = error instanceof Error ? error.message.trimEnd().replace(/\.$/, '') : '';
  const reason = message !== '' ? `: ${message}` : '';
  return new StoreError('store-unavailable', `PostgreSQL could not ${action}${reason}.`, { cause: error });
}

/** A head row as read. */
interface HeadRow {
  readonly counter: string;
  readonly previous_invoice_hash: string;
}

const headOf = (row: HeadRow): ChainHead => ({
  counter: Number(row.counter),
  previousInvoiceHash: row.previous_invoice_hash,
});

/**
 * An EGS store in PostgreSQL, safe for several server instances.
 *
 * @example
 * ```ts
 * const store = await PostgresEgsStore.open({ connectionString: process.env.DATABASE_URL! });
 * await store.migrate();
 * const record = await store.appendDocument('till-1', (head) => signNext(draft, head));
 * ```
 */
export class PostgresEgsStore implements EgsStore {
  readonly #pool: Pool;
  readonly #ownsPool: boolean;
  readonly #tables: PostgresTables;

  private constructor(pool: Pool, ownsPool: boolean, tables: PostgresTables) {
    this.#pool = pool;
    this.#ownsPool = ownsPool;
    this.#tables = tables;
  }

  /**
   * Connects (checking that the database answers). Call {@link PostgresEgsStore.migrate} once to
   * create the tables.
   *
   * @throws {InputError} when `schema` is not a plain SQL identifier.
   * @throws {StoreError} `store-unavailable` when the database cannot be reached.
   * @example
   * ```ts
   * const store = await PostgresEgsStore.open({ pool, schema: 'billing' });
   * ```
   */
  static async open(options: PostgresEgsStoreOptions): Promise<PostgresEgsStore> {
    const tables = postgresTables(options.schema ?? 'public');
    const ownsPool = options.pool === undefined;
    const pool =
      options.pool ?? new (await import('pg')).default.Pool({ connectionString: options.connectionString });
    // An idle connection that breaks is dropped by the pool; without a listener it would crash the process.
    if (ownsPool) pool.on('error', () => undefined);
    const store = new PostgresEgsStore(pool, ownsPool, tables);
    try {
      await pool.query('SELECT 1');
    } catch (error) {
      if (ownsPool) await pool.end().catch(() => undefined);
      throw toStoreError('connect', error);
    }
    return store;
  }

  /**
   * Creates the schema, tables and index that are missing. Safe to run from every instance at start.
   *
   * @throws {StoreError} `store-unavailable` when the database refuses.
   * @example
   * ```ts
   * await store.migrate();
   * ```
   */
  migrate(): Promise<void> {
    return this.#transaction('create the tables', async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
      for (const statement of migrationStatements(this.#tables)) await client.query(statement);
    });
  }

  /**
   * Ends the store's own pool (a pool passed in is left to its owner).
   *
   * @throws nothing.
   * @example
   * ```ts
   * await store.close();
   * ```
   */
  async close(): Promise<void> {
    if (this.#ownsPool) await this.#pool.end();
  }

  async loadUnit(unitId: string): Promise<EgsUnitRecord | undefined> {
    const { rows } = await this.#query<{ record: EgsUnitRecord }>(
      'load a unit',
      `SELECT record FROM ${this.#tables.units} WHERE unit_id = $1`,
      [unitId],
    );
    return rows[0]?.record;
  }

  async saveUnit(record: EgsUnitRecord): Promise<void> {
    await this.#query(
      'save a unit',
      `INSERT INTO ${this.#tables.units} (unit_id, record) VALUES ($1, $2::jsonb)
       ON CONFLICT (unit_id) DO UPDATE SET record = EXCLUDED.record, saved_at = now()`,
      [record.id, JSON.stringify(record)],
    );
  }

  async chainHead(unitId: string): Promise<ChainHead> {
    const { rows } = await this.#query<HeadRow>(
      'read a chain head',
      `SELECT counter, previous_invoice_hash FROM ${this.#tables.heads} WHERE unit_id = $1`,
      [unitId],
    );
    return rows[0] === undefined ? { ...EMPTY_CHAIN_HEAD } : headOf(rows[0]);
  }

  appendDocument(unitId: string, next: NextDocument): Promise<IssuedDocumentRecord> {
    const { heads, documents } = this.#tables;
    return this.#transaction(`append a document for ${unitId}`, async (client) => {
      const lockHead = () =>
        client.query<HeadRow>(
          `SELECT counter, previous_invoice_hash FROM ${heads} WHERE unit_id = $1 FOR UPDATE`,
          [unitId],
        );
      let { rows } = await lockHead();
      if (rows[0] === undefined) {
        // A first append: create the row (a concurrent first append waits here), then lock it.
        await client.query(
          `INSERT INTO ${heads} (unit_id, counter, previous_invoice_hash) VALUES ($1, $2, $3)
           ON CONFLICT (unit_id) DO NOTHING`,
          [unitId, EMPTY_CHAIN_HEAD.counter, EMPTY_CHAIN_HEAD.previousInvoiceHash],
        );
        ({ rows } = await lockHead());
      }
      const head = headOf(rows[0]!);
      let text: string;
      try {
        text = JSON.stringify(next({ ...head }));
      } catch (error) {
        throw new NextFailure(error);
      }
      const record = JSON.parse(text) as IssuedDocumentRecord;
      const newHead = continueChain(head, record);
      await client.query(
        `INSERT INTO ${documents} (unit_id, counter, invoice_hash, state, route, record)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb)`,
        [unitId, record.counter, record.invoiceHash, record.submission.state, record.submission.route, text],
      );
      await client.query(`UPDATE ${heads} SET counter = $2, previous_invoice_hash = $3 WHERE unit_id = $1`, [
        unitId,
        newHead.counter,
        newHead.previousInvoiceHash,
      ]);
      return record;
    });
  }

  async updateSubmission(unitId: string, counter: number, submission: SubmissionRecord): Promise<void> {
    const { rowCount } = Number.isSafeInteger(counter)
      ? await this.#query(
          'update a submission',
          `UPDATE ${this.#tables.documents}
           SET record = jsonb_set(record, '{submission}', $3::jsonb), state = $4, route = $5
           WHERE unit_id = $1 AND counter = $2`,
          [unitId, counter, JSON.stringify(submission), submission.state, submission.route],
        )
      : { rowCount: 0 };
    if (rowCount === 0) {
      throw new StoreError('document-missing', `Unit ${unitId} has no document with ICV ${counter}.`, {
        details: { unitId, counter },
      });
    }
  }

  async getDocument(unitId: string, counter: number): Promise<IssuedDocumentRecord | undefined> {
    if (!Number.isSafeInteger(counter)) return undefined;
    const { rows } = await this.#query<{ record: IssuedDocumentRecord }>(
      'read a document',
      `SELECT record FROM ${this.#tables.documents} WHERE unit_id = $1 AND counter = $2`,
      [unitId, counter],
    );
    return rows[0]?.record;
  }

  async listDocuments(unitId: string, query: DocumentQuery = {}): Promise<IssuedDocumentRecord[]> {
    const { rows } = await this.#query<{ record: IssuedDocumentRecord }>(
      'list documents',
      `SELECT record FROM ${this.#tables.documents}
       WHERE unit_id = $1 AND ($2::text IS NULL OR state = $2) AND ($3::text IS NULL OR route = $3)
         AND counter >= $4
       ORDER BY counter
       LIMIT $5`,
      [
        unitId,
        query.state ?? null,
        query.route ?? null,
        Math.max(0, Math.ceil(query.fromCounter ?? 0)),
        query.limit === undefined ? null : Math.max(0, Math.floor(query.limit)),
      ],
    );
    return rows.map((row) => row.record);
  }

  /** One statement on the pool. */
  async #query<Row extends object = Record<string, unknown>>(
    action: string,
    text: string,
    values: unknown[],
  ) {
    try {
      return await this.#pool.query<Row>(text, values);
    } catch (error) {
      throw toStoreError(action, error);
    }
  }

  /** Runs `body` in a transaction on one connection: committed if it returns, rolled back if it throws. */
  async #transaction<T>(action: string, body: (client: PoolClient) => Promise<T>): Promise<T> {
    let client: PoolClient;
    try {
      client = await this.#pool.connect();
    } catch (error) {
      throw toStoreError(action, error);
    }
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await body(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: Error) => {
        broken = rollbackError;
      });
      throw toStoreError(action, error);
    } finally {
      // A connection that could not roll back is discarded rather than reused.
      client.release(broken);
    }
  }
}

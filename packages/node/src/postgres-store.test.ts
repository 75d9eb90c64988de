import { randomUUID } from 'node:crypto';
import { StoreError } from '@fatoora/core/errors';
import {
  describeEgsStoreContract,
  expectContinuousChain,
  fakeDocument,
  fakeUnit,
} from '@fatoora/test-support/egs-store-contract';
import { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresEgsStore } from './postgres-store.ts';

/**
 * These tests need a real PostgreSQL: `export FATOORA_TEST_POSTGRES_URL="$(bash scripts/postgres.sh)"`
 * starts a throwaway one. Locally they are skipped without it; in CI (`CI` set) they fail instead,
 * so that a CI run can never pass without having tested the store.
 */
const url = process.env.FATOORA_TEST_POSTGRES_URL;
const inCi = Boolean(process.env.CI);
const skipReason =
  'set FATOORA_TEST_POSTGRES_URL (e.g. `export FATOORA_TEST_POSTGRES_URL="$(bash scripts/postgres.sh)"`) to run';

/** A schema no other test uses, and a function that drops it. */
async function freshSchema(pool: Pool): Promise<{ schema: string; drop: () => Promise<void> }> {
  const schema = `fatoora_test_${randomUUID().replaceAll('-', '')}`;
  return { schema, drop: async () => void (await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)) };
}

describe.runIf(url === undefined && inCi)('PostgresEgsStore in CI', () => {
  it('has a PostgreSQL to test against (FATOORA_TEST_POSTGRES_URL is set)', () => {
    throw new Error(
      `FATOORA_TEST_POSTGRES_URL is not set in CI: scripts/test.sh must start PostgreSQL (${skipReason}).`,
    );
  });
});

describe.skipIf(url === undefined)(`PostgresEgsStore (${skipReason})`, () => {
  let admin: Pool;

  beforeAll(() => {
    admin = new Pool({ connectionString: url, max: 2 });
  });

  afterAll(() => admin.end());

  describeEgsStoreContract('PostgresEgsStore', async () => {
    const { schema, drop } = await freshSchema(admin);
    const store = await PostgresEgsStore.open({ connectionString: url!, schema });
    await store.migrate();
    return {
      store,
      cleanup: async () => {
        await store.close();
        await drop();
      },
    };
  });

  it('gives two server instances (two pools) appending to one unit at once consecutive counters', async () => {
    const { schema, drop } = await freshSchema(admin);
    const pools = [new Pool({ connectionString: url, max: 4 }), new Pool({ connectionString: url, max: 4 })];
    try {
      const [first, second] = await Promise.all(pools.map((pool) => PostgresEgsStore.open({ pool, schema })));
      await Promise.all([first!.migrate(), second!.migrate()]); // both start up at once
      const appends = Array.from({ length: 60 }, (_, index) =>
        (index % 2 === 0 ? first! : second!).appendDocument('till-1', (head) =>
          fakeDocument('till-1', head, { id: `${index % 2 === 0 ? 'first' : 'second'}-${head.counter + 1}` }),
        ),
      );
      const records = await Promise.all(appends);
      expect(records.map((record) => record.counter).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 60 }, (_, index) => index + 1),
      );
      const documents = await first!.listDocuments('till-1');
      expectContinuousChain(documents, await second!.chainHead('till-1'));
      expect(new Set(documents.map((document) => document.id.split('-')[0]))).toEqual(
        new Set(['first', 'second']),
      );
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
      await drop();
    }
  });

  it('makes an append wait while another transaction holds the unit head row lock', async () => {
    const { schema, drop } = await freshSchema(admin);
    const store = await PostgresEgsStore.open({ connectionString: url!, schema });
    const holder = await admin.connect();
    try {
      await store.migrate();
      await store.appendDocument('till-1', (head) => fakeDocument('till-1', head));
      await holder.query('BEGIN');
      await holder.query(`SELECT * FROM "${schema}".fatoora_egs_chain_heads WHERE unit_id = $1 FOR UPDATE`, [
        'till-1',
      ]);
      let settled = false;
      const waiting = store
        .appendDocument('till-1', (head) => fakeDocument('till-1', head))
        .finally(() => {
          settled = true;
        });
      const other = await store.appendDocument('till-2', (head) => fakeDocument('till-2', head));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(other.counter).toBe(1); // another unit is not held up
      expect(settled).toBe(false);
      await holder.query('COMMIT');
      expect((await waiting).counter).toBe(2);
    } finally {
      await holder.query('ROLLBACK').catch(() => undefined);
      holder.release();
      await store.close();
      await drop();
    }
  });

  it('keeps documents as JSON and the submission state and route as columns', async () => {
    const { schema, drop } = await freshSchema(admin);
    const store = await PostgresEgsStore.open({ connectionString: url!, schema });
    try {
      await store.migrate();
      await store.migrate(); // idempotent
      await store.saveUnit(fakeUnit('till-1'));
      await store.appendDocument('till-1', (head) => fakeDocument('till-1', head));
      await store.updateSubmission('till-1', 1, { route: 'clearance', state: 'cleared', attempts: 1 });
      const { rows } = await admin.query(
        `SELECT counter, state, route, record->'submission'->>'state' AS json_state FROM "${schema}".fatoora_egs_documents`,
      );
      expect(rows).toEqual([{ counter: '1', state: 'cleared', route: 'clearance', json_state: 'cleared' }]);
    } finally {
      await store.close();
      await drop();
    }
  });

  it('fails with store-unavailable when the database cannot be reached', async () => {
    const unreachable = new URL(url!);
    unreachable.port = '1';
    const error = await PostgresEgsStore.open({ connectionString: unreachable.toString() }).catch((e) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('store-unavailable');
  });

  it('fails with store-unavailable when the tables were never created', async () => {
    const { schema, drop } = await freshSchema(admin);
    const store = await PostgresEgsStore.open({ connectionString: url!, schema });
    try {
      const error = await store.chainHead('till-1').catch((e) => e);
      expect((error as StoreError).code).toBe('store-unavailable');
    } finally {
      await store.close();
      await drop();
    }
  });
});

/**
 * The PostgreSQL tables of {@link PostgresEgsStore}, in a schema of the caller's choice:
 * `fatoora_egs_units` (one JSONB record per unit), `fatoora_egs_chain_heads` (one row per unit:
 * the row that appends lock with `SELECT … FOR UPDATE`), and `fatoora_egs_documents` keyed by
 * `(unit_id, counter)` with the JSONB record and its submission state and route as columns for
 * queries. `migrate` creates what is missing, under a transaction-scoped advisory lock so that
 * several instances starting at once do not race on `CREATE TABLE`.
 */
import { InputError } from '@fatoora/core/errors';

/** Table names, schema-qualified and quoted. */
export interface PostgresTables {
  readonly schema: string;
  readonly units: string;
  readonly heads: string;
  readonly documents: string;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * The tables in `schema`.
 *
 * @throws {InputError} when `schema` is not a plain lower-case SQL identifier.
 * @example
 * ```ts
 * postgresTables('public').heads; // '"public"."fatoora_egs_chain_heads"'
 * ```
 */
export function postgresTables(schema: string): PostgresTables {
  if (!IDENTIFIER.test(schema)) {
    throw new InputError('schema', 'sql-identifier', `"${schema}" is not a plain lower-case SQL identifier.`);
  }
  const table = (name: string) => `"${schema}"."${name}"`;
  return {
    schema: `"${schema}"`,
    units: table('fatoora_egs_units'),
    heads: table('fatoora_egs_chain_heads'),
    documents: table('fatoora_egs_documents'),
  };
}

/**
 * The statements that create the tables (each idempotent), in order.
 *
 * @throws nothing.
 * @example
 * ```ts
 * for (const statement of migrationStatements(postgresTables('public'))) await client.query(statement);
 * ```
 */
export function migrationStatements(tables: PostgresTables): string[] {
  return [
    `CREATE SCHEMA IF NOT EXISTS ${tables.schema}`,
    `CREATE TABLE IF NOT EXISTS ${tables.units} (
      unit_id text PRIMARY KEY,
      record jsonb NOT NULL,
      saved_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE TABLE IF NOT EXISTS ${tables.heads} (
      unit_id text PRIMARY KEY,
      counter bigint NOT NULL CHECK (counter >= 0),
      previous_invoice_hash text NOT NULL
    )`,
    `CREATE TABLE IF NOT EXISTS ${tables.documents} (
      unit_id text NOT NULL REFERENCES ${tables.heads} (unit_id),
      counter bigint NOT NULL CHECK (counter >= 1),
      invoice_hash text NOT NULL,
      state text NOT NULL,
      route text NOT NULL,
      record jsonb NOT NULL,
      PRIMARY KEY (unit_id, counter)
    )`,
    `CREATE INDEX IF NOT EXISTS fatoora_egs_documents_by_state
      ON ${tables.documents} (unit_id, state, counter)`,
  ];
}

/** The advisory lock key that serializes migrations (any fixed 64-bit number). */
export const MIGRATION_LOCK_KEY = 7_240_511_032;

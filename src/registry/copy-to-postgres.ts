import fs from 'node:fs';
import { checkOut, createPool, isPostgresUrl, quoteIdent, translate } from './postgres/connection.js';
import { lockName, migratePostgres } from './postgres/pg-migrate.js';
import { LATEST_VERSION } from './sqlite/migrations.js';
import { readTables } from './sqlite/read-tables.js';

/** The tables that hold data, in an order that copies records before what refers to them. */
export const COPIED_TABLES = [
  'memberships',
  'referrals',
  'subscriptions',
  'notifications',
  'feedback',
  'feedback_stats',
  'tickets',
  'curated_answers',
  'audit_log',
] as const;
export type CopiedTable = (typeof COPIED_TABLES)[number];

/** Tables whose `id` is an identity column: its sequence goes on after the highest copied id. */
const WITH_IDENTITY: CopiedTable[] = [
  'memberships',
  'referrals',
  'subscriptions',
  'notifications',
  'feedback',
  'tickets',
  'curated_answers',
  'audit_log',
];

export type CopyReport = { schemaVersion: number; counts: Record<CopiedTable, number> };

export type CopyErrorCode = 'not_postgres' | 'no_source' | 'target_not_empty' | 'count_mismatch';

/** A refusal with a code and data; the CLI words it in the person's language. */
export class CopyError extends Error {
  constructor(
    readonly code: CopyErrorCode,
    readonly data: Record<string, string | number> = {},
  ) {
    super(`${code} ${JSON.stringify(data)}`);
    this.name = 'CopyError';
  }
}

const BATCH_ROWS = 500;

/**
 * `utblick admin migrate --to postgres://…`: copies the embedded SQLite database into an empty
 * PostgreSQL one, in one PostgreSQL transaction. It migrates both to this program's schema version,
 * refuses a target that holds any row, verifies the row count of every table before committing,
 * and sets every id sequence past the copied ids. Nothing is written when any step fails.
 * The source is read in one consistent snapshot; stop the server first, or later writes stay behind.
 */
export async function copySqliteToPostgres(options: {
  sqliteFile: string;
  url: string;
  schema?: string;
}): Promise<CopyReport> {
  if (!isPostgresUrl(options.url)) throw new CopyError('not_postgres', { url: options.url });
  if (!fs.existsSync(options.sqliteFile)) throw new CopyError('no_source', { file: options.sqliteFile });
  const rows = readTables(options.sqliteFile, COPIED_TABLES, (table) =>
    table === 'feedback_stats' ? 'day, lang, top_passage_id, vote' : 'id',
  );
  const pool = createPool({ url: options.url, ...(options.schema ? { schema: options.schema } : {}) });
  try {
    await migratePostgres(pool, options.schema ? { schema: options.schema } : {}).catch(translate);
    const client = await checkOut(pool).catch(translate);
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const scope = String((await client.query('SELECT current_schema() AS s')).rows[0]?.s);
      // Two copies (or a server's writes) into one database take turns, and the emptiness check holds.
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lockName(scope, 'store')]);
      const before = await countAll((text) => client.query(text));
      const held = Object.values(before).reduce((sum, n) => sum + n, 0);
      if (held > 0) throw new CopyError('target_not_empty', { rows: held, tables: describe(before) });
      for (const table of COPIED_TABLES) await insertAll(client, table, rows[table]);
      const after = await countAll((text) => client.query(text));
      for (const table of COPIED_TABLES) {
        if (after[table] !== rows[table].length) {
          throw new CopyError('count_mismatch', { table, source: rows[table].length, target: after[table] });
        }
      }
      for (const table of WITH_IDENTITY) {
        await client.query(
          `SELECT setval(pg_get_serial_sequence($1, 'id'), COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM ${quoteIdent(table)}`,
          [table],
        );
      }
      await client.query('COMMIT');
      return { schemaVersion: LATEST_VERSION, counts: after };
    } catch (error) {
      await client.query('ROLLBACK').catch((rollback: unknown) => {
        broken = rollback instanceof Error ? rollback : new Error(String(rollback));
      });
      if (error instanceof CopyError) throw error;
      return translate(error);
    } finally {
      client.release(broken);
    }
  } finally {
    await pool.end().catch(() => undefined);
  }
}

type Row = Record<string, unknown>;

async function countAll(
  query: (text: string) => Promise<{ rows: Row[] }>,
): Promise<Record<CopiedTable, number>> {
  const counts = {} as Record<CopiedTable, number>;
  for (const table of COPIED_TABLES) {
    const { rows } = await query(`SELECT count(*)::int AS n FROM ${quoteIdent(table)}`);
    counts[table] = Number(rows[0]?.n ?? 0);
  }
  return counts;
}

function describe(counts: Record<string, number>): string {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([table, n]) => `${table} ${n}`)
    .join(', ');
}

/**
 * The columns are the same in both schemas (a test holds them equal), and PostgreSQL reads SQLite's
 * text into its types: ISO instants into timestamptz, days into date, JSON text into json, 0/1 into
 * boolean. A value it cannot read (a malformed date) fails the whole copy, naming the column.
 */
async function insertAll(
  client: { query(text: string, values?: unknown[]): Promise<unknown> },
  table: CopiedTable,
  rows: Row[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const names = columns.map(quoteIdent).join(', ');
  for (let start = 0; start < rows.length; start += BATCH_ROWS) {
    const batch = rows.slice(start, start + BATCH_ROWS);
    const values: unknown[] = [];
    const tuples = batch.map((row) => {
      const slots = columns.map((column) => {
        values.push(row[column] ?? null);
        return `$${values.length}`;
      });
      return `(${slots.join(', ')})`;
    });
    await client.query(`INSERT INTO ${quoteIdent(table)} (${names}) VALUES ${tuples.join(', ')}`, values);
  }
}

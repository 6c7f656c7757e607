import type pg from 'pg';
import type { Migration } from '../sqlite/migrations.js';
import { checkOut, quoteIdent } from './connection.js';
import { PG_MIGRATIONS } from './pg-migrations.js';

export const PG_LATEST_VERSION = Math.max(...PG_MIGRATIONS.map((m) => m.version));

/**
 * Advisory lock names, scoped by schema so that two deployments (or two test runs) in one database never
 * wait for each other. `hashtext` turns the name into the lock's number on the server.
 */
export function lockName(scope: string, purpose: 'migrate' | 'store'): string {
  return `utblick:${scope}:${purpose}`;
}

export class NewerSchemaError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `The database has schema version ${found}, newer than this program knows (${known}). Upgrade Utblick.`,
    );
    this.name = 'NewerSchemaError';
  }
}

export type MigrateOptions = {
  /** Creates this schema when it is missing and migrates inside it. */
  schema?: string;
  /** Tests build old schemas with it. */
  upTo?: number;
  migrations?: Migration[];
};

/**
 * Brings the schema up to date at start. Two instances starting together do not race: the first takes
 * an advisory lock and migrates, the second waits for it and then finds nothing to do. Each migration
 * is one transaction. As in SQLite, "not applied yet" is by version number, and a database from a
 * newer program is refused, not guessed at. Returns the version and the lock scope (the schema).
 */
export async function migratePostgres(
  pool: pg.Pool,
  options: MigrateOptions = {},
): Promise<{ version: number; scope: string }> {
  const migrations = options.migrations ?? PG_MIGRATIONS;
  const latest = Math.max(...migrations.map((m) => m.version));
  const upTo = options.upTo ?? latest;
  const client = await checkOut(pool);
  let broken: Error | undefined;
  try {
    const scope =
      options.schema ?? String((await client.query('SELECT current_schema() AS s')).rows[0]?.s ?? 'public');
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [lockName(scope, 'migrate')]);
    try {
      if (options.schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(options.schema)}`);
      await client.query(
        'CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL)',
      );
      const applied = new Set(
        (await client.query('SELECT version FROM schema_version')).rows.map((r) => Number(r.version)),
      );
      const from = Math.max(0, ...applied);
      if (from > latest) throw new NewerSchemaError(from, latest);
      for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
        if (applied.has(migration.version) || migration.version > upTo) continue;
        await client.query('BEGIN');
        try {
          await client.query(migration.sql);
          await client.query('INSERT INTO schema_version (version, applied_at) VALUES ($1, now())', [
            migration.version,
          ]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        }
      }
      const version = Number(
        (await client.query('SELECT MAX(version) AS v FROM schema_version')).rows[0]?.v ?? 0,
      );
      return { version, scope };
    } finally {
      await client
        .query('SELECT pg_advisory_unlock(hashtext($1))', [lockName(scope, 'migrate')])
        .catch(() => undefined);
    }
  } catch (error) {
    broken = error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    // A connection that failed mid-way is dropped, not handed to the next user of the pool.
    client.release(broken && !(broken instanceof NewerSchemaError) ? broken : undefined);
  }
}

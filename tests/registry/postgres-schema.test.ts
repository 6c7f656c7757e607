import { afterAll, expect, it } from 'vitest';
import { createPostgresStore, MIGRATIONS, migrate, openSqliteDatabase } from '../../src/registry/index.js';
import { createPool } from '../../src/registry/postgres/connection.js';
import { migratePostgres } from '../../src/registry/postgres/pg-migrate.js';
import { PG_MIGRATIONS } from '../../src/registry/postgres/pg-migrations.js';
import { describePostgres, TEST_POSTGRES_URL, TestSchemas } from './support/postgres.js';

const schemas = new TestSchemas();
afterAll(() => schemas.dropAll());

const at = '2026-03-02T09:00:00.000Z';

/** Table → its column names, sorted, for comparing the two schemas. */
type Shape = Record<string, string[]>;

function sqliteShape(): Shape {
  const db = openSqliteDatabase(':memory:');
  try {
    migrate(db);
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string }[];
    const shape: Shape = {};
    for (const { name } of tables) {
      shape[name] = (db.prepare(`PRAGMA table_info(${name})`).all() as { name: string }[])
        .map((c) => c.name)
        .sort();
    }
    return shape;
  } finally {
    db.close();
  }
}

await describePostgres('PostgreSQL schema', () => {
  it('has the same migrations, numbered in step with SQLite, and the same tables and columns', async () => {
    expect(PG_MIGRATIONS.map((m) => [m.version, m.description])).toEqual(
      MIGRATIONS.map((m) => [m.version, m.description]),
    );
    const schema = await schemas.next();
    const store = createPostgresStore({ url: TEST_POSTGRES_URL, schema });
    await store.ready();
    await store.close();
    const { rows } = await schemas.sql(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = $1`,
      [schema],
    );
    const pg: Shape = {};
    for (const row of rows) pg[row.table_name] = [...(pg[row.table_name] ?? []), row.column_name].sort();
    expect(pg).toEqual(sqliteShape());
  });

  it('keeps the audit log append-only: UPDATE, DELETE and TRUNCATE are refused', async () => {
    const { store, schema } = await schemas.storeWithSchema();
    const m = await store.addMembership({ organisation: 'Eurocities', benefit: 'b' }, { by: 'cli:anna', at });
    await store.close();
    const audit = `${schema}.audit_log`;
    await expect(schemas.sql(`UPDATE ${audit} SET actor = 'cli:mallory'`)).rejects.toThrow(/append-only/);
    await expect(schemas.sql(`DELETE FROM ${audit}`)).rejects.toThrow(/append-only/);
    await expect(schemas.sql(`TRUNCATE ${audit}`)).rejects.toThrow(/append-only/);
    const { rows } = await schemas.sql(`SELECT actor, entity_id::int FROM ${audit}`);
    expect(rows).toEqual([{ actor: 'cli:anna', entity_id: m.id }]);
  });

  it('migrates once when two instances start together on an empty database', async () => {
    const schema = await schemas.next();
    const stores = [1, 2, 3].map(() => createPostgresStore({ url: TEST_POSTGRES_URL, schema }));
    await Promise.all(stores.map((s) => s.ready()));
    const { rows } = await schemas.sql(`SELECT version FROM ${schema}.schema_version ORDER BY version`);
    expect(rows.map((r) => r.version)).toEqual(PG_MIGRATIONS.map((m) => m.version));
    await stores[0]!.addMembership({ organisation: 'A', benefit: 'b' }, { by: 'cli:anna', at });
    expect(await stores[2]!.listMemberships()).toHaveLength(1);
    await Promise.all(stores.map((s) => s.close()));
  });

  it('upgrades an older schema and keeps its rows', async () => {
    const schema = await schemas.next();
    const pool = createPool({ url: TEST_POSTGRES_URL, schema });
    expect((await migratePostgres(pool, { schema, upTo: 1 })).version).toBe(1);
    await pool.query(
      `INSERT INTO memberships (organisation, organisation_key, kind, body_key, benefit, registered_by, registered_at)
       VALUES ('Eurocities', 'eurocities', 'network', '', 'peer learning', 'slack:T1:U2', $1)`,
      [at],
    );
    await pool.query(
      `INSERT INTO audit_log (at, actor, action, entity, entity_id, after_json)
       VALUES ($1, 'slack:T1:U2', 'membership.add', 'membership', 1, '{}')`,
      [at],
    );
    await pool.end();
    const store = createPostgresStore({ url: TEST_POSTGRES_URL, schema });
    await store.ready();
    expect(await store.listMemberships()).toMatchObject([{ id: 1, organisation: 'Eurocities' }]);
    // Migration 4 filled in who acted from the old rows' actor ids.
    expect(await store.listAudit()).toMatchObject([
      { actor: 'slack:T1:U2', platform: 'slack', workspace: 'T1' },
    ]);
    // The identity column goes on after the rows that were there.
    const next = await store.addMembership({ organisation: 'B', benefit: 'b' }, { by: 'cli:anna', at });
    expect(next.id).toBe(2);
    await store.close();
  });

  it('refuses a database from a newer Utblick instead of guessing', async () => {
    const { store, schema } = await schemas.storeWithSchema();
    await store.close();
    await schemas.sql(`INSERT INTO ${schema}.schema_version VALUES (999, now())`);
    const newer = createPostgresStore({ url: TEST_POSTGRES_URL, schema });
    await expect(newer.ready()).rejects.toThrow(/schema version 999, newer than this program knows/);
    expect(newer.health()).toMatchObject({ ok: false, reason: expect.stringMatching(/newer than/) });
    await expect(newer.listMemberships()).rejects.toThrow(/newer than/);
    await newer.close();
  });
});

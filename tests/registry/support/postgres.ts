import fs from 'node:fs';
import os from 'node:os';
import pg from 'pg';
import { describe } from 'vitest';
import { createPostgresStore, type Store } from '../../../src/registry/index.js';

/**
 * PostgreSQL for tests: the server the development and CI machines run (127.0.0.1:5432, trust
 * authentication, database `test`), or UTBLICK_TEST_POSTGRES_URL. Every test gets a schema of its own
 * with a random name, so that two runs at once never meet, and drops it afterwards.
 */
export const TEST_POSTGRES_URL = process.env.UTBLICK_TEST_POSTGRES_URL ?? 'postgres://127.0.0.1:5432/test';

/** The URL with a user name (libpq's default, the operating-system user), for tools and child processes. */
export function testUrl(schema?: string): string {
  const url = new URL(TEST_POSTGRES_URL);
  if (!url.username) url.username = process.env.PGUSER || os.userInfo().username;
  if (schema) url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

let available: Promise<string | null> | undefined;

/** Null when the server answers; otherwise why not (checked once per test file). */
export function postgresProblem(): Promise<string | null> {
  available ??= (async () => {
    const client = new pg.Client({ connectionString: testUrl(), connectionTimeoutMillis: 3_000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return available;
}

/**
 * `describe` when PostgreSQL is there; otherwise the block is skipped, the reason printed, and the skip
 * written to UTBLICK_SKIP_REPORT when that is set, so that `.ci/run` fails instead of passing without
 * the PostgreSQL tests.
 */
export async function describePostgres(name: string, body: () => void): Promise<void> {
  const problem = await postgresProblem();
  if (problem === null) {
    describe(name, body);
    return;
  }
  const line = `PostgreSQL tests skipped (${name}): no server at ${new URL(TEST_POSTGRES_URL).host} (${problem})`;
  process.stderr.write(`${line}\n`);
  if (process.env.UTBLICK_SKIP_REPORT) fs.appendFileSync(process.env.UTBLICK_SKIP_REPORT, `${line}\n`);
  describe.skip(name, body);
}

export function randomSchema(prefix = 'utblick_t'): string {
  return `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Schemas made by one test file; `dropAll` in afterAll removes them with everything in them. With
 * `ownDatabase`, they live in a database made for the file: a test of what VACUUM FULL leaves on disk
 * needs it, since an open transaction of any other run in the same database keeps deleted rows alive.
 */
export class TestSchemas {
  private readonly made: string[] = [];
  private database: Promise<string> | null = null;

  constructor(private readonly options: { ownDatabase?: boolean } = {}) {}

  /** The URL of this file's database, with a schema as search path when given. */
  async url(schema?: string): Promise<string> {
    const url = new URL(testUrl(schema));
    if (this.options.ownDatabase) url.pathname = `/${await this.ownDatabase()}`;
    return url.toString();
  }

  private ownDatabase(): Promise<string> {
    this.database ??= (async () => {
      const name = randomSchema('utblick_db');
      await query(testUrl(), `CREATE DATABASE ${name}`);
      return name;
    })();
    return this.database;
  }

  /** A new empty schema's name (created by the store on first use, or here with `create: true`). */
  async next(options: { create?: boolean } = {}): Promise<string> {
    const schema = randomSchema();
    this.made.push(schema);
    if (options.create) await this.sql(`CREATE SCHEMA ${schema}`);
    return schema;
  }

  /** A fresh store on a schema of its own. */
  async store(): Promise<Store> {
    return (await this.storeWithSchema()).store;
  }

  async storeWithSchema(): Promise<{ store: Store; schema: string }> {
    const schema = await this.next();
    const url = this.options.ownDatabase ? await this.url() : TEST_POSTGRES_URL;
    const store = createPostgresStore({ url, schema, maxConnections: 4 });
    await store.ready();
    return { store, schema };
  }

  async sql(text: string, values: unknown[] = []): Promise<pg.QueryResult> {
    return query(await this.url(), text, values);
  }

  async dropAll(): Promise<void> {
    if (this.made.length > 0)
      await this.sql(`DROP SCHEMA IF EXISTS ${this.made.splice(0).join(', ')} CASCADE`);
    if (this.database) {
      const name = await this.database;
      this.database = null;
      await query(testUrl(), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  }
}

async function query(url: string, text: string, values: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

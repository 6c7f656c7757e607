import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { createPostgresStore } from '../../src/registry/index.js';
import { describePostgres, randomSchema, TestSchemas, testUrl } from './support/postgres.js';

const run = promisify(execFile);
const SCRIPT = path.resolve(import.meta.dirname, '../../deploy/two-instances/utblick-pg-backup.sh');
const admin = new TestSchemas();
const databases: string[] = [];
afterAll(async () => {
  for (const name of databases.splice(0)) await admin.sql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

/** A database of its own: pg_dump and pg_restore work on whole databases. */
async function database(): Promise<string> {
  const name = randomSchema('utblick_db');
  databases.push(name);
  await admin.sql(`CREATE DATABASE ${name}`);
  const url = new URL(testUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

const hasPgDump = await run('pg_dump', ['--version']).then(
  () => true,
  () => false,
);

await describePostgres('PostgreSQL backups with pg_dump (deploy/two-instances/utblick-pg-backup.sh)', () => {
  it.skipIf(!hasPgDump)(
    'dumps a live database and restores it record for record, audit log and ids included',
    async () => {
      const live = await database();
      const store = createPostgresStore({ url: live });
      await store.ready();
      const at = '2026-03-02T09:00:00.000Z';
      await store.addMembership({ organisation: 'Eurocities', benefit: 'b' }, { by: 'cli:anna', at });
      await store.addReferral(
        { dnr: '1/2026', dnrKey: '1-2026', title: 'T', due: '2026-09-01' },
        { by: 'cli:anna', at },
      );
      const before = { memberships: await store.listMemberships(), audit: await store.listAudit() };
      await store.close();

      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'utblick-pg-backup-'));
      try {
        await run('sh', [SCRIPT, dir, '14'], { env: { ...process.env, DATABASE_URL: live } });
        const dumps = fs.readdirSync(dir);
        expect(dumps).toEqual([expect.stringMatching(/^utblick-\d{8}T\d{6}Z\.dump$/)]);

        const restored = await database();
        await run('pg_restore', ['--no-owner', `--dbname=${restored}`, path.join(dir, dumps[0]!)]);
        const copy = createPostgresStore({ url: restored });
        await copy.ready();
        expect({ memberships: await copy.listMemberships(), audit: await copy.listAudit() }).toEqual(before);
        const next = await copy.addMembership({ organisation: 'UCLG', benefit: 'b' }, { by: 'cli:bo', at });
        expect(next.id).toBe(2);
        await copy.close();
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});

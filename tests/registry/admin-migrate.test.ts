import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, expect, it } from 'vitest';
import {
  createPostgresStore,
  createSqliteStore,
  DATABASE_FILE,
  type Store,
} from '../../src/registry/index.js';
import { utblick } from '../ops/support/admin.js';
import { describePostgres, TEST_POSTGRES_URL, TestSchemas, testUrl } from './support/postgres.js';

const schemas = new TestSchemas();
afterAll(() => schemas.dropAll());

let dataDir: string;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'utblick-migrate-to-'));
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const at = (minute: number) => `2026-03-02T09:${String(minute).padStart(2, '0')}:00.000Z`;

/** An SQLite database with something in every table, as a unit would have after some use. */
async function fill(store: Store): Promise<void> {
  const m = await store.addMembership(
    { organisation: 'Eurocities', benefit: 'Peer learning', body: 'Kommunstyrelsen', since: '2024-01-01' },
    { by: 'slack:T1:U1', at: at(1), name: 'Anna Andersson' },
  );
  await store.addMembership({ organisation: 'UCLG', benefit: 'Global' }, { by: 'cli:bo', at: at(2) });
  await store.endMembership(m.id, '2026-02-28', { by: 'teams:aad-1', at: at(3), workspace: 'tenant-1' });
  const r = await store.addReferral(
    {
      dnr: '006-1137/2007',
      dnrKey: '006-1137-2007',
      title: 'Övergripande mål',
      recipients: ['Stadsbyggnadsnämnden', 'Kulturnämnden'],
      due: '2008-09-01',
      extracted: { dnr: '006-1137/2007', title: 'Övergripande mål', due: '2008-09-01' },
      sourceDoc: 'seed.txt',
      sourceHash: 'abc',
      sourceState: 'present',
    },
    { by: 'system:knowledge', at: at(4) },
    'referral.extract',
  );
  await store.updateReferral(
    r.id,
    { status: 'answered', overridden: ['due'] },
    { by: 'cli:bo', at: at(5) },
    'referral.done',
  );
  await store.upsertSubscription(
    { conversation: 'slack:T1:C1', offsets: [7, 2], digest: true, bodyFilter: 'Kulturnämnden' },
    { by: 'slack:T1:U1', at: at(6) },
  );
  const key = {
    referralId: r.id,
    conversation: 'slack:T1:C1',
    kind: 'reminder' as const,
    duePoint: '2008-09-01/7',
  };
  const claim = await store.claimNotification(key, { now: at(7), leaseUntil: at(12) });
  await store.markNotificationSent(claim!, at(8), '1700000000.000001');
  await store.claimNotification({ ...key, duePoint: '2008-09-01/2' }, { now: at(9), leaseUntil: at(14) });
  for (const vote of ['up', 'down'] as const) {
    await store.addFeedback(
      {
        question: 'Vem ansvarar?',
        lang: 'sv',
        answerSummary: 'Nämnderna',
        topPassageId: 'doc#1',
        vote,
        userId: 'slack:T1:U1',
      },
      at(10),
    );
  }
  await store.addFeedbackStats([{ day: '2026-01-10', lang: 'en', topPassageId: null, vote: 'up', count: 3 }]);
}

/** Everything a store shows, for comparing two stores record by record. */
async function contents(store: Store) {
  return {
    memberships: await store.listMemberships({ includeEnded: true }),
    referrals: await store.listReferrals(),
    subscriptions: await store.listSubscriptions(),
    notifications: await store.listNotifications(),
    feedback: await store.listFeedback(),
    stats: await store.listFeedbackStats(),
    audit: await store.listAudit(),
  };
}

await describePostgres('utblick admin migrate --to postgres://…', () => {
  it('copies every record into an empty PostgreSQL database, verified per table, and ids go on from there', async () => {
    const sqlite = createSqliteStore(path.join(dataDir, DATABASE_FILE));
    await fill(sqlite);
    const expected = await contents(sqlite);
    await sqlite.close();
    const schema = await schemas.next({ create: true });

    const run = await utblick(['admin', 'migrate', '--to', testUrl(schema), '--lang', 'en'], {
      UTBLICK_DATA_DIR: dataDir,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('the row count matches in every table');
    expect(run.stdout).toMatch(/memberships\s+2\n/);
    expect(run.stdout).toMatch(/audit_log\s+6\n/);

    const pg = createPostgresStore({ url: TEST_POSTGRES_URL, schema });
    await pg.ready();
    expect(await contents(pg)).toEqual(expected);
    // New rows get new ids after the copied ones, and the audit log is append-only there too.
    const next = await pg.addMembership(
      { organisation: 'ICLEI', benefit: 'b' },
      { by: 'cli:anna', at: at(20) },
    );
    expect(next.id).toBe(3);
    const audit = await pg.listAudit();
    expect(audit.at(-1)).toMatchObject({ id: 7, action: 'membership.add', entityId: 3 });
    await expect(schemas.sql(`DELETE FROM ${schema}.audit_log`)).rejects.toThrow(/append-only/);
    await pg.close();
  });

  it('moves a database an earlier release wrote (schema 5, from the bank documents) record for record', async () => {
    const fixture = path.resolve(import.meta.dirname, '../fixtures/registry/effa726-bank.sqlite');
    fs.copyFileSync(fixture, path.join(dataDir, DATABASE_FILE));
    const schema = await schemas.next({ create: true });
    const run = await utblick(['admin', 'migrate', '--to', testUrl(schema), '--json'], {
      UTBLICK_DATA_DIR: dataDir,
    });
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { counts: Record<string, number> };
    const sqlite = createSqliteStore(path.join(dataDir, DATABASE_FILE));
    const expected = await contents(sqlite);
    await sqlite.close();
    expect(report.counts.referrals).toBe(expected.referrals.length);
    expect(expected.referrals.length).toBeGreaterThan(0);
    const pg = createPostgresStore({ url: TEST_POSTGRES_URL, schema });
    await pg.ready();
    expect(await contents(pg)).toEqual(expected);
    await pg.close();
  });

  it('refuses a target that already holds Utblick data, and changes nothing there', async () => {
    const sqlite = createSqliteStore(path.join(dataDir, DATABASE_FILE));
    await fill(sqlite);
    await sqlite.close();
    const { store, schema } = await schemas.storeWithSchema();
    await store.addMembership({ organisation: 'Already here', benefit: 'b' }, { by: 'cli:anna', at: at(1) });

    const run = await utblick(['admin', 'migrate', '--to', testUrl(schema)], { UTBLICK_DATA_DIR: dataDir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'Måldatabasen innehåller redan Utblick-data (memberships 1, audit_log 1) och skrivs inte över. Ange en tom databas. Inget har ändrats.\n',
    );
    expect((await store.listMemberships()).map((m) => m.organisation)).toEqual(['Already here']);
    expect(await store.listReferrals()).toEqual([]);
    await store.close();
  });

  it('says what is wrong when the source is missing, the address is not PostgreSQL, or the server is not there', async () => {
    const env = { UTBLICK_DATA_DIR: dataDir };
    const missing = await utblick(['admin', 'migrate', '--to', testUrl(), '--lang', 'en'], env);
    expect(missing).toMatchObject({ code: 1 });
    expect(missing.stderr).toContain('There is no SQLite database at');
    createSqliteStore(path.join(dataDir, DATABASE_FILE)).close();
    const mysql = await utblick(['admin', 'migrate', '--to', 'mysql://db/utblick', '--lang', 'en'], env);
    expect(mysql.stderr).toBe(
      'mysql://db/utblick is not a PostgreSQL address. Type, for example, --to postgres://utblick@db.example.org:5432/utblick.\n',
    );
    const away = await utblick(
      ['admin', 'migrate', '--to', 'postgres://utblick:secret@127.0.0.1:1/utblick', '--lang', 'en'],
      env,
    );
    expect(away.code).toBe(1);
    expect(away.stderr).toMatch(/^PostgreSQL cannot be reached \(.*ECONNREFUSED.*\)\. Nothing was changed/);
    expect(away.stderr).not.toContain('secret');
    const none = await utblick(['admin', 'migrate'], env);
    expect(none.stderr).toContain('Ange måldatabasen');
  });
});

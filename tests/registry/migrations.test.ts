import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteStore, LATEST_VERSION, migrate, openSqliteDatabase } from '../../src/registry/index.js';
import { MIGRATIONS } from '../../src/registry/sqlite/migrations.js';

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
const tempFile = () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'utblick-migrate-'));
  return path.join(dir, 'utblick.sqlite');
};

describe('schema migrations', () => {
  it('upgrades a version 1 database and keeps its memberships and audit log', async () => {
    const file = tempFile();
    const old = openSqliteDatabase(file);
    expect(migrate(old, 1)).toBe(1);
    old
      .prepare(
        `INSERT INTO memberships (organisation, organisation_key, kind, body, body_key, benefit, registered_by, registered_at)
         VALUES ('Eurocities', 'eurocities', 'network', 'Kommunstyrelsen', 'kommunstyrelsen', 'peer learning', 'cli:anna', '2025-01-10T09:00:00.000Z')`,
      )
      .run();
    old
      .prepare(
        `INSERT INTO audit_log (at, actor, action, entity, entity_id, before_json, after_json)
         VALUES ('2025-01-10T09:00:00.000Z', 'cli:anna', 'membership.add', 'membership', 1, NULL, '{}')`,
      )
      .run();
    expect(() => old.prepare('SELECT * FROM referrals').all()).toThrow(/no such table/);
    old.close();

    const store = createSqliteStore(file);
    const [m] = await store.listMemberships();
    expect(m).toMatchObject({
      id: 1,
      organisation: 'Eurocities',
      benefit: 'peer learning',
      registeredBy: 'cli:anna',
    });
    await expect(
      store.addMembership(
        { organisation: 'EUROCITIES', body: 'kommunstyrelsen', benefit: 'x' },
        { by: 'cli:bo', at: '2026-01-01T00:00:00.000Z' },
      ),
    ).rejects.toThrow(/duplicate/);
    await store.addReferral(
      { dnr: '1-2/2026', dnrKey: '1-2-2026', title: 'T' },
      { by: 'cli:bo', at: '2026-01-01T00:00:00.000Z' },
    );
    await store.upsertSubscription(
      { conversation: 'slack:T:C' },
      { by: 'cli:bo', at: '2026-01-01T00:00:00.000Z' },
    );
    expect(await store.listAudit()).toHaveLength(3);
    store.close();

    const check = openSqliteDatabase(file);
    const versions = check.prepare('SELECT version FROM schema_version ORDER BY version').all() as {
      version: number;
    }[];
    expect(versions.map((v) => v.version)).toEqual(MIGRATIONS.map((m) => m.version));
    // The old audit entry learns its platform; the log can no longer be edited or emptied.
    expect(check.prepare('SELECT platform, workspace FROM audit_log WHERE id = 1').get()).toEqual({
      platform: 'cli',
      workspace: null,
    });
    expect(() => check.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(() => check.prepare("UPDATE audit_log SET actor = 'someone else'").run()).toThrow(/append-only/);
    check.close();
  });

  it('opens the latest schema again without changing anything', async () => {
    const file = tempFile();
    const first = createSqliteStore(file);
    await first.addMembership(
      { organisation: 'UBC', benefit: 'x' },
      { by: 'cli:anna', at: '2026-01-01T00:00:00.000Z' },
    );
    first.close();
    const second = createSqliteStore(file);
    expect(await second.listMemberships()).toHaveLength(1);
    second.close();
  });

  it('refuses a database written by a newer program, with a clear message', () => {
    const file = tempFile();
    const db = openSqliteDatabase(file);
    migrate(db);
    db.prepare('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)').run(LATEST_VERSION + 1, 'x');
    db.close();
    expect(() => createSqliteStore(file)).toThrow(/newer than this program knows/);
  });

  it('runs with WAL and synchronous=FULL', () => {
    const db = openSqliteDatabase(tempFile());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    db.close();
  });
});

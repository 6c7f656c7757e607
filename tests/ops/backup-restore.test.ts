import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../src/registry/index.js';
import { LATEST_VERSION } from '../../src/registry/sqlite/migrations.js';
import { dumpTables, filesIn, integrity, startWriter, utblick } from './support/admin.js';

let dir: string;
let env: Record<string, string>;
let dataDir: string;
let live: string;

function envFor(data: string): Record<string, string> {
  return {
    UTBLICK_DATA_DIR: data,
    UTBLICK_KNOWLEDGE_DIR: path.join(dir, 'knowledge'),
    UTBLICK_LOG_LEVEL: 'error',
  };
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'utblick-backup-'));
  dataDir = path.join(dir, 'data');
  live = path.join(dataDir, 'utblick.sqlite');
  env = envFor(dataDir);
  fs.mkdirSync(path.join(dir, 'knowledge'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

type Row = Record<string, unknown>;

/** Ids 1..n without a gap, as a consistent prefix of an append-only register has. */
function expectContiguous(rows: Row[]): void {
  expect(rows.map((r) => r.id)).toEqual(rows.map((_, i) => i + 1));
}

/** A small register, through the real CLI, with a subscription and an audit trail. */
async function seed(data: Record<string, string>): Promise<void> {
  for (const args of [
    ['membership', 'add', 'Eurocities', 'benefit:Kunskapsutbyte', '--now', '2026-09-01T10:00:00+02:00'],
    [
      'referral',
      'add',
      'KS 2026/1',
      'title:Cykelplan',
      'from:KS',
      'due:2026-09-25',
      '--now',
      '2026-09-01T10:00:00+02:00',
    ],
  ]) {
    const result = await utblick(args, data);
    expect(result.code, result.stderr).toBe(0);
  }
}

describe('utblick admin backup', () => {
  it('takes a consistent backup while registrations are being written, and restores it row for row', async () => {
    createSqliteStore(live).close();
    const writer = startWriter(live);
    let backupAt: number;
    const backup = path.join(dir, 'backup.sqlite');
    try {
      backupAt = await writer.reached(30);
      const result = await utblick(['admin', 'backup', backup, '--lang', 'en'], env);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain(`The backup is saved in ${backup}`);
      // The writer goes on after the backup: the backup never stopped it.
      await writer.reached(writer.done() + 5);
    } finally {
      expect(await writer.stop()).toBe(0);
    }

    expect(integrity(backup)).toBe('ok');
    const saved = dumpTables(backup) as Record<string, Row[]>;
    const memberships = saved.memberships!;
    const referrals = saved.referrals!;
    // Every transaction committed before the backup started is in it; each one is whole.
    expect(memberships.length).toBeGreaterThanOrEqual(backupAt);
    expect(referrals).toHaveLength(memberships.length);
    expectContiguous(memberships);
    expectContiguous(referrals);
    const audited = new Set(saved.audit_log!.map((a) => `${a.entity}:${a.entity_id}`));
    for (const m of memberships)
      expect(audited.has(`membership:${m.id}`), `audit of membership ${m.id}`).toBe(true);
    for (const r of referrals)
      expect(audited.has(`referral:${r.id}`), `audit of referral ${r.id}`).toBe(true);
    expect(saved.audit_log).toHaveLength(memberships.length * 2);
    // And it is a prefix of what the live database holds now.
    const now = dumpTables(live) as Record<string, Row[]>;
    expect(now.memberships!.length).toBeGreaterThan(memberships.length);
    expect(now.memberships!.slice(0, memberships.length)).toEqual(memberships);
    expect(now.audit_log!.slice(0, saved.audit_log!.length)).toEqual(saved.audit_log);

    // Into an empty data directory.
    const fresh = envFor(path.join(dir, 'fresh'));
    const restored = await utblick(['admin', 'restore', backup, '--lang', 'en'], fresh);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(new RegExp(`memberships\\s+${memberships.length}\\n`));
    const freshFile = path.join(dir, 'fresh', 'utblick.sqlite');
    expect(integrity(freshFile)).toBe('ok');
    expect(dumpTables(freshFile)).toEqual(saved);

    // Over the live database, which has moved on: only with --force, and then it equals the backup.
    const refused = await utblick(['admin', 'restore', backup, '--lang', 'en'], env);
    expect(refused.code).toBe(1);
    const forced = await utblick(['admin', 'restore', backup, '--force', '--lang', 'en'], env);
    expect(forced.code, forced.stderr).toBe(0);
    expect(integrity(live)).toBe('ok');
    expect(dumpTables(live)).toEqual(saved);
    expect(filesIn(dataDir)).toEqual(['utblick.sqlite']);

    // The restored database is a working register: the store opens it and takes writes.
    const store = createSqliteStore(live);
    expect(await store.listMemberships()).toHaveLength(memberships.length);
    await store.addMembership(
      { organisation: 'After restore', benefit: 'x' },
      { by: 'cli:t', at: '2026-02-01T00:00:00.000Z' },
    );
    store.close();
  });

  it('prints what the backup holds, in Swedish by default and as JSON', async () => {
    await seed(env);
    const backup = path.join(dir, 'b.sqlite');
    const sv = await utblick(['admin', 'backup', backup], env);
    expect(sv.code, sv.stderr).toBe(0);
    expect(sv.stdout).toContain('integritetskontroll: ok');
    expect(sv.stdout).toMatch(new RegExp(`schemaversion\\s+${LATEST_VERSION}\\n`));
    expect(sv.stdout).toMatch(/medlemskap\s+1\n/);
    expect(sv.stdout).toMatch(/remisser\s+1\n/);
    expect(sv.stdout).toMatch(/granskningslogg\s+2\n/);
    const json = await utblick(['admin', 'backup', path.join(dir, 'c.sqlite'), '--json'], env);
    expect(JSON.parse(json.stdout)).toMatchObject({
      integrity: 'ok',
      schemaVersion: LATEST_VERSION,
      counts: { memberships: 1, referrals: 1, subscriptions: 0, notifications: 0, audit_log: 2 },
    });
  });

  it('refuses to overwrite an existing file without --force, and replaces it with --force', async () => {
    await seed(env);
    const backup = path.join(dir, 'b.sqlite');
    fs.writeFileSync(backup, 'an older backup');
    const refused = await utblick(['admin', 'backup', backup, '--lang', 'en'], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${backup} already exists`);
    expect(refused.stderr).toContain('--force');
    expect(fs.readFileSync(backup, 'utf8')).toBe('an older backup');
    expect(filesIn(dir)).toEqual(['b.sqlite', 'data', 'knowledge']);
    const forced = await utblick(['admin', 'backup', backup, '--force'], env);
    expect(forced.code, forced.stderr).toBe(0);
    expect(dumpTables(backup).memberships).toHaveLength(1);
  });

  it('refuses to write the backup over the database itself, even with --force', async () => {
    await seed(env);
    const before = dumpTables(live);
    for (const target of [live, `${live}-wal`]) {
      const refused = await utblick(['admin', 'backup', target, '--force', '--lang', 'en'], env);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('is the database itself');
    }
    expect(integrity(live)).toBe('ok');
    expect(dumpTables(live)).toEqual(before);
  });

  it('backs up a database from a newer version too (only a restore needs a schema it knows)', async () => {
    await seed(env);
    const db = new Database(live);
    db.prepare('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)').run(
      LATEST_VERSION + 1,
      '2027-01-01',
    );
    db.close();
    const backup = path.join(dir, 'b.sqlite');
    const result = await utblick(['admin', 'backup', backup, '--lang', 'en'], env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`schema version\\s+${LATEST_VERSION + 1}\\n`));
    expect(dumpTables(backup)).toEqual(dumpTables(live));
  });

  it('says so when there is no database to back up, or no such folder', async () => {
    const none = await utblick(['admin', 'backup', path.join(dir, 'b.sqlite'), '--lang', 'en'], env);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('There is no database at');
    await seed(env);
    const noDir = await utblick(
      ['admin', 'backup', path.join(dir, 'nowhere', 'b.sqlite'), '--lang', 'en'],
      env,
    );
    expect(noDir.code).toBe(1);
    expect(noDir.stderr).toContain('does not exist');
    const noFile = await utblick(['admin', 'backup'], env);
    expect(noFile.code).toBe(1);
    expect(noFile.stderr).toContain('utblick admin backup utblick-backup.sqlite');
  });
});

describe('utblick admin restore refuses, and changes nothing', () => {
  let backup: string;
  let before: Record<string, unknown[]>;
  beforeEach(async () => {
    await seed(env);
    backup = path.join(dir, 'backup.sqlite');
    expect((await utblick(['admin', 'backup', backup], env)).code).toBe(0);
    const more = await utblick(['membership', 'add', 'ICLEI', 'benefit:Klimat'], env);
    expect(more.code).toBe(0);
    before = dumpTables(live);
  });

  async function expectRefused(file: string, args: string[], message: string | RegExp): Promise<void> {
    const result = await utblick(['admin', 'restore', file, ...args, '--lang', 'en'], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(dumpTables(live)).toEqual(before);
    expect(filesIn(dataDir).filter((f) => !/^utblick\.sqlite(-wal|-shm)?$/.test(f))).toEqual([]);
  }

  it('a database that holds data, without --force', async () => {
    await expectRefused(backup, [], /already holds data \(\d+ rows\).*utblick admin restore .*--force/);
  });

  it('a file that is not SQLite', async () => {
    const text = path.join(dir, 'notes.txt');
    fs.writeFileSync(text, 'This is not a database, just some notes about it.\n'.repeat(200));
    await expectRefused(text, ['--force'], `${text} is not an SQLite database`);
  });

  it('a damaged SQLite file', async () => {
    const damaged = path.join(dir, 'damaged.sqlite');
    const bytes = fs.readFileSync(backup);
    const pageSize = bytes.readUInt16BE(16);
    // Garbage over the second page (a table's b-tree page).
    for (let i = pageSize; i < pageSize * 2; i++) bytes[i] = (i * 37) & 0xff;
    fs.writeFileSync(damaged, bytes);
    await expectRefused(damaged, ['--force'], `${damaged} is damaged`);
  });

  it('a backup from a newer version of Utblick', async () => {
    const newer = path.join(dir, 'newer.sqlite');
    fs.copyFileSync(backup, newer);
    const db = new Database(newer);
    db.prepare('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)').run(
      LATEST_VERSION + 1,
      '2027-01-01',
    );
    db.close();
    await expectRefused(
      newer,
      ['--force'],
      `has schema version ${LATEST_VERSION + 1}, newer than this version of Utblick knows (${LATEST_VERSION})`,
    );
  });

  it('a backup that lacks a table its schema version has', async () => {
    const partial = path.join(dir, 'partial.sqlite');
    fs.copyFileSync(backup, partial);
    const db = new Database(partial);
    db.exec('DROP TABLE subscriptions');
    db.close();
    await expectRefused(
      partial,
      ['--force'],
      new RegExp(`lacks tables that schema version ${LATEST_VERSION} has \\(subscriptions\\)`),
    );
  });

  it('a database file with its -wal beside it (a live database, not a backup)', async () => {
    const other = path.join(dir, 'other');
    const copy = path.join(other, 'utblick.sqlite');
    const open = createSqliteStore(copy);
    await open.addMembership(
      { organisation: 'Only in the WAL', benefit: 'x' },
      { by: 'cli:t', at: '2026-01-01T00:00:00.000Z' },
    );
    try {
      await expectRefused(copy, ['--force'], /has a -wal file beside it/);
    } finally {
      open.close();
    }
  });

  it('a file that does not exist', async () => {
    await expectRefused(path.join(dir, 'missing.sqlite'), ['--force'], /missing\.sqlite does not exist/);
  });

  it('a database the server (or any process) has open, even with --force', async () => {
    const server = createSqliteStore(live);
    try {
      await expectRefused(backup, ['--force'], /in use by another process.*Stop the server first/);
      // The open connection still works on the same database.
      expect(await server.listMemberships()).toHaveLength(2);
    } finally {
      server.close();
    }
  });
});

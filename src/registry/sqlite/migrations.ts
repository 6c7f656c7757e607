import type Database from 'better-sqlite3';

/**
 * Schema migrations, applied in order inside one transaction each. A migration is never edited once
 * shipped: add a new one. `schema_version` holds one row per applied version.
 */
export type Migration = { version: number; description: string; sql: string };

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    description: 'memberships and the audit log',
    sql: `
      CREATE TABLE memberships (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        organisation TEXT NOT NULL,
        organisation_key TEXT NOT NULL,
        kind TEXT NOT NULL,
        body TEXT,
        body_key TEXT NOT NULL,
        contact TEXT,
        since TEXT,
        until TEXT,
        area TEXT,
        benefit TEXT NOT NULL,
        registered_by TEXT NOT NULL,
        registered_by_name TEXT,
        registered_at TEXT NOT NULL,
        ended_by TEXT,
        ended_at TEXT,
        end_date TEXT
      );
      CREATE UNIQUE INDEX memberships_active_unique
        ON memberships (organisation_key, body_key) WHERE ended_at IS NULL;
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER NOT NULL,
        before_json TEXT,
        after_json TEXT
      );
      CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
    `,
  },
  {
    version: 2,
    description: 'referrals and subscriptions',
    sql: `
      CREATE TABLE referrals (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        dnr TEXT NOT NULL,
        dnr_key TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        sender TEXT,
        recipients_json TEXT NOT NULL DEFAULT '[]',
        our_body TEXT,
        received TEXT,
        due TEXT,
        case_officer TEXT,
        status TEXT NOT NULL DEFAULT 'open',
        status_by TEXT,
        status_by_name TEXT,
        status_at TEXT,
        source_doc TEXT,
        source_hash TEXT,
        source_state TEXT,
        extracted_json TEXT,
        overridden_json TEXT NOT NULL DEFAULT '[]',
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE subscriptions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        conversation TEXT NOT NULL UNIQUE,
        body_filter TEXT,
        offsets_json TEXT NOT NULL,
        digest INTEGER NOT NULL DEFAULT 0,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 3,
    description: 'notification log and answer feedback',
    sql: `
      CREATE TABLE notifications (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        referral_id INTEGER NOT NULL,
        conversation TEXT NOT NULL,
        kind TEXT NOT NULL,
        due_point TEXT NOT NULL,
        state TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        claim_token TEXT,
        lease_until TEXT,
        retry_at TEXT,
        last_error TEXT,
        sent_at TEXT,
        message_id TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (referral_id, conversation, kind, due_point)
      );
      CREATE TABLE feedback (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        question TEXT NOT NULL,
        lang TEXT NOT NULL,
        answer_summary TEXT NOT NULL,
        top_passage_id TEXT,
        vote TEXT NOT NULL,
        user_id TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 4,
    description: 'who acted in the audit log (platform, workspace, display name); the log is append-only',
    sql: `
      ALTER TABLE audit_log ADD COLUMN platform TEXT;
      ALTER TABLE audit_log ADD COLUMN workspace TEXT;
      ALTER TABLE audit_log ADD COLUMN actor_name TEXT;
      UPDATE audit_log SET platform = substr(actor, 1, instr(actor, ':') - 1) WHERE instr(actor, ':') > 1;
      UPDATE audit_log SET workspace = substr(actor, 7, instr(substr(actor, 7), ':') - 1)
        WHERE platform = 'slack' AND instr(substr(actor, 7), ':') > 1;
      CREATE INDEX audit_log_actor ON audit_log (actor);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    `,
  },
  {
    version: 5,
    description: 'anonymous feedback counts for retention, and indexes for personal-data requests',
    sql: `
      CREATE TABLE feedback_stats (
        day TEXT NOT NULL,
        lang TEXT NOT NULL,
        top_passage_id TEXT NOT NULL DEFAULT '',
        vote TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (day, lang, top_passage_id, vote)
      );
      CREATE INDEX feedback_created_at ON feedback (created_at);
      CREATE INDEX feedback_user_id ON feedback (user_id);
    `,
  },
  {
    version: 6,
    description:
      'referrals follow the reading: the case a record was read from, the extractor version, the other case numbers',
    sql: `
      ALTER TABLE referrals ADD COLUMN source_case TEXT;
      ALTER TABLE referrals ADD COLUMN extractor_version INTEGER;
      ALTER TABLE referrals ADD COLUMN other_dnrs_json TEXT NOT NULL DEFAULT '[]';
      UPDATE referrals SET extractor_version = 1 WHERE source_doc IS NOT NULL;
      CREATE INDEX referrals_source ON referrals (source_doc, source_case);
    `,
  },
  {
    version: 7,
    description: 'conversation context: the case ids of the previous answer per thread, with a time limit',
    sql: `
      CREATE TABLE conversation_context (
        conversation TEXT PRIMARY KEY,
        cases_json TEXT NOT NULL DEFAULT '[]',
        choices_json TEXT NOT NULL DEFAULT '[]',
        expires_at TEXT NOT NULL
      );
      CREATE INDEX conversation_context_expires ON conversation_context (expires_at);
    `,
  },
  {
    version: 8,
    description: 'question tickets to the international unit, with their two deliveries',
    sql: `
      CREATE TABLE tickets (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        question TEXT NOT NULL,
        lang TEXT NOT NULL,
        utblick_answer TEXT NOT NULL DEFAULT '',
        asked_by TEXT NOT NULL,
        asked_by_name TEXT,
        platform TEXT NOT NULL,
        reply_to TEXT,
        created_at TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open',
        answer TEXT,
        answered_by TEXT,
        answered_by_name TEXT,
        answered_at TEXT,
        posted_at TEXT,
        post_token TEXT,
        post_lease TEXT,
        delivered_at TEXT,
        deliver_token TEXT,
        deliver_lease TEXT,
        delivery_failed TEXT
      );
      CREATE INDEX tickets_asked_by ON tickets (asked_by);
      CREATE INDEX tickets_created_at ON tickets (created_at);
    `,
  },
  {
    version: 9,
    description: 'curated answers: question wordings, the answer, its source and review date',
    sql: `
      CREATE TABLE curated_answers (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        wordings_json TEXT NOT NULL,
        answer TEXT NOT NULL,
        lang TEXT NOT NULL,
        source TEXT NOT NULL,
        review_by TEXT NOT NULL,
        ticket_id INTEGER,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
    `,
  },
];

export const LATEST_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

export function currentVersion(db: Database.Database): number {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
  );
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number | null };
  return row.v ?? 0;
}

/**
 * Applies, in ascending order, every migration up to `upTo` (tests use it to build old schemas) that the
 * database has not had yet. "Not had yet" is by version number, not "above the highest": branches merged
 * in a different order than they were numbered (a database that got 5 before 4 existed) still get 4.
 */
export function migrate(db: Database.Database, upTo = LATEST_VERSION, migrations = MIGRATIONS): number {
  const from = currentVersion(db);
  const latest = Math.max(...migrations.map((m) => m.version));
  if (from > latest) {
    throw new Error(
      `The database has schema version ${from}, newer than this program knows (${latest}). Upgrade Utblick.`,
    );
  }
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_version').all() as { version: number }[]).map((r) => r.version),
  );
  const pending = [...migrations].sort((a, b) => a.version - b.version);
  for (const migration of pending) {
    if (applied.has(migration.version) || migration.version > upTo) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)').run(
        migration.version,
        new Date().toISOString(),
      );
    }).immediate();
  }
  return currentVersion(db);
}

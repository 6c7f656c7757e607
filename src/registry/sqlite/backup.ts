import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { LATEST_VERSION, MIGRATIONS } from './migrations.js';

/**
 * Online backup and atomic restore of the embedded database. Both work on a temporary file next to
 * the target and rename it into place only once it is verified and on disk, so a failure (a full disk,
 * a corrupt source, Ctrl-C) never leaves a half-written backup or database behind.
 */

export type BackupErrorCode =
  | 'no_database'
  | 'not_found'
  | 'exists'
  | 'no_directory'
  | 'not_sqlite'
  | 'corrupt'
  | 'not_utblick'
  | 'newer_schema'
  | 'missing_tables'
  | 'in_use'
  | 'has_data'
  | 'unreadable_target'
  | 'same_file'
  | 'live_copy';

/** A refusal or failure the CLI turns into a sentence; `data` holds what the sentence names. */
export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    readonly data: Record<string, string | number> = {},
  ) {
    super(`${code} ${JSON.stringify(data)}`);
    this.name = 'BackupError';
  }
}

/** What a database file holds: its schema version and the number of rows in each table. */
export type DatabaseSummary = {
  schemaVersion: number;
  /** Rows per table (registers, notification log, feedback, audit log), tables in schema order. */
  counts: Record<string, number>;
  bytes: number;
};

/** Tables that belong to SQLite or to the migrations themselves, not to a register. */
const INTERNAL_TABLES = new Set(['schema_version', 'sqlite_sequence']);

/** The tables the migrations up to `version` create: a file claiming that version must have them all. */
export function expectedTables(version: number): string[] {
  return MIGRATIONS.filter((m) => m.version <= version).flatMap((m) =>
    [...m.sql.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?(\w+)/gi)].map((match) => match[1]!),
  );
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Maps SQLite's "this is not a database" family to our codes; anything else is rethrown. */
function asBackupError(error: unknown, file: string): never {
  const code = errorCode(error);
  if (code === 'SQLITE_NOTADB') throw new BackupError('not_sqlite', { file });
  if (code?.startsWith('SQLITE_CORRUPT')) throw new BackupError('corrupt', { file, detail: 'corrupt' });
  throw error;
}

/**
 * Verifies an open database the way restore needs it: integrity, a schema version this program knows,
 * every table that version has. Returns its summary.
 */
function verify(db: Database.Database, file: string, checkSchema: boolean): DatabaseSummary {
  try {
    const problems = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
    const first = problems[0]?.integrity_check ?? 'no answer';
    if (problems.length !== 1 || first !== 'ok') {
      throw new BackupError('corrupt', { file, detail: first.slice(0, 200) });
    }
    const tables = new Set(
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[],
    );
    if (!tables.has('schema_version')) throw new BackupError('not_utblick', { file });
    const version =
      (db.prepare('SELECT MAX(version) FROM schema_version').pluck().get() as number | null) ?? 0;
    if (version < 1) throw new BackupError('not_utblick', { file });
    // A backup copies whatever the database is; only a restore must be sure this program can run it.
    if (!checkSchema) return { schemaVersion: version, counts: countRows(db), bytes: fs.statSync(file).size };
    if (version > LATEST_VERSION) {
      throw new BackupError('newer_schema', { file, version, latest: LATEST_VERSION });
    }
    const missing = expectedTables(version).filter((t) => !tables.has(t));
    if (missing.length > 0) {
      throw new BackupError('missing_tables', { file, version, tables: missing.join(', ') });
    }
    return { schemaVersion: version, counts: countRows(db), bytes: fs.statSync(file).size };
  } catch (error) {
    if (error instanceof BackupError) throw error;
    return asBackupError(error, file);
  }
}

function countRows(db: Database.Database): Record<string, number> {
  const names = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rootpage")
    .pluck()
    .all() as string[];
  const counts: Record<string, number> = {};
  for (const name of names) {
    if (INTERNAL_TABLES.has(name) || name.startsWith('sqlite_')) continue;
    counts[name] = db
      .prepare(`SELECT COUNT(*) FROM "${name.replace(/"/g, '""')}"`)
      .pluck()
      .get() as number;
  }
  return counts;
}

/** True when `other` is the database file `db` or one of its -wal/-shm/-journal files. */
function sameDatabase(db: string, other: string): boolean {
  const real = (f: string) => {
    try {
      return fs.realpathSync(f);
    } catch {
      return path.resolve(f);
    }
  };
  const base = real(db);
  const candidate = real(other);
  return ['', '-wal', '-shm', '-journal'].some((suffix) => candidate === `${base}${suffix}`);
}

/** A name for a temporary file in `dir` that no other run uses. */
function tempName(dir: string, base: string): string {
  return path.join(dir, `.${base}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

function removeQuietly(file: string): void {
  for (const f of [file, `${file}-journal`, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
}

function fsyncPath(file: string): void {
  const fd = fs.openSync(file, 'r');
  try {
    fs.fsyncSync(fd);
  } catch (error) {
    // Some file systems refuse fsync on a directory; the rename is still atomic there.
    if (errorCode(error) !== 'EINVAL' && errorCode(error) !== 'EISDIR') throw error;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Makes a self-contained copy (rollback journal, no -wal beside it) and verifies it. Safe to run on
 * a temporary file only: it changes the journal mode.
 */
function finishCopy(file: string, checkSchema: boolean): DatabaseSummary {
  let db: Database.Database;
  try {
    db = new Database(file, { fileMustExist: true });
  } catch (error) {
    return asBackupError(error, file);
  }
  try {
    try {
      db.pragma('journal_mode = DELETE');
    } catch (error) {
      asBackupError(error, file);
    }
    return verify(db, file, checkSchema);
  } finally {
    db.close();
  }
}

/**
 * Copies the live database to `target` with SQLite's online backup API while other connections (the
 * running server) keep reading and writing. The whole copy is one step, i.e. one read transaction, so
 * the backup is exactly the database as of one moment. Refuses an existing `target` unless `force`.
 */
export async function backupDatabase(
  source: string,
  target: string,
  options: { force?: boolean } = {},
): Promise<DatabaseSummary> {
  if (!fs.existsSync(source)) throw new BackupError('no_database', { file: source });
  if (sameDatabase(source, target)) throw new BackupError('same_file', { file: target });
  if (fs.existsSync(target) && !options.force) throw new BackupError('exists', { file: target });
  const dir = path.dirname(target);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new BackupError('no_directory', { dir });
  }
  const temp = tempName(dir, path.basename(target));
  try {
    const db = new Database(source, { fileMustExist: true });
    try {
      db.pragma('busy_timeout = 5000');
      // 0x7fffffff pages per step: everything in one step, so concurrent writes never restart it.
      await db.backup(temp, { progress: () => 0x7fffffff });
    } catch (error) {
      asBackupError(error, source);
    } finally {
      db.close();
    }
    const summary = finishCopy(temp, false);
    fsyncPath(temp);
    if (fs.existsSync(target) && !options.force) throw new BackupError('exists', { file: target });
    fs.renameSync(temp, target);
    fsyncPath(dir);
    return { ...summary, bytes: fs.statSync(target).size };
  } finally {
    removeQuietly(temp);
  }
}

/** The current database, opened so that nobody else can use it until `release` (see restore). */
type Locked = { counts: Record<string, number> | null; release(): void };

/**
 * Takes the current database away from everybody else: leaving WAL mode needs every other connection
 * closed (SQLite answers SQLITE_BUSY while the server or a CLI command has it open), and the exclusive
 * transaction then keeps new ones out until the new file is in place.
 */
function lockCurrent(file: string): Locked {
  let db: Database.Database;
  try {
    db = new Database(file, { fileMustExist: true });
  } catch {
    return { counts: null, release() {} };
  }
  try {
    db.pragma('busy_timeout = 0');
    db.pragma('journal_mode = DELETE');
    db.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    db.close();
    const code = errorCode(error);
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') throw new BackupError('in_use', { file });
    return { counts: null, release() {} };
  }
  let counts: Record<string, number> | null;
  try {
    counts = countRows(db);
  } catch {
    counts = null;
  }
  return {
    counts,
    release() {
      if (db.inTransaction) db.exec('ROLLBACK');
      db.close();
    },
  };
}

/**
 * Replaces the database at `target` with a verified copy of `backup`. Refuses a database in use by
 * another process (the running server), and one holding data unless `force`. The new file is copied
 * into the data directory, verified, fsynced and renamed over the old one: at every moment the
 * database is either the old one or the whole new one.
 */
export function restoreDatabase(
  backup: string,
  target: string,
  options: { force?: boolean; onVerified?: (summary: DatabaseSummary) => void } = {},
): DatabaseSummary {
  if (!fs.existsSync(backup) || !fs.statSync(backup).isFile())
    throw new BackupError('not_found', { file: backup });
  if (sameDatabase(target, backup)) throw new BackupError('same_file', { file: backup });
  // A database with a -wal beside it is live (or was copied mid-write): its file alone is not all of it.
  if (fs.existsSync(`${backup}-wal`) && fs.statSync(`${backup}-wal`).size > 0) {
    throw new BackupError('live_copy', { file: backup });
  }
  const dir = path.dirname(target);
  fs.mkdirSync(dir, { recursive: true });
  const temp = tempName(dir, path.basename(target));
  let locked: Locked | null = null;
  try {
    fs.copyFileSync(backup, temp);
    let summary: DatabaseSummary;
    try {
      summary = finishCopy(temp, true);
    } catch (error) {
      // Name the file the person gave, not our temporary copy.
      if (error instanceof BackupError) throw new BackupError(error.code, { ...error.data, file: backup });
      throw error;
    }
    options.onVerified?.(summary);
    fsyncPath(temp);
    if (fs.existsSync(target)) {
      locked = lockCurrent(target);
      const held = locked.counts;
      if (!options.force) {
        if (held === null) throw new BackupError('unreadable_target', { file: target });
        const rows = Object.values(held).reduce((a, b) => a + b, 0);
        if (rows > 0) throw new BackupError('has_data', { file: target, rows });
      }
    }
    // Stale -wal/-shm of the old file must never be applied to the new one.
    for (const f of [`${target}-wal`, `${target}-shm`, `${target}-journal`]) fs.rmSync(f, { force: true });
    fs.renameSync(temp, target);
    fsyncPath(dir);
    return { ...summary, bytes: fs.statSync(target).size };
  } finally {
    locked?.release();
    removeQuietly(temp);
  }
}

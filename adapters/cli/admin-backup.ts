import path from 'node:path';
import type { Lang } from '../../src/core/lang.js';
import { operatorMessage } from '../../src/observability/error-description.js';
import {
  BackupError,
  backupDatabase,
  type DatabaseSummary,
  restoreDatabase,
} from '../../src/registry/sqlite/backup.js';
import { DATABASE_FILE } from '../../src/registry/sqlite/sqlite-store.js';
import type { AdminSubcommand } from './admin.js';
import { t } from './admin-backup-messages.js';
import { isFlagError, parseCliArgs } from './flags.js';
import type { CliIo } from './io.js';
import { openConfig } from './open.js';

type Command = 'backup' | 'restore';
type Parsed = { file: string; force: boolean; json: boolean; lang: Lang };

/** Reads `FILE [--force] [--json] [--lang sv|en]`; Swedish unless told otherwise, like every utblick command. */
function parse(command: Command, args: string[], io: CliIo): Parsed | number {
  const fail = (text: string) => {
    io.stderr(`${text}\n`);
    return 1;
  };
  const parsed = parseCliArgs(args, {
    command: `admin ${command}`,
    flags: { force: { type: 'boolean' } },
    unknown: 'error',
  });
  if (isFlagError(parsed)) return fail(parsed.error);
  const { lang, json } = parsed.common;
  const positional = parsed.positionals;
  if (parsed.common.help || positional[0] === 'help') {
    io.stdout(t(lang, command === 'backup' ? 'usage_backup' : 'usage_restore'));
    return 0;
  }
  const [file, ...extra] = positional;
  if (!file) return fail(t(lang, 'missing_file', { command }));
  if (extra.length > 0) return fail(t(lang, 'extra_args', { extra: extra.join(' '), command }));
  return { file: path.resolve(io.cwd, file), force: parsed.flags.force === true, json, lang };
}

/**
 * The SQLite database file of the configured data directory: backup and restore copy files. With
 * DATABASE_URL set the store is PostgreSQL, whose backups are pg_dump's (README).
 */
function databaseFile(io: CliIo, lang: Lang, command: Command): string | number {
  const config = openConfig(io, lang);
  if (!config) return 1;
  if (config.databaseUrl) {
    io.stderr(`${t(lang, 'postgres', { command })}\n`);
    return 1;
  }
  return path.join(config.dataDir, DATABASE_FILE);
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function summaryLines(summary: DatabaseSummary, lang: Lang): string {
  const rows: [string, number][] = [
    [t(lang, 'schema_version'), summary.schemaVersion],
    ...Object.entries(summary.counts).map(([name, n]): [string, number] => [t(lang, 'table', { name }), n]),
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, n]) => `  ${label.padEnd(width)}  ${n}\n`).join('');
}

/** A refusal as one sentence on stderr; anything unexpected as a sentence too, never a stack trace. */
function reportError(error: unknown, io: CliIo, lang: Lang, backup: string): number {
  if (error instanceof BackupError) {
    io.stderr(`${t(lang, error.code, { ...error.data, backup })}\n`);
    return 1;
  }
  // The operator at the terminal needs the reason (a full disk, a permission), and is its only reader.
  const reason = operatorMessage(error);
  io.stderr(`${t(lang, 'failed', { reason })}\n`);
  return 1;
}

async function runBackup(args: string[], io: CliIo): Promise<number> {
  const parsed = parse('backup', args, io);
  if (typeof parsed === 'number') return parsed;
  const { file, force, json, lang } = parsed;
  const source = databaseFile(io, lang, 'backup');
  if (typeof source === 'number') return source;
  try {
    const summary = await backupDatabase(source, file, { force });
    if (json) io.stdout(`${JSON.stringify({ file, integrity: 'ok', ...summary })}\n`);
    else
      io.stdout(
        `${t(lang, 'backup_done', { file, size: size(summary.bytes) })}\n${summaryLines(summary, lang)}`,
      );
    return 0;
  } catch (error) {
    return reportError(error, io, lang, file);
  }
}

async function runRestore(args: string[], io: CliIo): Promise<number> {
  const parsed = parse('restore', args, io);
  if (typeof parsed === 'number') return parsed;
  const { file, force, json, lang } = parsed;
  const target = databaseFile(io, lang, 'restore');
  if (typeof target === 'number') return target;
  try {
    const summary = restoreDatabase(file, target, {
      force,
      // What the backup holds is shown before any refusal about the current database.
      onVerified: (checked) => {
        if (!json) io.stdout(`${t(lang, 'restore_checked', { file })}\n${summaryLines(checked, lang)}`);
      },
    });
    if (json) io.stdout(`${JSON.stringify({ file, target, integrity: 'ok', ...summary })}\n`);
    else io.stdout(`${t(lang, 'restore_done', { file, target })}\n`);
    return 0;
  } catch (error) {
    return reportError(error, io, lang, file);
  }
}

export const backupCommand: AdminSubcommand = {
  usage: 'backup FILE [--force] [--json] [--lang sv|en]     online backup of the database, verified',
  run: runBackup,
};

export const restoreCommand: AdminSubcommand = {
  usage:
    'restore FILE [--force] [--json] [--lang sv|en]    replace the database with a verified backup (server stopped)',
  run: runRestore,
};

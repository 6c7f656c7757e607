import path from 'node:path';
import type { Lang } from '../../src/core/lang.js';
import { defineMessages } from '../../src/i18n/messages.js';
import { COPIED_TABLES, CopyError, copySqliteToPostgres } from '../../src/registry/copy-to-postgres.js';
import { NewerSchemaError } from '../../src/registry/postgres/pg-migrate.js';
import { DATABASE_FILE } from '../../src/registry/sqlite/sqlite-store.js';
import { StoreUnavailableError } from '../../src/registry/store.js';
import type { AdminSubcommand } from './admin.js';
import { isFlagError, parseCliArgs } from './flags.js';
import type { CliIo } from './io.js';
import { openConfig } from './open.js';

const t = defineMessages({
  sv: {
    usage:
      'Användning: utblick admin migrate --to postgres://ANVÄNDARE@VÄRD:5432/DATABAS [--json] [--lang sv|en]\n' +
      '  Kopierar den inbyggda SQLite-databasen (UTBLICK_DATA_DIR) till en tom PostgreSQL-databas och kontrollerar\n' +
      '  antalet rader i varje tabell. Stoppa servern först; sätt sedan DATABASE_URL och starta den igen.\n',
    missing_to:
      'Ange måldatabasen: utblick admin migrate --to postgres://utblick@db.example.org:5432/utblick',
    not_postgres: (p) =>
      `${p.url} är ingen PostgreSQL-adress. Skriv till exempel --to postgres://utblick@db.example.org:5432/utblick.`,
    no_source: (p) =>
      `Det finns ingen SQLite-databas i ${p.file}, så det finns inget att kopiera. Är UTBLICK_DATA_DIR samma som för servern?`,
    target_not_empty: (p) =>
      `Måldatabasen innehåller redan Utblick-data (${p.tables}) och skrivs inte över. Ange en tom databas. Inget har ändrats.`,
    count_mismatch: (p) =>
      `Kontrollen misslyckades: tabellen ${p.table} har ${p.source} rader i SQLite men ${p.target} i PostgreSQL. Inget har sparats.`,
    newer_schema: (p) =>
      `Måldatabasen har schemaversion ${p.found}, nyare än den här versionen av Utblick känner till (${p.known}). Inget har ändrats.`,
    unavailable: (p) =>
      `PostgreSQL går inte att nå (${p.reason}). Inget har ändrats; kontrollera adressen och försök igen.`,
    failed: (p) => `Kopieringen gick inte: ${p.reason}. Inget har sparats i PostgreSQL.`,
    done: (p) =>
      `SQLite-databasen är kopierad till PostgreSQL (schemaversion ${p.version}); antalet rader stämmer i varje tabell:`,
    next: 'Sätt DATABASE_URL till måladressen för varje instans och starta servrarna. Behåll SQLite-filen som säkerhetskopia.',
  },
  en: {
    usage:
      'Usage: utblick admin migrate --to postgres://USER@HOST:5432/DATABASE [--json] [--lang sv|en]\n' +
      '  Copies the embedded SQLite database (UTBLICK_DATA_DIR) into an empty PostgreSQL database and verifies\n' +
      '  the row count of every table. Stop the server first; then set DATABASE_URL and start it again.\n',
    missing_to:
      'Name the target database: utblick admin migrate --to postgres://utblick@db.example.org:5432/utblick',
    not_postgres: (p) =>
      `${p.url} is not a PostgreSQL address. Type, for example, --to postgres://utblick@db.example.org:5432/utblick.`,
    no_source: (p) =>
      `There is no SQLite database at ${p.file}, so there is nothing to copy. Is UTBLICK_DATA_DIR the same as the server's?`,
    target_not_empty: (p) =>
      `The target database already holds Utblick data (${p.tables}) and is not overwritten. Name an empty database. Nothing was changed.`,
    count_mismatch: (p) =>
      `The check failed: table ${p.table} has ${p.source} rows in SQLite but ${p.target} in PostgreSQL. Nothing was saved.`,
    newer_schema: (p) =>
      `The target database has schema version ${p.found}, newer than this version of Utblick knows (${p.known}). Nothing was changed.`,
    unavailable: (p) =>
      `PostgreSQL cannot be reached (${p.reason}). Nothing was changed; check the address and try again.`,
    failed: (p) => `The copy did not work: ${p.reason}. Nothing was saved in PostgreSQL.`,
    done: (p) =>
      `The SQLite database is copied into PostgreSQL (schema version ${p.version}); the row count matches in every table:`,
    next: 'Set DATABASE_URL to the target for every instance and start the servers. Keep the SQLite file as a backup.',
  },
});

/** The URL without its password, for what is printed. */
function shown(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

function explain(error: unknown, lang: Lang): string {
  if (error instanceof CopyError)
    return t(lang, error.code, { ...error.data, url: shown(String(error.data.url ?? '')) });
  if (error instanceof NewerSchemaError)
    return t(lang, 'newer_schema', { found: error.found, known: error.known });
  if (error instanceof StoreUnavailableError) return t(lang, 'unavailable', { reason: error.reason });
  const first = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  return t(lang, 'failed', { reason: first.slice(0, 200) });
}

async function runMigrate(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCliArgs(args, {
    command: 'admin migrate',
    flags: { to: { type: 'string', example: 'postgres://utblick@db.example.org:5432/utblick' } },
    unknown: 'error',
  });
  if (isFlagError(parsed)) {
    io.stderr(`${parsed.error}\n`);
    return 1;
  }
  const { lang, json, help } = parsed.common;
  const fail = (text: string) => {
    io.stderr(`${text}\n`);
    return 1;
  };
  if (help || parsed.positionals[0] === 'help') {
    io.stdout(t(lang, 'usage'));
    return 0;
  }
  const to = parsed.flags.to;
  if (typeof to !== 'string' || to.trim() === '') return fail(t(lang, 'missing_to'));
  const config = openConfig(io, lang);
  if (!config) return 1;
  try {
    const report = await copySqliteToPostgres({
      sqliteFile: path.join(config.dataDir, DATABASE_FILE),
      url: to,
    });
    if (json) {
      io.stdout(`${JSON.stringify({ target: shown(to), ...report })}\n`);
      return 0;
    }
    const width = Math.max(...COPIED_TABLES.map((name) => name.length));
    const lines = COPIED_TABLES.map((name) => `  ${name.padEnd(width)}  ${report.counts[name]}`);
    io.stdout(
      `${t(lang, 'done', { version: report.schemaVersion })}\n${lines.join('\n')}\n${t(lang, 'next')}\n`,
    );
    return 0;
  } catch (error) {
    return fail(explain(error, lang));
  }
}

export const migrateCommand: AdminSubcommand = {
  usage:
    'migrate --to postgres://… [--json] [--lang sv|en]  copy the SQLite database into an empty PostgreSQL one',
  run: runMigrate,
};

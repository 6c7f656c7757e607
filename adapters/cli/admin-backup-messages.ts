import { defineMessages } from '../../src/i18n/messages.js';

/** What `utblick admin backup|restore` says, in Swedish (the default, as in every utblick command) and English. */
export const t = defineMessages({
  sv: {
    usage_backup:
      'Användning: utblick admin backup FIL [--force] [--json] [--lang sv|en]\n' +
      '  Tar en säkerhetskopia av den inbyggda SQLite-databasen medan Utblick körs, kontrollerar den och visar vad den innehåller.\n' +
      '  Med DATABASE_URL (PostgreSQL) tas säkerhetskopior med pg_dump i stället (se README).\n',
    usage_restore:
      'Användning: utblick admin restore FIL [--force] [--json] [--lang sv|en]\n' +
      '  Kontrollerar säkerhetskopian och ersätter den inbyggda SQLite-databasen med den. Stoppa servern först.\n' +
      '  Med DATABASE_URL (PostgreSQL) återställs med pg_restore i stället (se README).\n',
    missing_file: (p) => `Ange filen, till exempel: utblick admin ${p.command} utblick-backup.sqlite`,
    extra_args: (p) =>
      `För många argument (${p.extra}). Ange en fil, till exempel: utblick admin ${p.command} FIL`,
    backup_done: (p) => `Säkerhetskopian är sparad i ${p.file} (${p.size}, integritetskontroll: ok).`,
    restore_checked: (p) => `Säkerhetskopian ${p.file} är hel (integritetskontroll: ok).`,
    restore_done: (p) =>
      `Databasen ${p.target} är återställd från ${p.file}. Starta servern igen; den uppgraderar schemat vid behov.`,
    schema_version: 'schemaversion',
    table: (p) =>
      ({
        memberships: 'medlemskap',
        referrals: 'remisser',
        subscriptions: 'prenumerationer',
        notifications: 'aviseringar',
        feedback: 'återkoppling på svar',
        audit_log: 'granskningslogg',
      })[p.name as string] ?? String(p.name),
    no_database: (p) =>
      `Det finns ingen databas i ${p.file}, så det finns inget att säkerhetskopiera. Är UTBLICK_DATA_DIR samma som för servern?`,
    not_found: (p) => `Filen ${p.file} finns inte. Ange sökvägen till en säkerhetskopia.`,
    exists: (p) =>
      `${p.file} finns redan och skrivs inte över. Välj ett nytt filnamn, eller lägg till --force för att ersätta den.`,
    no_directory: (p) => `Mappen ${p.dir} finns inte. Skapa den först eller välj en annan plats.`,
    not_sqlite: (p) => `${p.file} är ingen SQLite-databas. Ange en fil som utblick admin backup har skapat.`,
    corrupt: (p) => `${p.file} är skadad (${p.detail}). Inget har ändrats; välj en annan säkerhetskopia.`,
    not_utblick: (p) => `${p.file} är ingen Utblick-databas (den saknar schemaversion). Inget har ändrats.`,
    newer_schema: (p) =>
      `${p.file} har schemaversion ${p.version}, nyare än den här versionen av Utblick känner till (${p.latest}). ` +
      'Inget har ändrats. Återställ med den Utblick-version som tog kopian, eller en nyare.',
    missing_tables: (p) =>
      `${p.file} saknar tabeller som schemaversion ${p.version} ska ha (${p.tables}). Inget har ändrats.`,
    in_use: (p) =>
      `Databasen ${p.file} används av en annan process (Utblick-servern eller ett kommando). ` +
      'Stoppa servern först (till exempel systemctl stop utblick) och kör återställningen igen.',
    has_data: (p) =>
      `Databasen ${p.file} innehåller redan data (${p.rows} rader) och skrivs inte över. ` +
      `Ta en säkerhetskopia av den först, och skriv sedan utblick admin restore ${p.backup} --force.`,
    unreadable_target: (p) =>
      `Den nuvarande databasen ${p.file} går inte att läsa, så det går inte att se om den innehåller data. ` +
      `Skriv utblick admin restore ${p.backup} --force för att ersätta den.`,
    same_file: (p) =>
      `${p.file} är själva databasen (eller en av dess filer). Ange en fil utanför databasen, till exempel /var/backups/utblick/utblick.sqlite.`,
    live_copy: (p) =>
      `${p.file} har en -wal-fil bredvid sig: det är en databas som används eller kopierades under skrivning, inte en säkerhetskopia. ` +
      'Ta en säkerhetskopia med utblick admin backup FIL och återställ den.',
    failed: (p) => `Det gick inte: ${p.reason}. Inget har ändrats.`,
    postgres: (p) =>
      `utblick admin ${p.command} gäller den inbyggda SQLite-databasen, men DATABASE_URL pekar på PostgreSQL. ` +
      (p.command === 'backup'
        ? 'Ta säkerhetskopian med pg_dump, till exempel: pg_dump --format=custom --file=utblick.dump "$DATABASE_URL" (se README, Säkerhetskopior). Inget har ändrats.'
        : 'Återställ med pg_restore, till exempel: pg_restore --clean --if-exists --dbname="$DATABASE_URL" utblick.dump, med servrarna stoppade (se README). Inget har ändrats.'),
  },
  en: {
    usage_backup:
      'Usage: utblick admin backup FILE [--force] [--json] [--lang sv|en]\n' +
      '  Backs up the embedded SQLite database while Utblick runs, verifies the copy and shows what it holds.\n' +
      '  With DATABASE_URL (PostgreSQL), back up with pg_dump instead (see README).\n',
    usage_restore:
      'Usage: utblick admin restore FILE [--force] [--json] [--lang sv|en]\n' +
      '  Verifies the backup and replaces the embedded SQLite database with it. Stop the server first.\n' +
      '  With DATABASE_URL (PostgreSQL), restore with pg_restore instead (see README).\n',
    missing_file: (p) => `Name the file, for example: utblick admin ${p.command} utblick-backup.sqlite`,
    extra_args: (p) =>
      `Too many arguments (${p.extra}). Name one file, for example: utblick admin ${p.command} FILE`,
    backup_done: (p) => `The backup is saved in ${p.file} (${p.size}, integrity check: ok).`,
    restore_checked: (p) => `The backup ${p.file} is whole (integrity check: ok).`,
    restore_done: (p) =>
      `The database ${p.target} is restored from ${p.file}. Start the server again; it upgrades the schema if needed.`,
    schema_version: 'schema version',
    table: (p) =>
      ({
        memberships: 'memberships',
        referrals: 'referrals',
        subscriptions: 'subscriptions',
        notifications: 'notifications',
        feedback: 'answer feedback',
        audit_log: 'audit log',
      })[p.name as string] ?? String(p.name),
    no_database: (p) =>
      `There is no database at ${p.file}, so there is nothing to back up. Is UTBLICK_DATA_DIR the same as the server's?`,
    not_found: (p) => `The file ${p.file} does not exist. Name the path of a backup.`,
    exists: (p) =>
      `${p.file} already exists and is not overwritten. Choose a new file name, or add --force to replace it.`,
    no_directory: (p) => `The folder ${p.dir} does not exist. Create it first or choose another place.`,
    not_sqlite: (p) => `${p.file} is not an SQLite database. Name a file made by utblick admin backup.`,
    corrupt: (p) => `${p.file} is damaged (${p.detail}). Nothing was changed; choose another backup.`,
    not_utblick: (p) =>
      `${p.file} is not a Utblick database (it has no schema version). Nothing was changed.`,
    newer_schema: (p) =>
      `${p.file} has schema version ${p.version}, newer than this version of Utblick knows (${p.latest}). ` +
      'Nothing was changed. Restore with the Utblick version that took the backup, or a newer one.',
    missing_tables: (p) =>
      `${p.file} lacks tables that schema version ${p.version} has (${p.tables}). Nothing was changed.`,
    in_use: (p) =>
      `The database ${p.file} is in use by another process (the Utblick server or a command). ` +
      'Stop the server first (for example systemctl stop utblick) and run the restore again.',
    has_data: (p) =>
      `The database ${p.file} already holds data (${p.rows} rows) and is not overwritten. ` +
      `Back it up first, then type utblick admin restore ${p.backup} --force.`,
    unreadable_target: (p) =>
      `The current database ${p.file} cannot be read, so whether it holds data is unknown. ` +
      `Type utblick admin restore ${p.backup} --force to replace it.`,
    same_file: (p) =>
      `${p.file} is the database itself (or one of its files). Name a file outside it, for example /var/backups/utblick/utblick.sqlite.`,
    live_copy: (p) =>
      `${p.file} has a -wal file beside it: it is a database in use or copied mid-write, not a backup. ` +
      'Take a backup with utblick admin backup FILE and restore that.',
    failed: (p) => `It did not work: ${p.reason}. Nothing was changed.`,
    postgres: (p) =>
      `utblick admin ${p.command} is for the embedded SQLite database, but DATABASE_URL points to PostgreSQL. ` +
      (p.command === 'backup'
        ? 'Back up with pg_dump instead, for example: pg_dump --format=custom --file=utblick.dump "$DATABASE_URL" (see README, Backups). Nothing was changed.'
        : 'Restore with pg_restore instead, for example: pg_restore --clean --if-exists --dbname="$DATABASE_URL" utblick.dump, with the servers stopped (see README). Nothing was changed.'),
  },
});

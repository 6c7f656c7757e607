import { migrate } from './migrations.js';
import { openSqliteDatabase } from './sqlite-store.js';

type Row = Record<string, unknown>;

/**
 * Every row of the named tables of an SQLite database file, brought up to this program's schema first,
 * read in one transaction: one consistent moment, also while a server writes to it. For
 * `admin migrate --to` (src/registry/copy-to-postgres.ts).
 */
export function readTables<T extends string>(
  file: string,
  tables: readonly T[],
  orderOf: (table: T) => string,
): Record<T, Row[]> {
  const db = openSqliteDatabase(file);
  try {
    migrate(db);
    return db.transaction(() => {
      const all = {} as Record<T, Row[]>;
      for (const table of tables) {
        all[table] = db.prepare(`SELECT * FROM ${table} ORDER BY ${orderOf(table)}`).all() as Row[];
      }
      return all;
    })();
  } finally {
    db.close();
  }
}

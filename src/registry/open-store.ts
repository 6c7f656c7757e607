import path from 'node:path';
import { type StoreLogger, silentLogger } from './postgres/availability.js';
import { createPostgresStore } from './postgres/postgres-store.js';
import { createSqliteStore, DATABASE_FILE } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

/** What chooses and opens the store: the parts of the configuration it reads. */
export type StoreConfig = { dataDir: string; databaseUrl?: string | undefined };

export type OpenStoreOptions = {
  /** Where the PostgreSQL store says that the database is away or back. */
  logger?: StoreLogger;
  /**
   * The server keeps trying to reach PostgreSQL in the background when it is away at start; a command
   * gives up at once and says so. SQLite ignores it.
   */
  retry?: boolean;
};

/**
 * The one place that chooses the store: PostgreSQL when `DATABASE_URL` is set (several instances share
 * it), otherwise the embedded SQLite file `<dataDir>/utblick.sqlite`. Call `ready()` before relying on
 * it: PostgreSQL connects and migrates in the background.
 */
export function openStore(config: StoreConfig, options: OpenStoreOptions = {}): Store {
  if (config.databaseUrl) {
    return createPostgresStore({
      url: config.databaseUrl,
      logger: options.logger ?? silentLogger,
      retry: options.retry ?? false,
    });
  }
  return createSqliteStore(path.join(config.dataDir, DATABASE_FILE));
}

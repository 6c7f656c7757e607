import { openStore as openSqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

/** What the store factory reads from the configuration. */
export type StoreConfig = { dataDir: string };

/**
 * The one place that picks and opens the store for a configuration: the server, every CLI command and
 * the tests open it here. SQLite in `dataDir` is the embedded default. Asynchronous, so that a store that
 * connects over the network can be added behind it without changing its callers.
 */
export async function openStore(config: StoreConfig): Promise<Store> {
  return openSqliteStore(config);
}

export * from './model.js';
export { createPostgresStore, type PostgresStoreOptions } from './postgres/postgres-store.js';
export { LATEST_VERSION, MIGRATIONS, migrate } from './sqlite/migrations.js';
export { createSqliteStore, DATABASE_FILE, openSqliteDatabase, openStore } from './sqlite/sqlite-store.js';
export * from './store.js';

export type { ConversationContext } from './conversation.js';
export { storeMessage } from './messages.js';
export * from './model.js';
export { type OpenStoreOptions, openStore, type StoreConfig } from './open-store.js';
export { createPostgresStore, type PostgresStoreOptions } from './postgres/postgres-store.js';
export { LATEST_VERSION, MIGRATIONS, migrate } from './sqlite/migrations.js';
export { createSqliteStore, DATABASE_FILE, openSqliteDatabase } from './sqlite/sqlite-store.js';
export * from './store.js';
export type { Ticket, TicketClaim, TicketDraft } from './ticket.js';

import os from 'node:os';
import pg from 'pg';
import { StoreUnavailableError } from '../store.js';

/**
 * How values come back from PostgreSQL: the records (src/registry/rows.ts) hold ISO strings for
 * instants and days, numbers for ids, and JSON text, as the SQLite store gives them.
 */
const TYPE_OIDS = { int8: 20, json: 114, date: 1082, timestamptz: 1184 } as const;
const parseTimestamptz = pg.types.getTypeParser(TYPE_OIDS.timestamptz);

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    switch (oid) {
      case TYPE_OIDS.int8:
        return (value: string) => Number(value);
      case TYPE_OIDS.json:
      case TYPE_OIDS.date:
        return (value: string) => value;
      case TYPE_OIDS.timestamptz:
        return (value: string) => (parseTimestamptz(value) as Date).toISOString();
      default:
        return pg.types.getTypeParser(oid, format as 'text');
    }
  },
} as pg.CustomTypesConfig;

export type PostgresOptions = {
  /** `postgres://user:password@host:port/database` (libpq's URL form, including `?options=`). */
  url: string;
  /** Keeps every table in this schema (tests: one each, so that two runs never meet). */
  schema?: string;
  /** Connections per process; two instances use twice as many. */
  maxConnections?: number;
  /** How long a new connection may take before the database counts as unreachable. */
  connectTimeoutMs?: number;
};

/** True for `postgres://` and `postgresql://` URLs: what selects the PostgreSQL store. */
export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//i.test(url.trim());
}

/**
 * Where the URL points, for logs and messages: host, port and database, never the user's password
 * (which the URL may carry).
 */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname || 'localhost'}:${u.port || '5432'}${u.pathname || '/'}`;
  } catch {
    return 'the PostgreSQL server';
  }
}

/**
 * A pool for the store. Like libpq, a URL without a user name connects as the operating-system user
 * (whatever the environment says: the URL is the one place the connection is configured), so
 * `postgres://127.0.0.1:5432/test` works with trust authentication.
 */
export function createPool(options: PostgresOptions): pg.Pool {
  const url = new URL(options.url.trim());
  if (!url.username) url.username = os.userInfo().username;
  if (options.schema) url.searchParams.set('options', `-c search_path=${quoteIdent(options.schema)}`);
  const pool = new pg.Pool({
    connectionString: url.toString(),
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    idleTimeoutMillis: 30_000,
    // A connection cut without a word (a failed network path) is noticed instead of waited on forever.
    keepAlive: true,
    query_timeout: 60_000,
    application_name: 'utblick',
    types,
  });
  // An idle connection that the server closes (restart, failover) must not crash the process: the
  // pool drops it, and the next query opens a new one.
  pool.on('error', () => undefined);
  return pool;
}

/**
 * A client checked out of the pool for a unit of work. The server closing its connection meanwhile
 * (a restart, a cut network) makes the client emit 'error'; unhandled, that would end the process.
 * The failure reaches the caller through the query that was running instead.
 */
export async function checkOut(pool: pg.Pool): Promise<pg.PoolClient> {
  const client = await pool.connect();
  const ignore = () => undefined;
  client.on('error', ignore);
  const release = client.release.bind(client);
  client.release = (error?: Error | boolean) => {
    client.off('error', ignore);
    release(error);
  };
  return client;
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** SQLSTATE classes and Node socket errors that mean "the database is not there", not "the query is wrong". */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down, recovering)
  '53300', // too_many_connections
]);

const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection terminated unexpectedly|Query read timeout|the database system is/i;

export function isUnavailable(error: unknown): boolean {
  if (error instanceof StoreUnavailableError) return true;
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
  if (error instanceof AggregateError) return error.errors.some(isUnavailable);
  return UNAVAILABLE_MESSAGES.test(error.message);
}

/** A short reason for logs and `/healthz`: the error's code or first line, no query text or values. */
export function unavailableReason(error: unknown): string {
  if (error instanceof StoreUnavailableError) return error.reason;
  if (!(error instanceof Error)) return 'unknown error';
  const code = (error as { code?: unknown }).code;
  const first = (error.message.split('\n')[0] ?? '').slice(0, 160);
  if (error instanceof AggregateError && error.errors[0]) return unavailableReason(error.errors[0]);
  return typeof code === 'string' && !first.includes(code) ? `${code}: ${first}` : first || String(code);
}

/** Rethrows a lost connection as StoreUnavailableError, and anything else as it is. */
export function translate(error: unknown): never {
  if (isUnavailable(error) && !(error instanceof StoreUnavailableError)) {
    throw new StoreUnavailableError(unavailableReason(error));
  }
  throw error;
}

import { StoreClosedError, StoreUnavailableError } from '../store.js';
import { isUnavailable, unavailableReason } from './connection.js';

/** What the store logs about the database; structurally the server's Logger. */
export type StoreLogger = {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
};

export const silentLogger: StoreLogger = { info() {}, warn() {}, error() {} };

/** Waits between attempts to reach the database: 1, 2, 4, 8, 16, then every 30 seconds. */
export function backoffMs(attempt: number, firstMs = 1_000, maxMs = 30_000): number {
  return Math.min(firstMs * 2 ** Math.max(0, attempt - 1), maxMs);
}

type State =
  | { name: 'connecting' }
  | { name: 'ready' }
  | { name: 'unavailable'; reason: string }
  | { name: 'failed'; error: Error }
  | { name: 'closed' };

export type AvailabilityOptions = {
  /** Connects and migrates; throws when the database cannot be reached or prepared. */
  prepare: () => Promise<void>;
  /** A cheap round trip (SELECT 1) to see whether a lost database is back. */
  probe: () => Promise<void>;
  logger: StoreLogger;
  /** Where the database is, for log lines (host, port, database; no password). */
  where: string;
  /** Keep trying in the background after a failed first attempt (the server), or give up (a command). */
  retry: boolean;
  firstRetryMs?: number;
  maxRetryMs?: number;
};

/**
 * Whether the PostgreSQL store can be used, and getting it back when it cannot. Before the schema has
 * been prepared once, operations fail at once with StoreUnavailableError (a command answers politely,
 * a tick claims nothing). Once prepared, operations always try the database: a lost connection marks
 * the store unavailable (one log line per outage, `/healthz` 503) and a probe with backoff notices when
 * it is back, even when nothing else is asking.
 */
export class Availability {
  private state: State = { name: 'connecting' };
  private prepared = false;
  private timer: NodeJS.Timeout | null = null;
  private attempt = 0;
  private probing = false;
  readonly firstAttempt: Promise<void>;

  constructor(private readonly options: AvailabilityOptions) {
    this.firstAttempt = this.tryPrepare();
    // A rejection nobody awaits (a server that goes on starting) is not an unhandled rejection.
    this.firstAttempt.catch(() => undefined);
  }

  get ok(): boolean {
    return this.state.name === 'ready';
  }

  /** Why the store cannot be used right now; undefined when it can. */
  get reason(): string | undefined {
    switch (this.state.name) {
      case 'connecting':
        return this.prepared ? undefined : `connecting to ${this.options.where}`;
      case 'unavailable':
        return this.state.reason;
      case 'failed':
        return this.state.error.message;
      case 'closed':
        return 'the store is closed';
      default:
        return undefined;
    }
  }

  /** Resolves when an operation may go to the database; rejects when it certainly cannot. */
  async gate(): Promise<void> {
    if (this.state.name === 'closed') throw new StoreClosedError();
    if (this.state.name === 'failed') throw this.state.error;
    if (this.prepared) return;
    if (this.state.name === 'connecting') return this.firstAttempt;
    throw new StoreUnavailableError(this.reason ?? 'not connected');
  }

  /** An operation reached the database. */
  succeeded(): void {
    if (this.state.name !== 'unavailable' || !this.prepared) return;
    this.options.logger.info('database reachable again', { database: this.options.where });
    this.state = { name: 'ready' };
  }

  /** An operation failed; a lost connection marks the store unavailable until a probe gets through. */
  failed(error: unknown): void {
    if (!this.prepared || !isUnavailable(error) || this.state.name === 'closed') return;
    const reason = unavailableReason(error);
    if (this.state.name !== 'unavailable') {
      this.options.logger.error('database unreachable; commands are refused until it is back', {
        database: this.options.where,
        reason,
      });
    }
    this.state = { name: 'unavailable', reason };
    this.startProbing();
  }

  close(): void {
    this.state = { name: 'closed' };
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async tryPrepare(): Promise<void> {
    this.attempt += 1;
    try {
      await this.options.prepare();
    } catch (error) {
      if (this.state.name === 'closed') throw new StoreClosedError();
      if (!isUnavailable(error)) {
        const failure = error instanceof Error ? error : new Error(String(error));
        this.state = { name: 'failed', error: failure };
        this.options.logger.error('database cannot be used', {
          database: this.options.where,
          reason: unavailableReason(failure),
        });
        throw failure;
      }
      const reason = unavailableReason(error);
      this.state = { name: 'unavailable', reason };
      const wait = backoffMs(this.attempt, this.options.firstRetryMs, this.options.maxRetryMs);
      this.options.logger.error(
        this.options.retry
          ? `database unavailable at start; retrying in ${Math.round(wait / 1000)} s`
          : 'database unavailable',
        { database: this.options.where, reason, attempt: this.attempt },
      );
      if (this.options.retry) this.schedule(wait, () => void this.tryPrepare().catch(() => undefined));
      throw new StoreUnavailableError(reason);
    }
    if (this.state.name === 'closed') return;
    this.prepared = true;
    if (this.attempt > 1) this.options.logger.info('database connected', { database: this.options.where });
    this.state = { name: 'ready' };
  }

  private startProbing(): void {
    if (this.probing) return;
    this.probing = true;
    let attempt = 0;
    const next = () => {
      attempt += 1;
      this.schedule(backoffMs(attempt, this.options.firstRetryMs, this.options.maxRetryMs), async () => {
        if (this.state.name !== 'unavailable') {
          this.probing = false;
          return;
        }
        try {
          await this.options.probe();
          this.probing = false;
          this.succeeded();
        } catch (error) {
          if (isUnavailable(error)) this.state = { name: 'unavailable', reason: unavailableReason(error) };
          next();
        }
      });
    };
    next();
  }

  private schedule(ms: number, run: () => void): void {
    if (this.state.name === 'closed') return;
    this.timer = setTimeout(() => {
      this.timer = null;
      run();
    }, ms);
    this.timer.unref();
  }
}

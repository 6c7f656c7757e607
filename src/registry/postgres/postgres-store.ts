import type pg from 'pg';
import type { Store, StoreHealth, StoreWrites } from '../store.js';
import { Availability, type StoreLogger, silentLogger } from './availability.js';
import { checkOut, createPool, describeUrl, type PostgresOptions, translate } from './connection.js';
import { PgConversationOps } from './pg-conversation-ops.js';
import { PgCuratedOps } from './pg-curated-ops.js';
import { PgFeedbackOps } from './pg-feedback-ops.js';
import { lockName, migratePostgres } from './pg-migrate.js';
import { PgNotificationOps } from './pg-notification-ops.js';
import { PgRegisterOps, type Queryable } from './pg-register-ops.js';
import { PgTicketOps } from './pg-ticket-ops.js';

export type PostgresStoreOptions = PostgresOptions & {
  logger?: StoreLogger;
  /**
   * True for the server: when the database is unreachable at start, keep trying in the background with
   * backoff (`/healthz` says why meanwhile). False for a command: `ready()` rejects and it says so.
   */
  retry?: boolean;
  firstRetryMs?: number;
  maxRetryMs?: number;
};

/**
 * The registers in PostgreSQL, shared by several instances (DATABASE_URL). Returned at once; the
 * connection and the migrations run in the background (`ready()`), so that a server starts, answers
 * questions and reports the database on `/healthz` while PostgreSQL is still away.
 */
export function createPostgresStore(options: PostgresStoreOptions): Store {
  return new PostgresStore(options);
}

/**
 * Unit of work and concurrency, across every instance on the database:
 * - `transaction()` and every register write (memberships, referrals, subscriptions) hold one
 *   transaction-scoped advisory lock for the schema, so they run one after the other, as the Store
 *   contract says: a document sync or a retention run reads, decides and writes with nobody in between,
 *   and two instances syncing the same documents do it in turn (the second finds nothing to do).
 * - Notification claims and marks, feedback and single audit entries are one statement each, safe
 *   under concurrency by their unique keys and row locks, and never wait for that lock.
 * - Reads outside a transaction read what is committed, without locks.
 */
class PostgresStore implements Store {
  private readonly pool: pg.Pool;
  private readonly availability: Availability;
  private readonly direct: StoreWrites;
  /** One transaction of this process at a time waits for the advisory lock; the rest wait here. */
  private lane: Promise<unknown> = Promise.resolve();
  private scope = 'public';

  constructor(private readonly options: PostgresStoreOptions) {
    this.pool = createPool(options);
    this.direct = operations(this.pool);
    this.availability = new Availability({
      prepare: async () => {
        const { scope } = await migratePostgres(this.pool, options.schema ? { schema: options.schema } : {});
        this.scope = scope;
      },
      probe: async () => void (await this.pool.query('SELECT 1')),
      logger: options.logger ?? silentLogger,
      where: describeUrl(options.url),
      retry: options.retry ?? false,
      ...(options.firstRetryMs !== undefined ? { firstRetryMs: options.firstRetryMs } : {}),
      ...(options.maxRetryMs !== undefined ? { maxRetryMs: options.maxRetryMs } : {}),
    });
  }

  ready(): Promise<void> {
    return this.availability.firstAttempt;
  }

  health(): StoreHealth {
    const reason = this.availability.reason;
    return reason === undefined
      ? { kind: 'postgres', ok: true }
      : { kind: 'postgres', ok: false, reason: `PostgreSQL at ${describeUrl(this.options.url)}: ${reason}` };
  }

  async close(): Promise<void> {
    this.availability.close();
    await this.lane.catch(() => undefined);
    await this.pool.end().catch(() => undefined);
  }

  transaction<T>(fn: (tx: StoreWrites) => Promise<T>): Promise<T> {
    const run = () => this.guarded(() => this.locked(fn));
    const next = this.lane.then(run, run);
    this.lane = next.catch(() => undefined);
    return next;
  }

  /**
   * Deleted feedback is gone from the table's live files once the table is rewritten. VACUUM cannot
   * run inside a transaction, and it takes the table's exclusive lock only for the rewrite.
   */
  purgeDeleted(): Promise<void> {
    return this.guarded(async () => void (await this.pool.query('VACUUM (FULL) feedback, tickets')));
  }

  /** Runs `fn` in a transaction holding the schema's store lock, on a client of its own. */
  private async locked<T>(fn: (tx: StoreWrites) => Promise<T>): Promise<T> {
    const client = await checkOut(this.pool);
    let lost: Error | undefined;
    try {
      // One round trip for both: under load every await waits for the event loop again.
      await client.query(
        `BEGIN; SELECT pg_advisory_xact_lock(hashtext(${client.escapeLiteral(lockName(this.scope, 'store'))}))`,
      );
      const result = await fn(operations(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: unknown) => {
        lost = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
      });
      throw error;
    } finally {
      // A client whose connection broke is destroyed, not handed to the next unit of work.
      client.release(lost);
    }
  }

  /** Waits for the database to be usable, runs `work`, and tells availability how it went. */
  private async guarded<T>(work: () => Promise<T>): Promise<T> {
    await this.availability.gate();
    try {
      const result = await work();
      this.availability.succeeded();
      return result;
    } catch (error) {
      this.availability.failed(error);
      return translate(error);
    }
  }

  private read<A extends unknown[], R>(pick: (ops: StoreWrites) => (...args: A) => Promise<R>) {
    return (...args: A): Promise<R> => this.guarded(() => pick(this.direct)(...args));
  }

  private write<A extends unknown[], R>(pick: (ops: StoreWrites) => (...args: A) => Promise<R>) {
    return (...args: A): Promise<R> => this.transaction((tx) => pick(tx)(...args));
  }

  listMemberships = this.read((o) => o.listMemberships);
  getMembership = this.read((o) => o.getMembership);
  findDuplicateMembership = this.read((o) => o.findDuplicateMembership);
  listReferrals = this.read((o) => o.listReferrals);
  getReferral = this.read((o) => o.getReferral);
  getReferralByKey = this.read((o) => o.getReferralByKey);
  listSubscriptions = this.read((o) => o.listSubscriptions);
  getSubscription = this.read((o) => o.getSubscription);
  getNotification = this.read((o) => o.getNotification);
  listNotifications = this.read((o) => o.listNotifications);
  listFeedback = this.read((o) => o.listFeedback);
  listFeedbackStats = this.read((o) => o.listFeedbackStats);
  listAudit = this.read((o) => o.listAudit);

  addMembership = this.write((o) => o.addMembership);
  endMembership = this.write((o) => o.endMembership);
  addReferral = this.write((o) => o.addReferral);
  updateReferral = this.write((o) => o.updateReferral);
  upsertSubscription = this.write((o) => o.upsertSubscription);
  removeSubscription = this.write((o) => o.removeSubscription);

  // One statement each: atomic by themselves, and a claim must not queue behind a document sync.
  claimNotification = this.read((o) => o.claimNotification);
  markNotificationSent = this.read((o) => o.markNotificationSent);
  markNotificationFailed = this.read((o) => o.markNotificationFailed);
  addFeedback = this.read((o) => o.addFeedback);
  deleteFeedback = this.read((o) => o.deleteFeedback);
  addFeedbackStats = this.read((o) => o.addFeedbackStats);
  recordAudit = this.read((o) => o.recordAudit);
  getConversationContext = this.read((o) => o.getConversationContext);
  saveConversationContext = this.read((o) => o.saveConversationContext);
  getTicket = this.read((o) => o.getTicket);
  listTickets = this.read((o) => o.listTickets);
  listPendingTickets = this.read((o) => o.listPendingTickets);
  addTicket = this.read((o) => o.addTicket);
  answerTicket = this.read((o) => o.answerTicket);
  claimTicketDelivery = this.read((o) => o.claimTicketDelivery);
  markTicketDelivered = this.read((o) => o.markTicketDelivered);
  releaseTicketDelivery = this.read((o) => o.releaseTicketDelivery);
  deleteTickets = this.read((o) => o.deleteTickets);
  listCuratedAnswers = this.read((o) => o.listCuratedAnswers);
  addCuratedAnswer = this.read((o) => o.addCuratedAnswer);
  updateCuratedAnswer = this.read((o) => o.updateCuratedAnswer);
}

/** The operations on one connection (a transaction's client) or on the pool (one statement each). */
function operations(db: Queryable): StoreWrites {
  const r = new PgRegisterOps(db);
  const n = new PgNotificationOps(db);
  const f = new PgFeedbackOps(db);
  const c = new PgConversationOps(db);
  const k = new PgTicketOps(db);
  const q = new PgCuratedOps(db);
  return {
    listMemberships: (o) => r.listMemberships(o?.includeEnded ?? false),
    getMembership: (id) => r.getMembership(id),
    findDuplicateMembership: (org, body) => r.findDuplicateMembership(org, body),
    listReferrals: () => r.listReferrals(),
    getReferral: (id) => r.getReferral(id),
    getReferralByKey: (key) => r.getReferralByKey(key),
    listSubscriptions: () => r.listSubscriptions(),
    getSubscription: (c) => r.getSubscription(c),
    getNotification: (key) => n.get(key),
    listNotifications: (o) => n.list(o ?? {}),
    listFeedback: (o) => f.list(o ?? {}),
    listFeedbackStats: () => f.listStats(),
    listAudit: (o) => r.listAudit(o ?? {}),
    addMembership: (draft, change) => r.addMembership(draft, change),
    endMembership: (id, endDate, change) => r.endMembership(id, endDate, change),
    addReferral: (referral, change, action) => r.addReferral(referral, change, action),
    updateReferral: (id, patch, change, action) => r.updateReferral(id, patch, change, action),
    upsertSubscription: (draft, change) => r.upsertSubscription(draft, change),
    removeSubscription: (conversation, change) => r.removeSubscription(conversation, change),
    claimNotification: (key, options) => n.claim(key, options),
    markNotificationSent: (claim, at, messageId) => n.markSent(claim, at, messageId ?? null),
    markNotificationFailed: (claim, failure) => n.markFailed(claim, failure),
    addFeedback: (draft, at) => f.add(draft, at),
    deleteFeedback: (ids) => f.delete(ids),
    addFeedbackStats: (stats) => f.addStats(stats),
    recordAudit: (event, change) => r.recordAudit(event, change),
    getConversationContext: (conversation, now) => c.get(conversation, now),
    saveConversationContext: (context, now) => c.save(context, now),
    getTicket: (id) => k.get(id),
    listTickets: (o) => k.list(o ?? {}),
    listPendingTickets: () => k.pending(),
    addTicket: (draft, at) => k.add(draft, at),
    answerTicket: (id, answer, by, name, at) => k.answer(id, answer, by, name, at),
    claimTicketDelivery: (id, delivery, o) => k.claim(id, delivery, o.now, o.leaseUntil),
    markTicketDelivered: (claim, at) => k.mark(claim, at),
    releaseTicketDelivery: (claim, permanent) => k.release(claim, permanent),
    deleteTickets: (ids) => k.delete(ids),
    listCuratedAnswers: () => q.list(),
    addCuratedAnswer: (draft, by, at) => q.add(draft, by, at),
    updateCuratedAnswer: (id, draft) => q.update(id, draft),
  };
}

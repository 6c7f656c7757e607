import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Store, StoreHealth, StoreWrites } from '../store.js';
import { ConversationOps } from './conversation-ops.js';
import { CuratedOps } from './curated-ops.js';
import { FeedbackOps } from './feedback-ops.js';
import { migrate } from './migrations.js';
import { NotificationOps } from './notification-ops.js';
import { RegisterOps } from './register-ops.js';
import { TicketOps } from './ticket-ops.js';

export const DATABASE_FILE = 'utblick.sqlite';

/**
 * Opens (creating when needed) the SQLite database: WAL so that readers never block the writer, and
 * `synchronous=FULL` so that a write reported as done survives a crash or power loss. `file` may be
 * `:memory:` for tests about logic.
 */
export function openSqliteDatabase(file: string): Database.Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Deleted rows (retention, forget-person) are overwritten with zeros instead of lingering in free pages.
  db.pragma('secure_delete = ON');
  // Another process (a CLI tick next to the server) may hold the write lock for a moment.
  db.pragma('busy_timeout = 5000');
  return db;
}

export function createSqliteStore(file: string): Store {
  const db = openSqliteDatabase(file);
  try {
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return new SqliteStore(db, laneFor(file));
}

/**
 * One queue per database file in this process. Two connections to one file in one process (a
 * scheduler and a CLI tick in tests, an announcement next to the scheduler) must not interleave their
 * transactions: the second BEGIN IMMEDIATE would block the thread while the first waits for its turn.
 * Across processes SQLite's busy timeout does the waiting.
 */
type Lane = { queue: Promise<unknown> };
const lanes = new Map<string, Lane>();
function laneFor(file: string): Lane {
  if (file === ':memory:') return { queue: Promise.resolve() };
  const key = path.resolve(file);
  let lane = lanes.get(key);
  if (!lane) {
    lane = { queue: Promise.resolve() };
    lanes.set(key, lane);
  }
  return lane;
}

/**
 * better-sqlite3 is synchronous but the Store interface is asynchronous (a PostgreSQL store will need
 * it). One connection cannot interleave two transactions, so every unit of work waits its turn in a queue.
 */
class SqliteStore implements Store {
  private readonly registers: RegisterOps;
  private readonly notifications: NotificationOps;
  private readonly feedback: FeedbackOps;
  private readonly conversations: ConversationOps;
  private readonly tickets: TicketOps;
  private readonly curated: CuratedOps;
  private readonly tx: StoreWrites;

  constructor(
    private readonly db: Database.Database,
    private readonly lane: Lane,
  ) {
    this.registers = new RegisterOps(db);
    this.notifications = new NotificationOps(db);
    this.feedback = new FeedbackOps(db);
    this.conversations = new ConversationOps(db);
    this.tickets = new TicketOps(db);
    this.curated = new CuratedOps(db);
    this.tx = this.operations();
  }

  transaction<T>(fn: (tx: StoreWrites) => Promise<T>): Promise<T> {
    const run = async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(this.tx);
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    };
    const next = this.lane.queue.then(run, run);
    this.lane.queue = next.catch(() => undefined);
    return next;
  }

  purgeDeleted(): Promise<void> {
    // Outside any transaction, in the lane, so that no transaction of this process holds the log open.
    const run = async () => this.feedback.purge();
    const next = this.lane.queue.then(run, run);
    this.lane.queue = next.catch(() => undefined);
    return next;
  }

  health(): StoreHealth {
    return { kind: 'sqlite', ok: this.db.open };
  }

  /** An embedded file is ready as soon as it is open and migrated (createSqliteStore did both). */
  ready(): Promise<void> {
    return Promise.resolve();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private one<T>(fn: (tx: StoreWrites) => Promise<T>): Promise<T> {
    return this.transaction(fn);
  }

  private operations(): StoreWrites {
    const r = this.registers;
    const n = this.notifications;
    const f = this.feedback;
    const c = this.conversations;
    const k = this.tickets;
    const q = this.curated;
    const wrap =
      <A extends unknown[], R>(f: (...args: A) => R) =>
      async (...args: A): Promise<R> =>
        f(...args);
    return {
      listMemberships: wrap((o?: { includeEnded?: boolean }) => r.listMemberships(o?.includeEnded ?? false)),
      getMembership: wrap((id: number) => r.getMembership(id)),
      findDuplicateMembership: wrap((org: string, body: string | null) =>
        r.findDuplicateMembership(org, body),
      ),
      listReferrals: wrap(() => r.listReferrals()),
      getReferral: wrap((id: number) => r.getReferral(id)),
      getReferralByKey: wrap((key: string) => r.getReferralByKey(key)),
      listSubscriptions: wrap(() => r.listSubscriptions()),
      getSubscription: wrap((c: string) => r.getSubscription(c)),
      getNotification: wrap(n.get.bind(n)),
      listNotifications: wrap((o?: { referralId?: number; conversation?: string }) => n.list(o ?? {})),
      listFeedback: wrap((o?: { userId?: string; before?: string }) => f.list(o ?? {})),
      listFeedbackStats: wrap(() => f.listStats()),
      listAudit: wrap((o?: Parameters<RegisterOps['listAudit']>[0]) => r.listAudit(o ?? {})),
      addMembership: wrap(r.addMembership.bind(r)),
      endMembership: wrap(r.endMembership.bind(r)),
      addReferral: wrap(r.addReferral.bind(r)),
      updateReferral: wrap(r.updateReferral.bind(r)),
      upsertSubscription: wrap(r.upsertSubscription.bind(r)),
      removeSubscription: wrap(r.removeSubscription.bind(r)),
      claimNotification: wrap(n.claim.bind(n)),
      markNotificationSent: wrap((claim, at, messageId) => n.markSent(claim, at, messageId ?? null)),
      markNotificationFailed: wrap(n.markFailed.bind(n)),
      addFeedback: wrap(f.add.bind(f)),
      deleteFeedback: wrap(f.delete.bind(f)),
      addFeedbackStats: wrap(f.addStats.bind(f)),
      recordAudit: wrap(r.recordAudit.bind(r)),
      getConversationContext: wrap(c.get.bind(c)),
      saveConversationContext: wrap(c.save.bind(c)),
      getTicket: wrap(k.get.bind(k)),
      listTickets: wrap((o?: Parameters<TicketOps['list']>[0]) => k.list(o ?? {})),
      listPendingTickets: wrap(() => k.pending()),
      addTicket: wrap(k.add.bind(k)),
      answerTicket: wrap(k.answer.bind(k)),
      claimTicketDelivery: wrap((id: number, d: 'post' | 'deliver', o: { now: string; leaseUntil: string }) =>
        k.claim(id, d, o.now, o.leaseUntil),
      ),
      markTicketDelivered: wrap(k.mark.bind(k)),
      releaseTicketDelivery: wrap(k.release.bind(k)),
      deleteTickets: wrap(k.delete.bind(k)),
      listCuratedAnswers: wrap(() => q.list()),
      addCuratedAnswer: wrap(q.add.bind(q)),
      updateCuratedAnswer: wrap(q.update.bind(q)),
    };
  }

  // Outside a transaction, each call is a transaction of its own.
  listMemberships: StoreWrites['listMemberships'] = (...a) => this.one((tx) => tx.listMemberships(...a));
  getMembership: StoreWrites['getMembership'] = (...a) => this.one((tx) => tx.getMembership(...a));
  findDuplicateMembership: StoreWrites['findDuplicateMembership'] = (...a) =>
    this.one((tx) => tx.findDuplicateMembership(...a));
  listReferrals: StoreWrites['listReferrals'] = (...a) => this.one((tx) => tx.listReferrals(...a));
  getReferral: StoreWrites['getReferral'] = (...a) => this.one((tx) => tx.getReferral(...a));
  getReferralByKey: StoreWrites['getReferralByKey'] = (...a) => this.one((tx) => tx.getReferralByKey(...a));
  listSubscriptions: StoreWrites['listSubscriptions'] = (...a) =>
    this.one((tx) => tx.listSubscriptions(...a));
  getSubscription: StoreWrites['getSubscription'] = (...a) => this.one((tx) => tx.getSubscription(...a));
  getNotification: StoreWrites['getNotification'] = (...a) => this.one((tx) => tx.getNotification(...a));
  listNotifications: StoreWrites['listNotifications'] = (...a) =>
    this.one((tx) => tx.listNotifications(...a));
  listFeedback: StoreWrites['listFeedback'] = (...a) => this.one((tx) => tx.listFeedback(...a));
  listFeedbackStats: StoreWrites['listFeedbackStats'] = (...a) =>
    this.one((tx) => tx.listFeedbackStats(...a));
  listAudit: StoreWrites['listAudit'] = (...a) => this.one((tx) => tx.listAudit(...a));
  addMembership: StoreWrites['addMembership'] = (...a) => this.one((tx) => tx.addMembership(...a));
  endMembership: StoreWrites['endMembership'] = (...a) => this.one((tx) => tx.endMembership(...a));
  addReferral: StoreWrites['addReferral'] = (...a) => this.one((tx) => tx.addReferral(...a));
  updateReferral: StoreWrites['updateReferral'] = (...a) => this.one((tx) => tx.updateReferral(...a));
  upsertSubscription: StoreWrites['upsertSubscription'] = (...a) =>
    this.one((tx) => tx.upsertSubscription(...a));
  removeSubscription: StoreWrites['removeSubscription'] = (...a) =>
    this.one((tx) => tx.removeSubscription(...a));
  claimNotification: StoreWrites['claimNotification'] = (...a) =>
    this.one((tx) => tx.claimNotification(...a));
  markNotificationSent: StoreWrites['markNotificationSent'] = (...a) =>
    this.one((tx) => tx.markNotificationSent(...a));
  markNotificationFailed: StoreWrites['markNotificationFailed'] = (...a) =>
    this.one((tx) => tx.markNotificationFailed(...a));
  addFeedback: StoreWrites['addFeedback'] = (...a) => this.one((tx) => tx.addFeedback(...a));
  deleteFeedback: StoreWrites['deleteFeedback'] = (...a) => this.one((tx) => tx.deleteFeedback(...a));
  addFeedbackStats: StoreWrites['addFeedbackStats'] = (...a) => this.one((tx) => tx.addFeedbackStats(...a));
  recordAudit: StoreWrites['recordAudit'] = (...a) => this.one((tx) => tx.recordAudit(...a));
  getConversationContext: StoreWrites['getConversationContext'] = (...a) =>
    this.one((tx) => tx.getConversationContext(...a));
  saveConversationContext: StoreWrites['saveConversationContext'] = (...a) =>
    this.one((tx) => tx.saveConversationContext(...a));
  getTicket: StoreWrites['getTicket'] = (...a) => this.one((tx) => tx.getTicket(...a));
  listTickets: StoreWrites['listTickets'] = (...a) => this.one((tx) => tx.listTickets(...a));
  listPendingTickets: StoreWrites['listPendingTickets'] = (...a) =>
    this.one((tx) => tx.listPendingTickets(...a));
  addTicket: StoreWrites['addTicket'] = (...a) => this.one((tx) => tx.addTicket(...a));
  answerTicket: StoreWrites['answerTicket'] = (...a) => this.one((tx) => tx.answerTicket(...a));
  claimTicketDelivery: StoreWrites['claimTicketDelivery'] = (...a) =>
    this.one((tx) => tx.claimTicketDelivery(...a));
  markTicketDelivered: StoreWrites['markTicketDelivered'] = (...a) =>
    this.one((tx) => tx.markTicketDelivered(...a));
  releaseTicketDelivery: StoreWrites['releaseTicketDelivery'] = (...a) =>
    this.one((tx) => tx.releaseTicketDelivery(...a));
  deleteTickets: StoreWrites['deleteTickets'] = (...a) => this.one((tx) => tx.deleteTickets(...a));
  listCuratedAnswers: StoreWrites['listCuratedAnswers'] = (...a) =>
    this.one((tx) => tx.listCuratedAnswers(...a));
  addCuratedAnswer: StoreWrites['addCuratedAnswer'] = (...a) => this.one((tx) => tx.addCuratedAnswer(...a));
  updateCuratedAnswer: StoreWrites['updateCuratedAnswer'] = (...a) =>
    this.one((tx) => tx.updateCuratedAnswer(...a));
}

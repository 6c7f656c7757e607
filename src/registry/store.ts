import type { ConversationContext } from './conversation.js';
import type { CuratedAnswer, CuratedDraft } from './curated.js';
import type {
  AuditEntry,
  Feedback,
  FeedbackDraft,
  FeedbackStat,
  Membership,
  MembershipDraft,
  NotificationKey,
  NotificationRecord,
  Referral,
  ReferralDraft,
  ReferralExtractedField,
  ReferralStatus,
  SourceState,
  Subscription,
  SubscriptionDraft,
} from './model.js';
import type { Ticket, TicketClaim, TicketDelivery, TicketDraft } from './ticket.js';

/**
 * Who makes a change and when (ISO instant from the injected clock). Every change is audited with it:
 * the platform-prefixed user id, the display name at the time and the workspace or tenant.
 */
export type Change = { by: string; at: string; name?: string | null; workspace?: string | null };

/** What may change on a referral; the store records before/after in the audit log. */
export type ReferralPatch = Partial<{
  dnr: string;
  dnrKey: string;
  title: string;
  sender: string | null;
  recipients: string[];
  ourBody: string | null;
  received: string | null;
  due: string | null;
  caseOfficer: string | null;
  status: ReferralStatus;
  sourceDoc: string | null;
  sourceHash: string | null;
  sourceState: SourceState | null;
  extracted: Record<string, unknown> | null;
  overridden: ReferralExtractedField[];
  sourceCase: string | null;
  extractorVersion: number | null;
  otherDnrs: string[];
}>;

export type NewReferral = ReferralDraft & {
  dnrKey: string;
  sourceDoc?: string | null;
  sourceHash?: string | null;
  sourceState?: SourceState | null;
  extracted?: Record<string, unknown> | null;
  overridden?: ReferralExtractedField[];
  sourceCase?: string | null;
  extractorVersion?: number | null;
  otherDnrs?: string[];
};

export type ClaimOptions = { now: string; leaseUntil: string };
/**
 * A held claim: pass it back to mark the notification sent or failed. `takeover` is true when it took
 * over an earlier claim whose lease ran out without a mark: that attempt may have reached the platform
 * before its process died, so a send under this claim may be a duplicate (counted in the metrics).
 */
export type Claim = { key: NotificationKey; token: string; attempt: number; takeover: boolean };

/** Reads, the same inside and outside a transaction. */
export interface StoreReads {
  listMemberships(options?: { includeEnded?: boolean }): Promise<Membership[]>;
  getMembership(id: number): Promise<Membership | null>;
  /** Active memberships whose organisation and body equal these, case- and accent-insensitively. */
  findDuplicateMembership(organisation: string, body: string | null): Promise<Membership | null>;

  listReferrals(): Promise<Referral[]>;
  getReferral(id: number): Promise<Referral | null>;
  getReferralByKey(dnrKey: string): Promise<Referral | null>;

  listSubscriptions(): Promise<Subscription[]>;
  getSubscription(conversation: string): Promise<Subscription | null>;

  getNotification(key: NotificationKey): Promise<NotificationRecord | null>;
  listNotifications(options?: { referralId?: number; conversation?: string }): Promise<NotificationRecord[]>;

  /** Oldest first; `userId` keeps one person's, `before` (an instant) only what was given earlier. */
  listFeedback(options?: { userId?: string; before?: string }): Promise<Feedback[]>;
  /** The anonymous counts left of feedback past the retention period, by day, language, passage and vote. */
  listFeedbackStats(): Promise<FeedbackStat[]>;
  /** A thread's context, or null when there is none or it expired at or before `now`. */
  getConversationContext(conversation: string, now: string): Promise<ConversationContext | null>;
  getTicket(id: number): Promise<Ticket | null>;
  /** Oldest first. `before` (an instant): only tickets opened earlier (retention). */
  listTickets(options?: { status?: Ticket['status']; askedBy?: string; before?: string }): Promise<Ticket[]>;
  /** Tickets with a delivery to make: not yet posted to the experts, or answered and not yet delivered. */
  listPendingTickets(): Promise<number[]>;
  /** Oldest first, whether due for review or not. */
  listCuratedAnswers(): Promise<CuratedAnswer[]>;
  /** Newest last. */
  listAudit(options?: { entity?: AuditEntry['entity']; entityId?: number }): Promise<AuditEntry[]>;
}

/** Writes. Each audits itself (who, when, what, before, after) in the same transaction. */
export interface StoreWrites extends StoreReads {
  /** Throws DuplicateMembershipError when an active membership has the same organisation and body. */
  addMembership(draft: MembershipDraft, change: Change): Promise<Membership>;
  /** Ends an active membership; `endDate` is the day it ended. Returns null when there is no such id. */
  endMembership(id: number, endDate: string, change: Change): Promise<Membership | null>;

  /** Throws DuplicateReferralError when the normalised case number is taken. */
  addReferral(referral: NewReferral, change: Change, action?: string): Promise<Referral>;
  /** Returns null when there is no such id. `action` names the change in the audit log. */
  updateReferral(id: number, patch: ReferralPatch, change: Change, action: string): Promise<Referral | null>;

  /** One subscription per conversation: subscribing again replaces its settings. */
  upsertSubscription(draft: SubscriptionDraft, change: Change): Promise<Subscription>;
  removeSubscription(conversation: string, change: Change): Promise<boolean>;

  /**
   * Claims a notification before sending it (DESIGN.md "Delivery semantics"). Succeeds when the key is
   * new, when an earlier claim's lease has expired without a mark, or when a failed attempt is due for
   * retry. Returns null when it is sent, dead, claimed by someone else, or not yet due for retry.
   */
  claimNotification(key: NotificationKey, options: ClaimOptions): Promise<Claim | null>;
  /** Marks a claimed notification sent. Returns false when the claim was lost (taken over). */
  markNotificationSent(claim: Claim, at: string, messageId?: string | null): Promise<boolean>;
  /**
   * Marks a claimed notification failed: retried after `retryAt`, or never again when `permanent`.
   * Returns false when the claim was lost.
   */
  markNotificationFailed(
    claim: Claim,
    failure: { at: string; reason: string; permanent: boolean; retryAt: string | null },
  ): Promise<boolean>;

  addFeedback(draft: FeedbackDraft, at: string): Promise<Feedback>;
  /** Deletes feedback rows (retention, forget-person); returns how many there were. Not audited: not a record. */
  deleteFeedback(ids: number[]): Promise<number>;
  /** Adds to the anonymous counts (same day, language, passage and vote: the counts add up). */
  addFeedbackStats(stats: FeedbackStat[]): Promise<void>;

  /** Saves a curated answer. Audit it in the same transaction (recordAudit). */
  addCuratedAnswer(draft: CuratedDraft, by: string, at: string): Promise<CuratedAnswer>;
  /** Replaces a curated answer's content and review date; null when there is no such id. Audit it too. */
  updateCuratedAnswer(id: number, draft: CuratedDraft): Promise<CuratedAnswer | null>;
  /** Opens a ticket. Audit it in the same transaction, without its words (recordAudit). */
  addTicket(draft: TicketDraft, at: string): Promise<Ticket>;
  /** The first answer wins: null when the ticket is answered already (or does not exist). */
  answerTicket(
    id: number,
    answer: string,
    by: string,
    name: string | null,
    at: string,
  ): Promise<Ticket | null>;
  /** Claim → send → mark, as for notifications: null when it is done, failed for good, or claimed. */
  claimTicketDelivery(
    id: number,
    delivery: TicketDelivery,
    options: ClaimOptions,
  ): Promise<TicketClaim | null>;
  markTicketDelivered(claim: TicketClaim, at: string): Promise<boolean>;
  /** Gives a claim back: retried by the next run, or never again when `permanent` gives a reason. */
  releaseTicketDelivery(claim: TicketClaim, permanent: string | null): Promise<boolean>;
  /** Retention and forget-person. Not audited per row: the audit entries never held the words. */
  deleteTickets(ids: number[]): Promise<number>;

  /**
   * Replaces a thread's context and forgets every expired one. Not audited: it holds no record, only
   * which cases a conversation was about, for a few minutes.
   */
  saveConversationContext(context: ConversationContext, now: string): Promise<void>;

  /**
   * Appends an audit entry for an event that changes no register row itself, such as a conversation
   * that refused delivery for good (notifications). Never put message text or personal data in it.
   */
  recordAudit(event: AuditEvent, change: Change): Promise<void>;
}

/** An event for the audit log that no register write records by itself. */
export type AuditEvent = {
  action: string;
  entity: AuditEntry['entity'];
  entityId: number;
  before?: unknown;
  after?: unknown;
};

/**
 * The registers' store. Every method outside `transaction` is its own transaction. Inside
 * `transaction`, use only the `tx` handed in: all of its writes commit together, or none do when `fn`
 * throws. Transactions run one after the other, also across processes and instances sharing the
 * database, so a transaction may read, decide and write (document sync, retention). Implementations:
 * SQLite (embedded default) and PostgreSQL (`DATABASE_URL`); both pass tests/registry/store-contract.ts.
 *
 * When the database cannot be reached, every method rejects with StoreUnavailableError and nothing of
 * the unit of work is written.
 */
export interface Store extends StoreWrites {
  transaction<T>(fn: (tx: StoreWrites) => Promise<T>): Promise<T>;
  /**
   * Makes deleted rows unrecoverable from the store's own files (not from backups), after retention or
   * forget-person. SQLite: deleted pages are zeroed (secure_delete) and the write-ahead log is truncated.
   * PostgreSQL: the feedback table is rewritten (VACUUM FULL); see README for what that does not reach.
   */
  purgeDeleted(): Promise<void>;
  /** What `/healthz` reports about the database, without waiting for it. */
  health(): StoreHealth;
  /**
   * Resolves once the store can be used (connected, schema migrated). Rejects with
   * StoreUnavailableError when the first attempt to reach the database failed (a server keeps trying
   * in the background; a command gives up), or with the migration's error when the schema cannot be
   * brought up to date (e.g. a database from a newer Utblick).
   */
  ready(): Promise<void>;
  close(): Promise<void>;
}

export type StoreKind = 'sqlite' | 'postgres';

/** `ok` false: the database is unreachable or not yet migrated; `reason` says why, without secrets. */
export type StoreHealth = { kind: StoreKind; ok: boolean; reason?: string };

/**
 * The database cannot be reached (down, restarting, network cut) or is not ready yet. Nothing of the
 * unit of work that failed was written; trying again later is right. `reason` is safe to log.
 */
export class StoreUnavailableError extends Error {
  constructor(readonly reason: string) {
    super(`the database is unavailable: ${reason}`);
    this.name = 'StoreUnavailableError';
  }
}

/** The store was closed (the process is shutting down): nothing to retry. */
export class StoreClosedError extends StoreUnavailableError {
  constructor() {
    super('the store is closed');
    this.name = 'StoreClosedError';
  }
}

export class DuplicateMembershipError extends Error {
  constructor(readonly existing: Membership) {
    super(`duplicate membership of ${existing.id}`);
    this.name = 'DuplicateMembershipError';
  }
}

export class DuplicateReferralError extends Error {
  constructor(readonly existing: Referral) {
    super(`duplicate referral of ${existing.id}`);
    this.name = 'DuplicateReferralError';
  }
}

/** Case-, accent- and spacing-insensitive key for comparing names. */
export function nameKey(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { NotificationKey, NotificationRecord } from '../model.js';
import { toNotification } from '../rows.js';
import type { Claim, ClaimOptions } from '../store.js';

type Row = Record<string, unknown>;

/**
 * The notification log: claim → send → mark (DESIGN.md "Delivery semantics"). The unique key
 * (referral, conversation, kind, due point) makes a second claim of the same message impossible while
 * the first holds its lease; BEGIN IMMEDIATE around each claim serialises concurrent processes.
 */
export class NotificationOps {
  constructor(private readonly db: Database.Database) {}

  get(key: NotificationKey): NotificationRecord | null {
    const row = this.db
      .prepare(
        'SELECT * FROM notifications WHERE referral_id = ? AND conversation = ? AND kind = ? AND due_point = ?',
      )
      .get(key.referralId, key.conversation, key.kind, key.duePoint) as Row | undefined;
    return row ? toNotification(row) : null;
  }

  list(options: { referralId?: number; conversation?: string }): NotificationRecord[] {
    const clauses: string[] = [];
    const values: unknown[] = [];
    if (options.referralId !== undefined) {
      clauses.push('referral_id = ?');
      values.push(options.referralId);
    }
    if (options.conversation !== undefined) {
      clauses.push('conversation = ?');
      values.push(options.conversation);
    }
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    return (this.db.prepare(`SELECT * FROM notifications ${where} ORDER BY id`).all(...values) as Row[]).map(
      toNotification,
    );
  }

  claim(key: NotificationKey, options: ClaimOptions): Claim | null {
    const token = randomUUID();
    const existing = this.get(key);
    if (!existing) {
      this.db
        .prepare(
          `INSERT INTO notifications (referral_id, conversation, kind, due_point, state, attempts, claim_token,
             lease_until, created_at, updated_at)
           VALUES (?, ?, ?, ?, 'claimed', 1, ?, ?, ?, ?)`,
        )
        .run(
          key.referralId,
          key.conversation,
          key.kind,
          key.duePoint,
          token,
          options.leaseUntil,
          options.now,
          options.now,
        );
      return { key, token, attempt: 1, takeover: false };
    }
    if (!claimable(existing, options.now)) return null;
    const attempt = existing.attempts + 1;
    this.db
      .prepare(
        `UPDATE notifications SET state = 'claimed', attempts = ?, claim_token = ?, lease_until = ?,
           retry_at = NULL, updated_at = ? WHERE id = ?`,
      )
      .run(attempt, token, options.leaseUntil, options.now, existing.id);
    return { key, token, attempt, takeover: existing.state === 'claimed' };
  }

  markSent(claim: Claim, at: string, messageId: string | null): boolean {
    const result = this.db
      .prepare(
        `UPDATE notifications SET state = 'sent', sent_at = ?, message_id = ?, lease_until = NULL,
           claim_token = NULL, updated_at = ?
         WHERE referral_id = ? AND conversation = ? AND kind = ? AND due_point = ? AND claim_token = ?
           AND state = 'claimed'`,
      )
      .run(at, messageId, at, ...keyValues(claim.key), claim.token);
    return result.changes === 1;
  }

  markFailed(
    claim: Claim,
    failure: { at: string; reason: string; permanent: boolean; retryAt: string | null },
  ) {
    const result = this.db
      .prepare(
        `UPDATE notifications SET state = ?, last_error = ?, retry_at = ?, lease_until = NULL, claim_token = NULL,
           updated_at = ?
         WHERE referral_id = ? AND conversation = ? AND kind = ? AND due_point = ? AND claim_token = ?
           AND state = 'claimed'`,
      )
      .run(
        failure.permanent ? 'dead' : 'failed',
        failure.reason.slice(0, 500),
        failure.permanent ? null : failure.retryAt,
        failure.at,
        ...keyValues(claim.key),
        claim.token,
      );
    return result.changes === 1;
  }
}

function keyValues(key: NotificationKey): [number, string, string, string] {
  return [key.referralId, key.conversation, key.kind, key.duePoint];
}

function claimable(record: NotificationRecord, now: string): boolean {
  const at = Date.parse(now);
  switch (record.state) {
    case 'claimed':
      return record.leaseUntil !== null && Date.parse(record.leaseUntil) <= at;
    case 'failed':
      return record.retryAt === null || Date.parse(record.retryAt) <= at;
    default:
      return false;
  }
}

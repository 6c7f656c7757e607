import { randomUUID } from 'node:crypto';
import type { NotificationKey, NotificationRecord } from '../model.js';
import { toNotification } from '../rows.js';
import type { Claim, ClaimOptions } from '../store.js';
import type { Queryable } from './pg-register-ops.js';

const KEY = 'referral_id = $1 AND conversation = $2 AND kind = $3 AND due_point = $4';

function keyValues(key: NotificationKey): [number, string, string, string] {
  return [key.referralId, key.conversation, key.kind, key.duePoint];
}

/**
 * The notification log on PostgreSQL: claim → send → mark (DESIGN.md "Delivery semantics") across
 * instances. A claim is one of two atomic statements and needs no store-wide lock:
 * - a new key is claimed by inserting it; the unique key makes a second insert wait for the first and
 *   then do nothing;
 * - an existing row is claimed by an update that locks it with `FOR UPDATE SKIP LOCKED` (an instance
 *   that finds it locked by another's claim passes it by, it does not queue behind it) and succeeds
 *   only when its lease has run out without a mark, or when a failed attempt is due for retry.
 */
export class PgNotificationOps {
  constructor(private readonly db: Queryable) {}

  async get(key: NotificationKey): Promise<NotificationRecord | null> {
    const row = (await this.db.query(`SELECT * FROM notifications WHERE ${KEY}`, keyValues(key))).rows[0];
    return row ? toNotification(row) : null;
  }

  async list(options: { referralId?: number; conversation?: string }): Promise<NotificationRecord[]> {
    const clauses: string[] = [];
    const values: unknown[] = [];
    if (options.referralId !== undefined) {
      values.push(options.referralId);
      clauses.push(`referral_id = $${values.length}`);
    }
    if (options.conversation !== undefined) {
      values.push(options.conversation);
      clauses.push(`conversation = $${values.length}`);
    }
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    return (await this.db.query(`SELECT * FROM notifications ${where} ORDER BY id`, values)).rows.map(
      toNotification,
    );
  }

  async claim(key: NotificationKey, options: ClaimOptions): Promise<Claim | null> {
    const token = randomUUID();
    const inserted = await this.db.query(
      `INSERT INTO notifications (referral_id, conversation, kind, due_point, state, attempts, claim_token,
         lease_until, created_at, updated_at)
       VALUES ($1, $2, $3, $4, 'claimed', 1, $5, $6, $7, $7)
       ON CONFLICT (referral_id, conversation, kind, due_point) DO NOTHING
       RETURNING id`,
      [...keyValues(key), token, options.leaseUntil, options.now],
    );
    if (inserted.rows.length === 1) return { key, token, attempt: 1, takeover: false };
    const taken = await this.db.query(
      `UPDATE notifications AS n
         SET state = 'claimed', attempts = n.attempts + 1, claim_token = $5, lease_until = $6,
             retry_at = NULL, updated_at = $7
       FROM (SELECT id, state FROM notifications WHERE ${KEY} FOR UPDATE SKIP LOCKED) AS previous
       WHERE n.id = previous.id
         AND ((previous.state = 'claimed' AND n.lease_until IS NOT NULL AND n.lease_until <= $7::timestamptz)
           OR (previous.state = 'failed' AND (n.retry_at IS NULL OR n.retry_at <= $7::timestamptz)))
       RETURNING n.attempts, previous.state AS previous_state`,
      [...keyValues(key), token, options.leaseUntil, options.now],
    );
    const row = taken.rows[0];
    if (!row) return null;
    return { key, token, attempt: Number(row.attempts), takeover: row.previous_state === 'claimed' };
  }

  async markSent(claim: Claim, at: string, messageId: string | null): Promise<boolean> {
    const result = await this.db.query(
      `UPDATE notifications SET state = 'sent', sent_at = $5, message_id = $6, lease_until = NULL,
         claim_token = NULL, updated_at = $5
       WHERE ${KEY} AND claim_token = $7 AND state = 'claimed'`,
      [...keyValues(claim.key), at, messageId, claim.token],
    );
    return result.rowCount === 1;
  }

  async markFailed(
    claim: Claim,
    failure: { at: string; reason: string; permanent: boolean; retryAt: string | null },
  ): Promise<boolean> {
    const result = await this.db.query(
      `UPDATE notifications SET state = $5, last_error = $6, retry_at = $7, lease_until = NULL,
         claim_token = NULL, updated_at = $8
       WHERE ${KEY} AND claim_token = $9 AND state = 'claimed'`,
      [
        ...keyValues(claim.key),
        failure.permanent ? 'dead' : 'failed',
        failure.reason.slice(0, 500),
        failure.permanent ? null : failure.retryAt,
        failure.at,
        claim.token,
      ],
    );
    return result.rowCount === 1;
  }
}

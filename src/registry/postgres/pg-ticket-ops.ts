import { randomUUID } from 'node:crypto';
import { type Ticket, type TicketClaim, type TicketDelivery, type TicketDraft, toTicket } from '../ticket.js';
import type { Queryable } from './pg-register-ops.js';

/** Question tickets and their two deliveries (claim → send → mark), on PostgreSQL: one statement each. */
export class PgTicketOps {
  constructor(private readonly db: Queryable) {}

  async add(draft: TicketDraft, at: string): Promise<Ticket> {
    const { rows } = await this.db.query(
      `INSERT INTO tickets (question, lang, utblick_answer, asked_by, asked_by_name, platform, reply_to, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
      [
        draft.question,
        draft.lang,
        draft.utblickAnswer,
        draft.askedBy,
        draft.askedByName,
        draft.platform,
        draft.replyTo,
        at,
      ],
    );
    return toTicket(rows[0]!);
  }

  async get(id: number): Promise<Ticket | null> {
    const { rows } = await this.db.query('SELECT * FROM tickets WHERE id = $1', [id]);
    return rows[0] ? toTicket(rows[0]) : null;
  }

  async list(options: { status?: Ticket['status']; askedBy?: string; before?: string }): Promise<Ticket[]> {
    const clauses: string[] = [];
    const values: unknown[] = [];
    if (options.status) {
      values.push(options.status);
      clauses.push(`status = $${values.length}`);
    }
    if (options.askedBy) {
      values.push(options.askedBy);
      clauses.push(`asked_by = $${values.length}`);
    }
    if (options.before) {
      values.push(options.before);
      clauses.push(`created_at < $${values.length}::timestamptz`);
    }
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    return (await this.db.query(`SELECT * FROM tickets ${where} ORDER BY id`, values)).rows.map(toTicket);
  }

  async answer(
    id: number,
    answer: string,
    by: string,
    name: string | null,
    at: string,
  ): Promise<Ticket | null> {
    const { rows } = await this.db.query(
      `UPDATE tickets SET status = 'answered', answer = $1, answered_by = $2, answered_by_name = $3,
         answered_at = $4 WHERE id = $5 AND status = 'open' RETURNING *`,
      [answer, by, name, at, id],
    );
    return rows[0] ? toTicket(rows[0]) : null;
  }

  async pending(): Promise<number[]> {
    const { rows } = await this.db.query(
      `SELECT id FROM tickets WHERE posted_at IS NULL
         OR (status = 'answered' AND delivered_at IS NULL AND delivery_failed IS NULL) ORDER BY id`,
    );
    return rows.map((row) => Number(row.id));
  }

  async claim(
    id: number,
    delivery: TicketDelivery,
    now: string,
    leaseUntil: string,
  ): Promise<TicketClaim | null> {
    const p = delivery === 'post' ? 'post' : 'deliver';
    const done = delivery === 'post' ? 'posted_at' : 'delivered_at';
    const ready = delivery === 'post' ? 'TRUE' : "t.status = 'answered' AND t.delivery_failed IS NULL";
    const token = randomUUID();
    // The old token is read in the same statement that replaces it, so two instances cannot both win.
    const { rows } = await this.db.query(
      `UPDATE tickets t SET ${p}_token = $1, ${p}_lease = $2::timestamptz
         FROM (SELECT id, ${p}_token AS old FROM tickets WHERE id = $3 FOR UPDATE) o
       WHERE t.id = o.id AND t.${done} IS NULL AND ${ready}
         AND (t.${p}_token IS NULL OR t.${p}_lease <= $4::timestamptz)
       RETURNING o.old`,
      [token, leaseUntil, id, now],
    );
    return rows[0] ? { id, delivery, token, takeover: rows[0].old !== null } : null;
  }

  async mark(claim: TicketClaim, at: string): Promise<boolean> {
    const p = claim.delivery === 'post' ? 'post' : 'deliver';
    const done = claim.delivery === 'post' ? 'posted_at' : 'delivered_at';
    const result = await this.db.query(
      `UPDATE tickets SET ${done} = $1, ${p}_token = NULL, ${p}_lease = NULL WHERE id = $2 AND ${p}_token = $3`,
      [at, claim.id, claim.token],
    );
    return result.rowCount === 1;
  }

  async release(claim: TicketClaim, permanent: string | null): Promise<boolean> {
    const p = claim.delivery === 'post' ? 'post' : 'deliver';
    const failed = claim.delivery === 'deliver' && permanent;
    const result = await this.db.query(
      `UPDATE tickets SET ${p}_token = NULL, ${p}_lease = NULL${failed ? ', delivery_failed = $3' : ''}
       WHERE id = $1 AND ${p}_token = $2`,
      failed ? [claim.id, claim.token, permanent] : [claim.id, claim.token],
    );
    return result.rowCount === 1;
  }

  async delete(ids: number[]): Promise<number> {
    if (ids.length === 0) return 0;
    const result = await this.db.query('DELETE FROM tickets WHERE id = ANY($1::bigint[])', [ids]);
    return result.rowCount ?? 0;
  }
}

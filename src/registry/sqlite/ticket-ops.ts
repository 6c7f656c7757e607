import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { type Ticket, type TicketClaim, type TicketDelivery, type TicketDraft, toTicket } from '../ticket.js';

type Row = Record<string, unknown>;

/** Question tickets and their two deliveries (claim → send → mark), in SQLite. */
export class TicketOps {
  constructor(private readonly db: Database.Database) {}

  add(draft: TicketDraft, at: string): Ticket {
    const result = this.db
      .prepare(
        `INSERT INTO tickets (question, lang, utblick_answer, asked_by, asked_by_name, platform, reply_to, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        draft.question,
        draft.lang,
        draft.utblickAnswer,
        draft.askedBy,
        draft.askedByName,
        draft.platform,
        draft.replyTo,
        at,
      );
    return this.get(Number(result.lastInsertRowid))!;
  }

  get(id: number): Ticket | null {
    const row = this.db.prepare('SELECT * FROM tickets WHERE id = ?').get(id) as Row | undefined;
    return row ? toTicket(row) : null;
  }

  list(options: { status?: Ticket['status']; askedBy?: string; before?: string }): Ticket[] {
    const clauses: string[] = [];
    const values: unknown[] = [];
    if (options.status) {
      clauses.push('status = ?');
      values.push(options.status);
    }
    if (options.askedBy) {
      clauses.push('asked_by = ?');
      values.push(options.askedBy);
    }
    if (options.before) {
      clauses.push('julianday(created_at) < julianday(?)');
      values.push(options.before);
    }
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    return (this.db.prepare(`SELECT * FROM tickets ${where} ORDER BY id`).all(...values) as Row[]).map(
      toTicket,
    );
  }

  /** The first answer wins: null when the ticket is not open (any more). */
  answer(id: number, answer: string, by: string, name: string | null, at: string): Ticket | null {
    const result = this.db
      .prepare(
        `UPDATE tickets SET status = 'answered', answer = ?, answered_by = ?, answered_by_name = ?, answered_at = ?
         WHERE id = ? AND status = 'open'`,
      )
      .run(answer, by, name, at, id);
    return result.changes === 1 ? this.get(id) : null;
  }

  pending(): number[] {
    return (
      this.db
        .prepare(
          `SELECT id FROM tickets WHERE posted_at IS NULL
             OR (status = 'answered' AND delivered_at IS NULL AND delivery_failed IS NULL) ORDER BY id`,
        )
        .all() as Row[]
    ).map((row) => Number(row.id));
  }

  claim(id: number, delivery: TicketDelivery, now: string, leaseUntil: string): TicketClaim | null {
    const p = delivery === 'post' ? 'post' : 'deliver';
    const done = delivery === 'post' ? 'posted_at' : 'delivered_at';
    const ready = delivery === 'post' ? '1 = 1' : "status = 'answered' AND delivery_failed IS NULL";
    const row = this.db.prepare(`SELECT ${p}_token AS token FROM tickets WHERE id = ?`).get(id) as
      | Row
      | undefined;
    if (!row) return null;
    const token = randomUUID();
    const result = this.db
      .prepare(
        `UPDATE tickets SET ${p}_token = ?, ${p}_lease = ? WHERE id = ? AND ${done} IS NULL AND ${ready}
           AND (${p}_token IS NULL OR julianday(${p}_lease) <= julianday(?))`,
      )
      .run(token, leaseUntil, id, now);
    return result.changes === 1 ? { id, delivery, token, takeover: row.token !== null } : null;
  }

  mark(claim: TicketClaim, at: string): boolean {
    const p = claim.delivery === 'post' ? 'post' : 'deliver';
    const done = claim.delivery === 'post' ? 'posted_at' : 'delivered_at';
    return (
      this.db
        .prepare(
          `UPDATE tickets SET ${done} = ?, ${p}_token = NULL, ${p}_lease = NULL WHERE id = ? AND ${p}_token = ?`,
        )
        .run(at, claim.id, claim.token).changes === 1
    );
  }

  /** Gives a claim back after a failure: `permanent` (the answer cannot be delivered) stops retries. */
  release(claim: TicketClaim, permanent: string | null): boolean {
    const p = claim.delivery === 'post' ? 'post' : 'deliver';
    const failed = claim.delivery === 'deliver' && permanent ? ', delivery_failed = ?' : '';
    const values: unknown[] = failed ? [permanent, claim.id, claim.token] : [claim.id, claim.token];
    return (
      this.db
        .prepare(
          `UPDATE tickets SET ${p}_token = NULL, ${p}_lease = NULL${failed} WHERE id = ? AND ${p}_token = ?`,
        )
        .run(...values).changes === 1
    );
  }

  delete(ids: number[]): number {
    const statement = this.db.prepare('DELETE FROM tickets WHERE id = ?');
    let deleted = 0;
    for (const id of ids) deleted += statement.run(id).changes;
    return deleted;
  }
}

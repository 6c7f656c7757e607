import type Database from 'better-sqlite3';
import { type Feedback, type FeedbackDraft, FeedbackSchema, type FeedbackStat } from '../model.js';
import { toFeedback } from '../rows.js';

type Row = Record<string, unknown>;

/**
 * Answer feedback and what retention leaves of it. Feedback is not a public record: it is deleted
 * (retention, forget-person) without an audit entry per row.
 */
export class FeedbackOps {
  constructor(private readonly db: Database.Database) {}

  add(draft: FeedbackDraft, at: string): Feedback {
    const f = FeedbackSchema.parse(draft);
    const result = this.db
      .prepare(
        `INSERT INTO feedback (question, lang, answer_summary, top_passage_id, vote, user_id, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(f.question, f.lang, f.answerSummary, f.topPassageId, f.vote, f.userId, at);
    const row = this.db.prepare('SELECT * FROM feedback WHERE id = ?').get(result.lastInsertRowid) as Row;
    return toFeedback(row);
  }

  list(options: { userId?: string; before?: string }): Feedback[] {
    const clauses: string[] = [];
    const values: unknown[] = [];
    if (options.userId !== undefined) {
      clauses.push('user_id = ?');
      values.push(options.userId);
    }
    if (options.before !== undefined) {
      // Instants are compared as moments, whatever offset they were written with.
      clauses.push('julianday(created_at) < julianday(?)');
      values.push(options.before);
    }
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    return (this.db.prepare(`SELECT * FROM feedback ${where} ORDER BY id`).all(...values) as Row[]).map(
      toFeedback,
    );
  }

  delete(ids: number[]): number {
    const statement = this.db.prepare('DELETE FROM feedback WHERE id = ?');
    let deleted = 0;
    for (const id of ids) deleted += statement.run(id).changes;
    return deleted;
  }

  addStats(stats: FeedbackStat[]): void {
    const statement = this.db.prepare(
      `INSERT INTO feedback_stats (day, lang, top_passage_id, vote, count) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (day, lang, top_passage_id, vote) DO UPDATE SET count = count + excluded.count`,
    );
    for (const s of stats) {
      if (!Number.isInteger(s.count) || s.count < 1)
        throw new RangeError('a feedback count must be 1 or more');
      statement.run(s.day, s.lang, s.topPassageId ?? '', s.vote, s.count);
    }
  }

  listStats(): FeedbackStat[] {
    const rows = this.db
      .prepare('SELECT * FROM feedback_stats ORDER BY day, lang, top_passage_id, vote')
      .all() as Row[];
    return rows.map((row) => ({
      day: String(row.day),
      lang: String(row.lang) as FeedbackStat['lang'],
      topPassageId: row.top_passage_id === '' ? null : String(row.top_passage_id),
      vote: String(row.vote) as FeedbackStat['vote'],
      count: Number(row.count),
    }));
  }

  /** Moves what the write-ahead log still holds into the (zeroed) database file and empties the log. */
  purge(): void {
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }
}

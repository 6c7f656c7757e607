import { type Feedback, type FeedbackDraft, FeedbackSchema, type FeedbackStat } from '../model.js';
import { toFeedback } from '../rows.js';
import type { Queryable } from './pg-register-ops.js';

/**
 * Answer feedback and what retention leaves of it, on PostgreSQL. Each write is one statement, so it
 * is whole on its own and needs no store-wide lock.
 */
export class PgFeedbackOps {
  constructor(private readonly db: Queryable) {}

  async add(draft: FeedbackDraft, at: string): Promise<Feedback> {
    const f = FeedbackSchema.parse(draft);
    const { rows } = await this.db.query(
      `INSERT INTO feedback (question, lang, answer_summary, top_passage_id, vote, user_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
      [f.question, f.lang, f.answerSummary, f.topPassageId, f.vote, f.userId, at],
    );
    return toFeedback(rows[0]!);
  }

  async list(options: { userId?: string; before?: string }): Promise<Feedback[]> {
    const clauses: string[] = [];
    const values: unknown[] = [];
    if (options.userId !== undefined) {
      values.push(options.userId);
      clauses.push(`user_id = $${values.length}`);
    }
    if (options.before !== undefined) {
      values.push(options.before);
      clauses.push(`created_at < $${values.length}::timestamptz`);
    }
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    return (await this.db.query(`SELECT * FROM feedback ${where} ORDER BY id`, values)).rows.map(toFeedback);
  }

  async delete(ids: number[]): Promise<number> {
    if (ids.length === 0) return 0;
    const result = await this.db.query('DELETE FROM feedback WHERE id = ANY($1::bigint[])', [ids]);
    return result.rowCount ?? 0;
  }

  async addStats(stats: FeedbackStat[]): Promise<void> {
    // Validated and summed up front: one statement may not touch the same row twice, and a bad count
    // must leave every count as it was.
    const sums = new Map<string, FeedbackStat>();
    for (const s of stats) {
      if (!Number.isInteger(s.count) || s.count < 1)
        throw new RangeError('a feedback count must be 1 or more');
      const key = JSON.stringify([s.day, s.lang, s.topPassageId ?? '', s.vote]);
      const sum = sums.get(key);
      if (sum) sum.count += s.count;
      else sums.set(key, { ...s });
    }
    if (sums.size === 0) return;
    const rows = [...sums.values()];
    await this.db.query(
      `INSERT INTO feedback_stats (day, lang, top_passage_id, vote, count)
       SELECT * FROM unnest($1::date[], $2::text[], $3::text[], $4::text[], $5::int[])
       ON CONFLICT (day, lang, top_passage_id, vote)
         DO UPDATE SET count = feedback_stats.count + excluded.count`,
      [
        rows.map((s) => s.day),
        rows.map((s) => s.lang),
        rows.map((s) => s.topPassageId ?? ''),
        rows.map((s) => s.vote),
        rows.map((s) => s.count),
      ],
    );
  }

  async listStats(): Promise<FeedbackStat[]> {
    const { rows } = await this.db.query(
      'SELECT * FROM feedback_stats ORDER BY day, lang, top_passage_id, vote',
    );
    return rows.map((row) => ({
      day: String(row.day),
      lang: String(row.lang) as FeedbackStat['lang'],
      topPassageId: row.top_passage_id === '' ? null : String(row.top_passage_id),
      vote: String(row.vote) as FeedbackStat['vote'],
      count: Number(row.count),
    }));
  }
}

import { type CuratedAnswer, type CuratedDraft, toCurated } from '../curated.js';
import type { Queryable } from './pg-register-ops.js';

/** Curated answers on PostgreSQL. Audited by the caller, in the same transaction. */
export class PgCuratedOps {
  constructor(private readonly db: Queryable) {}

  async add(draft: CuratedDraft, by: string, at: string): Promise<CuratedAnswer> {
    const { rows } = await this.db.query(
      `INSERT INTO curated_answers (wordings_json, answer, lang, source, review_by, ticket_id, created_by, created_at)
       VALUES ($1::json, $2, $3, $4, $5::date, $6, $7, $8) RETURNING *`,
      [
        JSON.stringify(draft.wordings),
        draft.answer,
        draft.lang,
        draft.source,
        draft.reviewBy,
        draft.ticketId,
        by,
        at,
      ],
    );
    return toCurated(rows[0]!);
  }

  async update(id: number, draft: CuratedDraft): Promise<CuratedAnswer | null> {
    const { rows } = await this.db.query(
      `UPDATE curated_answers SET wordings_json = $1::json, answer = $2, lang = $3, source = $4, review_by = $5::date
       WHERE id = $6 RETURNING *`,
      [JSON.stringify(draft.wordings), draft.answer, draft.lang, draft.source, draft.reviewBy, id],
    );
    return rows[0] ? toCurated(rows[0]) : null;
  }

  async list(): Promise<CuratedAnswer[]> {
    return (await this.db.query('SELECT * FROM curated_answers ORDER BY id')).rows.map(toCurated);
  }
}

import type Database from 'better-sqlite3';
import { type CuratedAnswer, type CuratedDraft, toCurated } from '../curated.js';

type Row = Record<string, unknown>;

/** Curated answers in SQLite. Audited by the caller, in the same transaction. */
export class CuratedOps {
  constructor(private readonly db: Database.Database) {}

  add(draft: CuratedDraft, by: string, at: string): CuratedAnswer {
    const result = this.db
      .prepare(
        `INSERT INTO curated_answers (wordings_json, answer, lang, source, review_by, ticket_id, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        JSON.stringify(draft.wordings),
        draft.answer,
        draft.lang,
        draft.source,
        draft.reviewBy,
        draft.ticketId,
        by,
        at,
      );
    return toCurated(
      this.db.prepare('SELECT * FROM curated_answers WHERE id = ?').get(result.lastInsertRowid) as Row,
    );
  }

  /** Replaces an entry's wordings, answer, source and review date (a renewal); null when there is none. */
  update(id: number, draft: CuratedDraft): CuratedAnswer | null {
    const changed = this.db
      .prepare(
        'UPDATE curated_answers SET wordings_json = ?, answer = ?, lang = ?, source = ?, review_by = ? WHERE id = ?',
      )
      .run(
        JSON.stringify(draft.wordings),
        draft.answer,
        draft.lang,
        draft.source,
        draft.reviewBy,
        id,
      ).changes;
    if (changed !== 1) return null;
    return toCurated(this.db.prepare('SELECT * FROM curated_answers WHERE id = ?').get(id) as Row);
  }

  list(): CuratedAnswer[] {
    return (this.db.prepare('SELECT * FROM curated_answers ORDER BY id').all() as Row[]).map(toCurated);
  }
}

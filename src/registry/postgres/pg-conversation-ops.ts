import { type ConversationContext, parseCaseList } from '../conversation.js';
import type { Queryable } from './pg-register-ops.js';

/** Conversation context on PostgreSQL: one statement each, shared by every instance. */
export class PgConversationOps {
  constructor(private readonly db: Queryable) {}

  async get(conversation: string, now: string): Promise<ConversationContext | null> {
    const { rows } = await this.db.query(
      'SELECT * FROM conversation_context WHERE conversation = $1 AND expires_at > $2::timestamptz',
      [conversation, now],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      conversation: String(row.conversation),
      cases: parseCaseList(row.cases_json),
      choices: parseCaseList(row.choices_json),
      expiresAt: new Date(row.expires_at as string | Date).toISOString(),
    };
  }

  /** Replaces the thread's context, and forgets every context that has expired. */
  async save(context: ConversationContext, now: string): Promise<void> {
    await this.db.query('DELETE FROM conversation_context WHERE expires_at <= $1::timestamptz', [now]);
    await this.db.query(
      `INSERT INTO conversation_context (conversation, cases_json, choices_json, expires_at)
       VALUES ($1, $2::json, $3::json, $4::timestamptz)
       ON CONFLICT (conversation) DO UPDATE SET cases_json = excluded.cases_json,
         choices_json = excluded.choices_json, expires_at = excluded.expires_at`,
      [
        context.conversation,
        JSON.stringify(context.cases),
        JSON.stringify(context.choices),
        context.expiresAt,
      ],
    );
  }
}

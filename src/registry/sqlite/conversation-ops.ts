import type Database from 'better-sqlite3';
import { type ConversationContext, parseCaseList } from '../conversation.js';

type Row = Record<string, unknown>;

/** Conversation context: one row per thread, replaced on every answer, gone once it has expired. */
export class ConversationOps {
  constructor(private readonly db: Database.Database) {}

  get(conversation: string, now: string): ConversationContext | null {
    const row = this.db
      .prepare(
        'SELECT * FROM conversation_context WHERE conversation = ? AND julianday(expires_at) > julianday(?)',
      )
      .get(conversation, now) as Row | undefined;
    return row ? toContext(row) : null;
  }

  /** Replaces the thread's context, and forgets every context that has expired. */
  save(context: ConversationContext, now: string): void {
    this.db.prepare('DELETE FROM conversation_context WHERE julianday(expires_at) <= julianday(?)').run(now);
    this.db
      .prepare(
        `INSERT INTO conversation_context (conversation, cases_json, choices_json, expires_at)
         VALUES (?, ?, ?, ?)
         ON CONFLICT (conversation) DO UPDATE SET cases_json = excluded.cases_json,
           choices_json = excluded.choices_json, expires_at = excluded.expires_at`,
      )
      .run(
        context.conversation,
        JSON.stringify(context.cases),
        JSON.stringify(context.choices),
        new Date(context.expiresAt).toISOString(),
      );
  }
}

function toContext(row: Row): ConversationContext {
  return {
    conversation: String(row.conversation),
    cases: parseCaseList(row.cases_json),
    choices: parseCaseList(row.choices_json),
    expiresAt: new Date(String(row.expires_at)).toISOString(),
  };
}

import type { Input } from './input.js';
import type { ActionId, FormId, FormSpec, Reply } from './reply.js';

/**
 * The one entry point every adapter (Slack, Teams, web, CLI) talks to. It knows nothing of platforms.
 * Every method resolves to a Reply in the right language; none throws for bad user input.
 */
export interface Core {
  /** A message: a command when its first word is a command word and the rest parses, else a question. */
  handle(input: Input): Promise<Reply>;
  /** A button press (show passage, feedback, mark answered, …). */
  action(id: ActionId, value: string, input: Input): Promise<Reply>;
  /** An empty form to open (Slack modal, Teams card, web form). */
  openForm(id: FormId, input: Input): FormSpec;
  /** A submitted form: either the saved result, or the form again with per-field errors. */
  submitForm(id: FormId, values: Record<string, string>, input: Input): Promise<FormOutcome>;
  /** An overview for a user's home (Slack App Home, welcome card): upcoming deadlines, recent memberships. */
  overview(input: Input): Promise<Reply>;
}

export type FormOutcome = { ok: true; reply: Reply } | { ok: false; form: FormSpec };

import type { Input } from './input.js';
import type { Lang } from './lang.js';
import type { ActionId, FormId, FormSpec, Reply } from './reply.js';

/**
 * The one entry point every adapter (Slack, Teams, web, CLI) talks to. It knows nothing of platforms.
 * Every method resolves to a Reply in the right language; none throws for bad user input.
 */
export interface Core {
  /** A message: a command when its first word is a command word and the rest parses, else a question. */
  handle(input: Input): Promise<Reply>;
  /**
   * The same, with whether it succeeded and the data a `--json` caller prints: the CLI's entry point.
   * `options` narrow what the text may be (see RunOptions).
   */
  run(input: Input, options?: RunOptions): Promise<Outcome>;
  /** A button press (show passage, feedback, mark answered, …). */
  action(id: ActionId, value: string, input: Input): Promise<Reply>;
  /** An empty form to open (Slack modal, Teams card, web form). */
  openForm(id: FormId, input: Input): FormSpec;
  /** A submitted form: either the saved result, or the form again with per-field errors. */
  submitForm(id: FormId, values: Record<string, string>, input: Input): Promise<FormOutcome>;
  /** An overview for a user's home (Slack App Home, welcome card): upcoming deadlines, recent memberships. */
  overview(input: Input): Promise<Reply>;
}

/**
 * A message's result: `ok` false means bad input (the CLI exits 1); `data` is what `--json` prints (the
 * entry, the list, the answer), absent when there is nothing more than the reply.
 */
export type Outcome = { ok: boolean; reply: Reply; data?: unknown };

export type RunOptions = {
  /**
   * `command`: the text must be a command; anything else is answered with help (ok false), never searched.
   * `question`: the text is a question even when it reads like a command (`utblick ask "help"`).
   */
  only?: 'command' | 'question';
  /** The language of an answer, instead of the question's own (`utblick ask --lang en`). */
  answerLang?: Lang;
  /**
   * False when the caller cannot show a form: a command that would open one (`membership add` alone)
   * is answered with its help and what is missing instead.
   */
  forms?: boolean;
};

export type FormOutcome = { ok: true; reply: Reply } | { ok: false; form: FormSpec };

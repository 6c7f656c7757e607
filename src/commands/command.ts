import type { z } from 'zod';
import type { GuardedAction } from '../access/messages.js';
import type { FormOutcome } from '../core/core.js';
import type { Lang } from '../core/lang.js';
import type { FormId, FormSpec } from '../core/reply.js';
import type { CommandContext, Outcome } from './context.js';

/**
 * Commands as data. One `CommandDef` holds everything about a command: its words in both languages, its
 * options, the zod schema that validates them, the permission it needs, its help (usage, summary,
 * examples) and its handler. The parser, help, the CLI, Slack's slash commands and usage hints and the
 * Teams command list are all derived from these definitions (see catalog.ts).
 */

export type Permission = 'ask' | 'register' | 'change' | 'admin';

/** Text in both languages. */
export type Bilingual = Record<Lang, string>;

/** Words in both languages; the first of each is the one shown in help, menus and usage hints. */
export type Words = Record<Lang, string[]>;

/** What the parser hands a schema: today's date, so that "1 sep" and relative dates resolve. */
export type ParseContext = { today: string };

/** A command group: the first word (`membership`, `remiss`), its help and how platforms offer it. */
export type GroupDef = {
  id: string;
  words: Words;
  title: Bilingual;
  intro: Bilingual;
  /**
   * A one-line description (at most 100 characters) for platforms that list the group as its own command:
   * Slack gets one slash command per language (`/membership`, `/medlemskap`) when this is set.
   */
  slash?: Bilingual;
  /**
   * The group's commands read the referral register as the documents say it: it is brought up to date
   * with the documents (when they were reloaded) before one of them runs.
   */
  readsDocuments?: boolean;
};

/**
 * A form a command opens when typed with nothing after it (a Slack modal, a Teams card, a web form): its
 * id, the empty form in a language, and what a submission does (the saved reply, or the form again with
 * per-field errors). Forms, the buttons that open them and their submissions all find it by its id.
 */
export type FormDef = {
  id: FormId;
  open: (lang: Lang) => FormSpec;
  submit: (values: Record<string, string>, ctx: CommandContext) => Promise<FormOutcome>;
};

export type CommandDef<Args = Record<string, unknown>> = {
  /** `<group>.<name>`: the metric label, the key in logs and tests. */
  id: string;
  group: string;
  /** Subcommand words; several words (`lägg till`) are matched in sequence. */
  words: Words;
  /** Option name → accepted keys (the name itself first). */
  options: Record<string, string[]>;
  /** Bare words that act as switches (`ended`, `open`). */
  flags: Record<string, string[]>;
  /** Whether words after the subcommand are free text (a name, a case number, words from a title). */
  text: 'required' | 'optional' | 'none';
  /** The schema field the free text goes to. */
  textField: string;
  /** Unknown `key:` words are an error (true) or part of the free text (false). */
  strict: boolean;
  permission: Permission;
  /**
   * The permission instead of `permission` for whoever runs Utblick in a terminal (the CLI): they can
   * read its files anyway, so what was read from the documents is no secret there.
   */
  atTerminal?: Permission;
  /** What the refusal sentence says was refused (`register it`, `end the membership`). */
  guard?: GuardedAction;
  /** A form that opens when the command is typed with nothing after it. */
  form?: FormDef;
  usage: Bilingual;
  summary: Bilingual;
  examples: string[];
  /**
   * A one-line description for the platforms' command menus (the Teams command list, at most 10 entries
   * there). Commands without it are not listed, but work everywhere all the same.
   */
  menu?: Bilingual;
  /** Schema errors carry a message code (messages.ts), never human text. */
  schema: (ctx: ParseContext) => z.ZodType<Args>;
  handler: (args: Args, ctx: CommandContext) => Promise<Outcome>;
};

/** Any command, whatever its arguments: what the parser and the catalog hold. */
// biome-ignore lint/suspicious/noExplicitAny: the schema and the handler of one definition agree by construction.
export type AnyCommand = CommandDef<any>;

/** A definition whose handler is typed by its schema's output. */
export function defineCommand<S extends z.ZodType>(
  def: Omit<CommandDef<z.output<S>>, 'schema'> & { schema: (ctx: ParseContext) => S },
): AnyCommand {
  return def as AnyCommand;
}

/** The words of a group or command in both languages, Swedish and English alike accepted. */
export function allWords(words: Words): string[] {
  return [...words.en, ...words.sv];
}

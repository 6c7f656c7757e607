import { type GuardedAction, refusalText } from '../access/messages.js';
import { createAccessPolicy, type Decision, isRefusal } from '../access/policy.js';
import { todayIn } from '../calendar/index.js';
import type { FormOutcome } from '../core/core.js';
import type { Input } from '../core/input.js';
import type { ActionId, FormId, FormSpec, Reply } from '../core/reply.js';
import type { KnowledgeDocument } from '../knowledge/types.js';
import { syncReferralsFromDocuments } from '../referrals/sync.js';
import { commandById, commandOfForm, groupById, groupOfWord } from './catalog.js';
import type { AnyCommand, FormDef } from './command.js';
import {
  authorize,
  type CommandContext,
  type CommandDeps,
  CommandError,
  failure,
  type Outcome,
} from './context.js';
import { helpReply } from './help.js';
import { t } from './messages.js';
import { overviewReply } from './overview.js';
import { parseCommand } from './parser.js';
import { markReferralDone } from './referral-handlers.js';
import { tokensFromArgs } from './tokenizer.js';

export { COMMANDS, GROUPS, HELP_WORDS } from './catalog.js';
export type { AnyCommand, CommandDef, GroupDef } from './command.js';
export type { CommandDeps, Outcome } from './context.js';
export { parseCommand } from './parser.js';
export { tokenize, tokensFromArgs } from './tokenizer.js';

export type Commands = ReturnType<typeof createCommands>;

export type RunCommandOptions = {
  /** Answer a text that is no command with help (ok false) instead of null. */
  orHelp?: boolean;
  /** False where no form can be shown: a command that would open one gets its help instead. */
  forms?: boolean;
};

/** Help for a text that is no command: its group's when the first word names one, else the general help. */
function notACommand(input: Input, ctx: CommandContext): Outcome {
  const first = input.args?.[0] ?? input.text.trim().split(/\s+/)[0] ?? '';
  const group = groupOfWord(first)?.id ?? null;
  return { ok: false, reply: helpReply(ctx.lang, group, null) };
}

/** The command whose form `id` is; every FormId belongs to one command's definition. */
function formCommand(id: FormId): AnyCommand & { form: FormDef } {
  const def = commandOfForm(id);
  if (!def?.form) throw new Error(`no command opens the form ${id}`);
  return def as AnyCommand & { form: FormDef };
}

function formReply(ctx: CommandContext, def: AnyCommand & { form: FormDef }): Reply {
  const form = def.form.open(ctx.lang);
  return { lang: ctx.lang, kind: 'form', summary: form.title, blocks: [{ type: 'form', form }] };
}

/** The command side of the core: parsing, permissions, handlers, forms, actions and the overview. */
export function createCommands(deps: CommandDeps) {
  let syncedDocuments: KnowledgeDocument[] | null = null;
  const access = createAccessPolicy(deps.config);

  const context = (input: Input): CommandContext => {
    const now = deps.clock.now();
    return {
      ...deps,
      lang: input.locale ?? 'sv',
      input,
      today: todayIn(deps.clock, deps.config.timeZone),
      change: {
        by: input.userId,
        at: now.toISOString(),
        name: input.userName ?? null,
        workspace: input.workspace ?? null,
      },
      access,
    };
  };

  /** Brings the referral register up to date with the documents when they have been reloaded. */
  const syncDocuments = async () => {
    const documents = await deps.documents();
    if (documents === syncedDocuments) return;
    await syncReferralsFromDocuments(deps.store, documents, deps.clock);
    syncedDocuments = documents;
  };

  /**
   * The check a command's declared permission makes before it runs. `change` commands check the entry
   * itself again in their handler, once they know whose it is.
   */
  const precheck = (def: AnyCommand, input: Input): Decision => {
    const permission = (input.platform === 'cli' && def.atTerminal) || def.permission;
    if (permission === 'ask') return { allowed: true, as: 'member' };
    if (permission === 'admin') return access.mayAdminister(input);
    return access.mayRegister(input);
  };

  const guarded = async (ctx: CommandContext, run: () => Promise<Outcome>): Promise<Outcome> => {
    try {
      return await run();
    } catch (error) {
      if (error instanceof CommandError) return failure(ctx.lang, error);
      throw error;
    }
  };

  /** The refusal as a reply, or null when allowed: for forms and buttons, which run no parsed command. */
  const refusal = (ctx: CommandContext, decision: Decision, action: GuardedAction): Outcome | null =>
    isRefusal(decision)
      ? failure(
          ctx.lang,
          new CommandError('not_permitted', { text: refusalText(ctx.lang, decision, action) }),
        )
      : null;

  /**
   * A command typed with nothing after it that would open a form, where no form can be shown (the CLI):
   * the command's help, led by what is missing first.
   */
  const formAsHelp = (def: AnyCommand, ctx: CommandContext): Outcome => {
    const missing = def.schema({ today: ctx.today }).safeParse({});
    const first = missing.success ? undefined : missing.error.issues[0];
    const errors = first ? [{ code: first.message, params: {} }] : [];
    return { ok: false, reply: helpReply(ctx.lang, def.group, def.id, errors) };
  };

  /**
   * Parses and runs a command; null when the text is not a command (a question), or with `orHelp` the
   * help of the group its first word names (ok false).
   */
  const run = async (input: Input, options: RunCommandOptions = {}): Promise<Outcome | null> => {
    const ctx = context(input);
    const parsed = parseCommand(input.args ? tokensFromArgs(input.args) : input.text, { today: ctx.today });
    if (!parsed) return options.orHelp ? notACommand(input, ctx) : null;
    if (parsed.type === 'help') {
      // A guest who mistypes a command they may not run learns that first, not how to fix the typing.
      const def = parsed.errors.length > 0 && parsed.command ? commandById(parsed.command) : undefined;
      const refused = def && refusal(ctx, precheck(def, input), def.guard ?? 'register');
      if (refused) return refused;
      const reply = helpReply(ctx.lang, parsed.group, parsed.command, parsed.errors);
      return {
        ok: parsed.errors.length === 0,
        reply,
        data: parsed.errors.length ? { errors: parsed.errors } : undefined,
      };
    }
    if (parsed.type === 'form') {
      const def = formCommand(parsed.form);
      const refused = refusal(ctx, precheck(def, input), def.guard ?? 'register');
      if (refused) return refused;
      if (options.forms === false) return formAsHelp(def, ctx);
      return { ok: true, reply: formReply(ctx, def) };
    }
    return guarded(ctx, async () => {
      authorize(ctx, precheck(parsed.def, input), parsed.def.guard ?? 'register');
      if (groupById(parsed.def.group)?.readsDocuments) await syncDocuments();
      return parsed.def.handler(parsed.args, ctx);
    });
  };

  return {
    run,
    access,
    syncDocuments,
    async tryHandle(input: Input): Promise<Reply | null> {
      return (await run(input))?.reply ?? null;
    },
    openForm(id: FormId, input: Input): FormSpec {
      return formCommand(id).form.open(context(input).lang);
    },
    async submitForm(id: FormId, values: Record<string, string>, input: Input): Promise<FormOutcome> {
      const ctx = context(input);
      const def = formCommand(id);
      const refused = refusal(ctx, precheck(def, input), def.guard ?? 'register');
      if (refused) return { ok: true, reply: refused.reply };
      return def.form.submit(values, ctx);
    },
    async action(id: ActionId, value: string, input: Input): Promise<Reply> {
      const ctx = context(input);
      if (id === 'referral_done') {
        const refused = refusal(ctx, access.mayRegister(input), 'mark_answered');
        if (refused) return refused.reply;
        await syncDocuments();
        return (await guarded(ctx, () => markReferralDone({ target: `#${value}` }, ctx))).reply;
      }
      const opens = id === 'open_form' ? commandOfForm(value) : undefined;
      if (opens?.form) {
        const withForm = opens as AnyCommand & { form: FormDef };
        const refused = refusal(ctx, precheck(opens, input), opens.guard ?? 'register');
        if (refused) return refused.reply;
        return formReply(ctx, withForm);
      }
      return failure(ctx.lang, new CommandError('unknown_action')).reply;
    },
    async overview(input: Input): Promise<Reply> {
      await syncDocuments();
      return overviewReply(context(input));
    },
  };
}

/** For callers that want the message text of a code (e.g. the CLI's own errors). */
export { t as commandMessage };

import { type GuardedAction, refusalText } from '../access/messages.js';
import { createAccessPolicy, type Decision, isRefusal } from '../access/policy.js';
import { todayIn } from '../calendar/index.js';
import type { FormOutcome } from '../core/core.js';
import type { Input } from '../core/input.js';
import type { ActionId, FormId, FormSpec, Reply } from '../core/reply.js';
import type { KnowledgeDocument } from '../knowledge/types.js';
import { syncReferralsFromDocuments } from '../referrals/sync.js';
import {
  authorize,
  type CommandContext,
  type CommandDeps,
  CommandError,
  failure,
  type Outcome,
} from './context.js';
import { COMMANDS, type CommandDef, type CommandId } from './definitions.js';
import { membershipForm, submitMembershipForm } from './forms.js';
import { helpReply } from './help.js';
import { listKnowledge, showKnowledge } from './knowledge-handlers.js';
import { addMembership, endMembership, listMemberships, showMembership } from './membership-handlers.js';
import { t } from './messages.js';
import { overviewReply } from './overview.js';
import { parseCommand } from './parser.js';
import { setReferral, withdrawReferral } from './referral-corrections.js';
import {
  addReferral,
  listReferrals,
  markReferralDone,
  referralDeadline,
  subscribe,
  unsubscribe,
} from './referral-handlers.js';
import type { Token } from './tokenizer.js';

export type { CommandDeps, Outcome } from './context.js';
export { COMMANDS } from './definitions.js';
export { parseCommand } from './parser.js';
export { tokenize, tokensFromArgs } from './tokenizer.js';

// biome-ignore lint/suspicious/noExplicitAny: each handler validates its own args through its schema.
type Handler = (args: any, ctx: CommandContext) => Promise<Outcome>;

const HANDLERS: Record<CommandId, Handler> = {
  'membership.add': addMembership,
  'membership.list': listMemberships,
  'membership.show': showMembership,
  'membership.end': endMembership,
  'referral.deadline': referralDeadline,
  'referral.add': addReferral,
  'referral.list': listReferrals,
  'referral.done': markReferralDone,
  'referral.subscribe': subscribe,
  'referral.unsubscribe': unsubscribe,
  'referral.set': setReferral,
  'referral.withdraw': withdrawReferral,
  'knowledge.list': listKnowledge,
  'knowledge.show': showKnowledge,
};

export type Commands = ReturnType<typeof createCommands>;

/** The refusal sentence names what was refused. */
const GUARDED_ACTIONS: Partial<Record<CommandId, GuardedAction>> = {
  'membership.add': 'register',
  'membership.end': 'end_membership',
  'referral.add': 'register',
  'referral.done': 'mark_answered',
  'referral.subscribe': 'subscribe',
  'referral.unsubscribe': 'unsubscribe',
  'referral.set': 'change_referral',
  'referral.withdraw': 'change_referral',
  'knowledge.list': 'read_knowledge',
  'knowledge.show': 'read_knowledge',
};

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
    const documents = deps.documents();
    if (documents === syncedDocuments) return;
    await syncReferralsFromDocuments(deps.store, documents, deps.clock);
    syncedDocuments = documents;
  };

  /**
   * The check a command's declared permission makes before it runs. `change` commands check the entry
   * itself again in their handler, once they know whose it is.
   */
  const precheck = (def: CommandDef, input: Input): Decision => {
    if (def.permission === 'ask') return { allowed: true, as: 'member' };
    // In the terminal, whoever runs Utblick can read the documents themselves: what was read from them
    // is no secret there. In chat it is for administrators.
    if (def.group === 'knowledge' && input.platform === 'cli') return { allowed: true, as: 'member' };
    if (def.permission === 'admin') return access.mayAdminister(input);
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

  /** Parses and runs a command; null when the text is not a command (a question). */
  const run = async (text: string | Token[], input: Input): Promise<Outcome | null> => {
    const ctx = context(input);
    const parsed = parseCommand(text, { today: ctx.today });
    if (!parsed) return null;
    if (parsed.type === 'help') {
      // A guest who mistypes a command they may not run learns that first, not how to fix the typing.
      const def = parsed.errors.length > 0 ? COMMANDS.find((c) => c.id === parsed.command) : undefined;
      const refused = def && refusal(ctx, precheck(def, input), GUARDED_ACTIONS[def.id] ?? 'register');
      if (refused) return refused;
      const reply = helpReply(ctx.lang, parsed.group, parsed.command, parsed.errors);
      return {
        ok: parsed.errors.length === 0,
        reply,
        data: parsed.errors.length ? { errors: parsed.errors } : undefined,
      };
    }
    if (parsed.type === 'form') {
      const refused = refusal(ctx, access.mayRegister(input), 'register');
      if (refused) return refused;
      const form = membershipForm(ctx.lang);
      return {
        ok: true,
        reply: { lang: ctx.lang, kind: 'form', summary: form.title, blocks: [{ type: 'form', form }] },
      };
    }
    return guarded(ctx, async () => {
      authorize(ctx, precheck(parsed.def, input), GUARDED_ACTIONS[parsed.def.id] ?? 'register');
      if (parsed.def.group !== 'membership') await syncDocuments();
      return HANDLERS[parsed.def.id](parsed.args, ctx);
    });
  };

  return {
    run,
    access,
    syncDocuments,
    async tryHandle(input: Input): Promise<Reply | null> {
      return (await run(input.text, input))?.reply ?? null;
    },
    openForm(_id: FormId, input: Input): FormSpec {
      return membershipForm(context(input).lang);
    },
    async submitForm(_id: FormId, values: Record<string, string>, input: Input): Promise<FormOutcome> {
      const ctx = context(input);
      const refused = refusal(ctx, access.mayRegister(input), 'register');
      if (refused) return { ok: true, reply: refused.reply };
      return submitMembershipForm(values, ctx);
    },
    async action(id: ActionId, value: string, input: Input): Promise<Reply> {
      const ctx = context(input);
      if (id === 'referral_done') {
        const refused = refusal(ctx, access.mayRegister(input), 'mark_answered');
        if (refused) return refused.reply;
        await syncDocuments();
        return (await guarded(ctx, () => markReferralDone({ target: `#${value}` }, ctx))).reply;
      }
      if (id === 'open_form' && value === 'membership_add') {
        const refused = refusal(ctx, access.mayRegister(input), 'register');
        if (refused) return refused.reply;
        const form = membershipForm(ctx.lang);
        return { lang: ctx.lang, kind: 'form', summary: form.title, blocks: [{ type: 'form', form }] };
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

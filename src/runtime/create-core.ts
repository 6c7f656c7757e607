import { refusalText } from '../access/messages.js';
import { isRefusal } from '../access/policy.js';
import { recognizeIntent } from '../answer/intent.js';
import { answerJson } from '../answer/json.js';
import { detectLanguage } from '../answer/language.js';
import {
  answerReply,
  parseChooseValue,
  parseFeedbackValue,
  passageReply,
  thanksReply,
} from '../answer/reply.js';
import type { Commands } from '../commands/index.js';
import { answerInContext, type CaseLabel, type FollowUp, nextContext } from '../conversation/follow-up.js';
import { t as conversationText } from '../conversation/messages.js';
import type { Clock } from '../core/clock.js';
import type { Core, Outcome } from '../core/core.js';
import type { Input, Thread } from '../core/input.js';
import type { Lang } from '../core/lang.js';
import type { Logger } from '../core/logger.js';
import type { RateLimiter } from '../core/rate-limit.js';
import type { Reply } from '../core/reply.js';
import { findCurated } from '../curated/match.js';
import { curatedJson, curatedReply } from '../curated/reply.js';
import { defineMessages } from '../i18n/messages.js';
import { describeErrorText } from '../observability/error-description.js';
import { type Metrics, noMetrics } from '../observability/metrics.js';
import { redactPersonalNumbers } from '../privacy/redact.js';
import { storeMessage } from '../registry/messages.js';
import { type Store, StoreUnavailableError } from '../registry/store.js';
import { askUnitAction, openTicket } from '../tickets/ask-unit.js';
import { commandLabel } from './command-label.js';
import { instrumentCore } from './instrument-core.js';
import type { KnowledgeBase, KnowledgeSnapshot } from './knowledge-base.js';
import { rateLimitedReply } from './rate-limited-reply.js';

const t = defineMessages({
  sv: {
    internal: 'Något gick fel hos Utblick och ingenting ändrades. Försök igen om en stund.',
    reindexed: (p) =>
      `Kunskapsbanken är indexerad på nytt: ${p.documents} dokument, ${p.passages} stycken (${p.ms} ms).`,
    reindexSkipped: (p) => `Hoppade över: ${p.files}.`,
    tooLong: (p) =>
      `Meddelandet är för långt (${p.length} tecken). Skriv en kortare fråga eller ett kortare kommando, högst ${p.max} tecken.`,
  },
  en: {
    internal: 'Something went wrong in Utblick and nothing was changed. Please try again in a moment.',
    reindexed: (p) =>
      `The knowledge base has been re-indexed: ${p.documents} documents, ${p.passages} passages (${p.ms} ms).`,
    reindexSkipped: (p) => `Skipped: ${p.files}.`,
    tooLong: (p) =>
      `That message is too long (${p.length} characters). Please send a shorter question or command, at most ${p.max} characters.`,
  },
});

/** The admin command that rebuilds the index at once (the watcher does it by itself on file changes). */
/**
 * Longer messages are refused, not searched: no question or command is that long, and the answer engine's
 * cost grows faster than the text (a pasted 95,000 characters held the process for 6 s in the fuzz run).
 */
export const MAX_MESSAGE_CHARS = 4000;

const REINDEX = /^\s*(reindex|re-index|indexera om|omindexera)\s*$/i;

/**
 * Where the core reads the knowledge from. `current` may build it on first use: the CLI opens the index
 * only when a question comes, not for `membership list`.
 */
export type KnowledgeSource = {
  current(): KnowledgeSnapshot | Promise<KnowledgeSnapshot>;
  /** `reread`: read every file again, not only the changed ones (an administrator's `reindex`). */
  reload(reread?: boolean): Promise<KnowledgeSnapshot>;
};

/** The knowledge base of a running server as a source. */
export function knowledgeSource(knowledge: KnowledgeBase): KnowledgeSource {
  return { current: () => knowledge.snapshot, reload: (reread) => knowledge.reload(reread) };
}

export type CoreDeps = {
  knowledge: KnowledgeSource;
  commands: Commands;
  store: Store;
  clock: Clock;
  logger: Logger;
  /** Per-person and per-conversation limits (src/core/rate-limit.ts); none when absent. */
  rateLimiter?: RateLimiter;
  /** Requests, outcomes and latency per platform and command; nothing by default. */
  metrics?: Metrics;
  /**
   * Whether questions may go to the international unit (UTBLICK_EXPERT_CONVERSATION is set): a declined
   * answer and a 👎 then offer "ask the unit".
   */
  askUnit?: boolean;
  /** False: answer from the documents only, never from curated answers (the answer evaluation). */
  curated?: boolean;
};

/**
 * The platform-neutral core: a message is a command when the command grammar takes it, otherwise a
 * question answered from the documents. Nothing here knows about Slack or Teams.
 */
export function createCore(deps: CoreDeps): Core {
  const { knowledge, commands, store, clock, logger } = deps;
  const langOf = (input: Input) => input.locale ?? 'sv';

  const findPassage = async (passageId: string) => {
    for (const entry of (await knowledge.current()).index.entries)
      if (entry.passage.id === passageId) return entry;
    return null;
  };

  /** An unexpected failure (a broken database, a bug) is logged and answered with a sentence, never a trace. */
  const safely = async <T>(
    what: string,
    lang: Lang,
    run: () => Promise<T>,
    fallback: (reply: Reply) => T,
  ): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      const away = error instanceof StoreUnavailableError;
      if (away) logger.warn('request refused: database unavailable', { what, reason: error.reason });
      else logger.error('request failed', { what, error: describeErrorText(error) });
      const text = away ? storeMessage(lang, 'unavailable') : t(lang, 'internal');
      return fallback({
        lang,
        kind: 'error',
        blocks: [{ type: 'text', text, tone: 'error' }],
        summary: text,
      });
    }
  };
  const reply = (r: Reply) => r;

  /** A message over the rate limit gets a polite "try again in N seconds" and touches nothing. */
  const limited = (input: Input): Reply | null => {
    const decision = deps.rateLimiter?.take(input);
    if (!decision || decision.ok) return null;
    logger.info('rate limited', { scope: decision.scope, platform: input.platform });
    const lang = input.locale ?? (input.text ? detectLanguage(input.text) : 'sv');
    return rateLimitedReply(lang, decision);
  };

  const limitedOutcome = (input: Input): Outcome | null => {
    const refused = limited(input);
    return refused ? { ok: false, reply: refused } : null;
  };

  const reindex = async (input: Input): Promise<Reply> => {
    const lang = langOf(input);
    const decision = commands.access.mayAdminister(input);
    if (isRefusal(decision)) {
      const text = refusalText(lang, decision, 'reindex');
      return { lang, kind: 'error', blocks: [{ type: 'text', text, tone: 'warning' }], summary: text };
    }
    const snapshot = await knowledge.reload(true);
    const text = t(lang, 'reindexed', {
      documents: snapshot.documents.length,
      passages: snapshot.index.size,
      ms: snapshot.indexMs,
    });
    const skipped = snapshot.skipped.map((s) => `${s.file} (${s.reason})`).join('; ');
    const blocks: Reply['blocks'] = [{ type: 'text', text, tone: 'success' }];
    if (skipped)
      blocks.push({ type: 'text', text: t(lang, 'reindexSkipped', { files: skipped }), tone: 'warning' });
    return { lang, kind: 'command', blocks, summary: text };
  };

  const tooLong = (input: Input): Outcome | null => {
    if (input.text.length <= MAX_MESSAGE_CHARS) return null;
    const lang = input.locale ?? detectLanguage(input.text.slice(0, 1000));
    const text = t(lang, 'tooLong', { length: input.text.length, max: MAX_MESSAGE_CHARS });
    return {
      ok: false,
      reply: { lang, kind: 'error', blocks: [{ type: 'text', text, tone: 'warning' }], summary: text },
      data: { error: 'too_long', message: text },
    };
  };

  /**
   * A thread's context is a help, not a must: with the database away, the question is answered on its
   * own (from the local index) rather than not at all.
   */
  const readContext = async (thread: Thread) => {
    try {
      return await store.getConversationContext(thread.id, clock.now().toISOString());
    } catch (error) {
      logger.warn('conversation context unavailable', { error: describeErrorText(error) });
      return null;
    }
  };

  /** A curated answer that matches the question closely and is not due for review; off when asked so. */
  const curatedFor = async (question: string) => {
    if (deps.curated === false) return null;
    try {
      const today = clock.now().toISOString().slice(0, 10);
      return findCurated(question, await store.listCuratedAnswers(), today);
    } catch (error) {
      logger.warn('curated answers unavailable', { error: describeErrorText(error) });
      return null;
    }
  };

  const answer = async (input: Input, answerLang?: Lang): Promise<Outcome> => {
    const snapshot = await knowledge.current();
    // Redacted before anything sees it: the result's question travels into buttons, feedback and logs.
    const question = redactPersonalNumbers(input.text);
    const curated = await curatedFor(question);
    if (curated) {
      const lang = answerLang ?? detectLanguage(question);
      logger.debug('answered from a curated answer', { curated: curated.id, lang });
      return {
        ok: true,
        reply: curatedReply(curated, lang),
        data: curatedJson(curated, question, lang, recognizeIntent(question)),
      };
    }
    const thread = input.thread;
    const context = thread ? await readContext(thread) : null;
    const turn = answerInContext(
      snapshot.engine,
      snapshot.documents,
      question,
      context,
      answerLang ? { lang: answerLang } : {},
    );
    if (thread) {
      const now = clock.now();
      const next = nextContext(thread, context, turn, now);
      if (next)
        await store.saveConversationContext(next, now.toISOString()).catch((error: unknown) => {
          logger.warn('conversation context not saved', { error: describeErrorText(error) });
        });
    }
    if (turn.kind === 'picked')
      return { ok: true, reply: pickedReply(detectLanguage(question), turn.picked) };
    const { result } = turn;
    logger.debug('answered', {
      intent: result.intent,
      abstained: result.abstained,
      lang: result.lang,
      followUp: turn.usedCase !== null,
    });
    const reply = followUpReply(turn, input.audience);
    return { ok: true, reply: offerUnit(reply, result.abstained, result.question), data: answerJson(result) };
  };

  /** A declined answer (and the thanks for a 👎) offers to send the question to the unit. */
  const offerUnit = (reply: Reply, offer: boolean, question: string): Reply => {
    if (!offer || !deps.askUnit) return reply;
    return {
      ...reply,
      blocks: [...reply.blocks, { type: 'actions', actions: [askUnitAction(reply.lang, question)] }],
    };
  };

  const core: Omit<Core, 'handle'> = {
    async run(input, options = {}) {
      const refused = tooLong(input);
      if (refused) return refused;
      if (options.only !== 'question') {
        if (REINDEX.test(input.text)) {
          const reply = await reindex(input);
          return { ok: reply.kind !== 'error', reply };
        }
        const command = await commands.run(input, {
          orHelp: options.only === 'command',
          ...(options.forms === false ? { forms: false } : {}),
        });
        if (command) return command;
      }
      return answer(input, options.answerLang);
    },

    async action(id, value, input) {
      switch (id) {
        case 'show_passage':
          return passageReply(langOf(input), await findPassage(value), input.audience);
        case 'choose': {
          const chosen = parseChooseValue(value);
          if (!chosen) return passageReply(langOf(input), null, input.audience);
          const question = redactPersonalNumbers(chosen.q);
          const result = (await knowledge.current()).engine.answer(question, { caseIds: [chosen.c] });
          // The thread goes on about the chosen case.
          if (input.thread) {
            const now = clock.now();
            const turn: FollowUp = { kind: 'answer', result, usedCase: null };
            const next = nextContext(input.thread, await readContext(input.thread), turn, now);
            if (next) await store.saveConversationContext(next, now.toISOString()).catch(() => undefined);
          }
          return answerReply(result, input.audience);
        }
        case 'feedback_up':
        case 'feedback_down': {
          const parsed = parseFeedbackValue(value);
          const lang = parsed ? detectLanguage(parsed.q) : langOf(input);
          if (parsed) {
            // A personal identity number never reaches the store, whatever the button carried.
            const question = redactPersonalNumbers(parsed.q);
            const result = (await knowledge.current()).engine.answer(question);
            await store.addFeedback(
              {
                question,
                lang: result.lang,
                // A confidential document's words stay in the document, not in the feedback table.
                answerSummary: result.confidential ? '' : redactPersonalNumbers(result.answer).slice(0, 2000),
                topPassageId: parsed.p,
                vote: id === 'feedback_up' ? 'up' : 'down',
                userId: input.userId,
              },
              clock.now().toISOString(),
            );
          }
          return offerUnit(thanksReply(lang), id === 'feedback_down' && parsed !== null, parsed?.q ?? '');
        }
        case 'ask_unit': {
          const snapshot = await knowledge.current();
          return openTicket(
            { store, clock, enabled: deps.askUnit ?? false, answer: (q) => snapshot.engine.answer(q) },
            value,
            input,
          );
        }
        default:
          return commands.action(id, value, input);
      }
    },

    openForm(id, input) {
      return commands.openForm(id, input);
    },

    submitForm(id, values, input) {
      return commands.submitForm(id, values, input);
    },

    overview(input) {
      return commands.overview(input);
    },
  };

  const labelOf = (text: string) => {
    if (REINDEX.test(text)) return 'reindex';
    try {
      return commandLabel(text);
    } catch {
      return 'question';
    }
  };
  const failed = (r: Reply): Outcome => ({ ok: false, reply: r });
  const run: Core['run'] = async (input, options) =>
    limitedOutcome(input) ?? safely('handle', langOf(input), () => core.run(input, options), failed);
  const safe: Core = {
    run,
    handle: async (input) => (await run(input)).reply,
    action: async (id, value, input) =>
      limited(input) ?? safely('action', langOf(input), () => core.action(id, value, input), reply),
    openForm: (id, input) => core.openForm(id, input),
    submitForm: async (id, values, input) => {
      const refused = limited(input);
      // The form comes back with what was typed, so that nothing is lost while the person waits.
      if (refused) {
        const form = core.openForm(id, input);
        const first = form.fields[0]?.name;
        return { ok: false, form: { ...form, values, errors: first ? { [first]: refused.summary } : {} } };
      }
      return safely(
        'submitForm',
        langOf(input),
        () => core.submitForm(id, values, input),
        (r) => ({ ok: true, reply: r }),
      );
    },
    overview: (input) => safely('overview', langOf(input), () => core.overview(input), reply),
  };
  return instrumentCore(safe, deps.metrics ?? noMetrics, labelOf);
}

function caseName(lang: Lang, label: CaseLabel): string {
  return label.dnr
    ? conversationText(lang, 'caseWithDnr', { title: label.title, dnr: label.dnr })
    : label.title;
}

/** An answer; a follow-up says first which case of the conversation it was answered from. */
function followUpReply(turn: Extract<FollowUp, { kind: 'answer' }>, audience: Input['audience']): Reply {
  const reply = answerReply(turn.result, audience);
  if (!turn.usedCase) return reply;
  const text = conversationText(reply.lang, 'followUp', { case: caseName(reply.lang, turn.usedCase) });
  return { ...reply, blocks: [{ type: 'text', text, tone: 'muted' }, ...reply.blocks] };
}

/** "The second one" on its own: the chosen case, and an invitation to ask about it. */
function pickedReply(lang: Lang, picked: CaseLabel): Reply {
  const text = conversationText(lang, 'picked', { case: caseName(lang, picked) });
  return { lang, kind: 'answer', blocks: [{ type: 'text', text }], summary: text };
}

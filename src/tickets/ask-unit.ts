import type { AnswerResult } from '../answer/types.js';
import type { Clock } from '../core/clock.js';
import type { Input } from '../core/input.js';
import type { Lang } from '../core/lang.js';
import type { Action, Reply } from '../core/reply.js';
import { redactPersonalNumbers } from '../privacy/redact.js';
import type { Store } from '../registry/store.js';
import { t } from './messages.js';

/** What the "ask the unit" button carries: the question (redacted, bounded), nothing else. */
export function askUnitAction(lang: Lang, question: string): Action {
  return {
    id: 'ask_unit',
    label: t(lang, 'askUnit'),
    value: JSON.stringify({ q: redactPersonalNumbers(question).slice(0, 500) }),
  };
}

function parseValue(value: string): string | null {
  try {
    const parsed = JSON.parse(value) as { q?: unknown };
    return typeof parsed.q === 'string' && parsed.q.trim() ? parsed.q : null;
  } catch {
    return null;
  }
}

/** What Utblick answered, as the ticket keeps it: for a confidential source only its title and case number. */
export function utblickAnswerOf(result: AnswerResult): string {
  if (result.confidential) {
    const top = result.citations.find((c) => c.confidential) ?? result.citations[0];
    return top ? `${top.title}${top.dnr ? ` (dnr ${top.dnr})` : ''}` : '';
  }
  return redactPersonalNumbers(result.answer).slice(0, 2000);
}

function text(lang: Lang, body: string, tone: 'success' | 'warning'): Reply {
  return { lang, kind: 'command', blocks: [{ type: 'text', text: body, tone }], summary: body };
}

export type AskUnitDeps = {
  store: Store;
  clock: Clock;
  /** Whether an experts' conversation is configured (UTBLICK_EXPERT_CONVERSATION). */
  enabled: boolean;
  answer: (question: string) => AnswerResult | Promise<AnswerResult>;
};

/**
 * The person's click on "ask the unit": the question becomes a ticket, with who asked, where to answer
 * and what Utblick said. Anyone may ask, guests too. The ticket reaches the experts by the delivery run
 * (src/tickets/deliver.ts), not here, so that a platform that is away loses nothing.
 */
export async function openTicket(deps: AskUnitDeps, value: string, input: Input): Promise<Reply> {
  const asked = parseValue(value);
  const lang = input.locale ?? 'sv';
  if (!asked) return text(lang, t(lang, 'questionGone'), 'warning');
  const question = redactPersonalNumbers(asked);
  const result = await deps.answer(question);
  if (!deps.enabled) return text(result.lang, t(result.lang, 'notConfigured'), 'warning');
  const at = deps.clock.now().toISOString();
  const ticket = await deps.store.transaction(async (tx) => {
    const opened = await tx.addTicket(
      {
        question,
        lang: result.lang,
        utblickAnswer: utblickAnswerOf(result),
        askedBy: input.userId,
        askedByName: input.userName ?? null,
        platform: input.platform,
        replyTo: input.replyTo ?? input.conversation ?? null,
      },
      at,
    );
    await tx.recordAudit(
      {
        action: 'ticket.open',
        entity: 'ticket',
        entityId: opened.id,
        after: { id: opened.id, platform: input.platform },
      },
      { by: input.userId, at, name: input.userName ?? null, workspace: input.workspace ?? null },
    );
    return opened;
  });
  return text(result.lang, t(result.lang, 'opened', { id: ticket.id }), 'success');
}

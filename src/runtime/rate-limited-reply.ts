import type { Lang } from '../core/lang.js';
import type { RateDecision } from '../core/rate-limit.js';
import type { Reply } from '../core/reply.js';
import { defineMessages } from '../i18n/messages.js';

/** What a person sees when they send faster than Utblick answers (src/core/rate-limit.ts decides when). */
const t = defineMessages({
  sv: {
    user: (p) =>
      `Du skickar meddelanden snabbare än jag hinner svara ordentligt. Försök igen om ${p.seconds} sekunder.`,
    conversation: (p) =>
      `Det kommer många meddelanden i den här konversationen just nu, fler än jag hinner svara ordentligt på. Försök igen om ${p.seconds} sekunder.`,
  },
  en: {
    user: (p) => `You are sending messages faster than I can answer well; try again in ${p.seconds} seconds.`,
    conversation: (p) =>
      `This conversation is sending more messages than I can answer well right now; try again in ${p.seconds} seconds.`,
  },
});

/** The polite answer to a refused message, in the person's language. */
export function rateLimitedReply(lang: Lang, decision: Extract<RateDecision, { ok: false }>): Reply {
  const text = t(lang, decision.scope, { seconds: decision.retryAfterSeconds });
  return { lang, kind: 'error', blocks: [{ type: 'text', text, tone: 'warning' }], summary: text };
}

import type { Lang } from '../core/lang.js';
import type { Reply } from '../core/reply.js';
import { defineMessages } from '../i18n/messages.js';
import type { CuratedAnswer } from '../registry/curated.js';

const t = defineMessages({
  sv: {
    cited: (p) =>
      `Kurerat svar från internationella avdelningen. Källa: ${p.source}. Granskas senast ${p.review}.`,
  },
  en: {
    cited: (p) =>
      `A curated answer from the international unit. Source: ${p.source}. Due for review by ${p.review}.`,
  },
});

/** A curated answer, cited as such: who stands behind it, its source and until when. */
export function curatedReply(entry: CuratedAnswer, lang: Lang): Reply {
  return {
    lang,
    kind: 'answer',
    blocks: [
      { type: 'text', text: entry.answer },
      {
        type: 'text',
        tone: 'muted',
        text: t(lang, 'cited', { source: entry.source, review: entry.reviewBy }),
      },
    ],
    summary: entry.answer,
  };
}

/** What `ask --json` prints for it: the answer shape, no citations of documents, and the curated entry. */
export function curatedJson(entry: CuratedAnswer, question: string, lang: Lang, intent: string) {
  return {
    question,
    lang,
    intent,
    abstained: false,
    answer: entry.answer,
    citations: [],
    clarify: [],
    curated: { id: entry.id, source: entry.source, reviewBy: entry.reviewBy },
  };
}

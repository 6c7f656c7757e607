import type { Input } from '../core/input.js';
import type { Lang } from '../core/lang.js';
import type { Block, Reply } from '../core/reply.js';
import { defineMessages } from '../i18n/messages.js';

/**
 * The rule for documents marked confidential (sekretess), when they are indexed at all
 * (`UTBLICK_INDEX_CONFIDENTIAL`): their text is never shown where others can read it. To a shared
 * audience (a channel, a group chat, or an audience nobody told us about) the answer is replaced by a
 * notice; the person asking in private gets it, with a visible note. The notice names the document by
 * title and case number, and nothing more: a public authority's register (diarium) shows those for
 * secret documents too (OSL 5 kap.), while the content, a quote, a passage, or an answer derived from
 * it, is what the marking protects.
 */
export type Audience = NonNullable<Input['audience']>;

const t = defineMessages({
  sv: {
    withheldAnswer: (p) =>
      `Svaret finns i en sekretessmarkerad handling${p.source} och visas inte här, där fler kan läsa det. Fråga mig i ett direktmeddelande, så svarar jag bara dig.`,
    withheldPassage: (p) =>
      `Stycket finns i en sekretessmarkerad handling${p.source} och visas inte här, där fler kan läsa det. Fråga mig i ett direktmeddelande, så visar jag det bara för dig.`,
    noteAnswer:
      'Sekretess: svaret kommer från en sekretessmarkerad handling och visas bara för dig. Dela det inte i en kanal.',
    notePassage:
      'Sekretess: stycket kommer från en sekretessmarkerad handling och visas bara för dig. Dela det inte i en kanal.',
    source: (p) => ` (”${p.title}”${p.dnr ? `, dnr ${p.dnr}` : ''})`,
  },
  en: {
    withheldAnswer: (p) =>
      `The answer is in a document marked confidential${p.source} and is not shown here, where others can read it. Ask me in a direct message and I will answer only you.`,
    withheldPassage: (p) =>
      `The passage is in a document marked confidential${p.source} and is not shown here, where others can read it. Ask me in a direct message and I will show it only to you.`,
    noteAnswer:
      'Confidential (sekretess): this answer comes from a document marked confidential and is shown only to you. Do not share it in a channel.',
    notePassage:
      'Confidential (sekretess): this passage comes from a document marked confidential and is shown only to you. Do not share it in a channel.',
    source: (p) => ` (“${p.title}”${p.dnr ? `, case ${p.dnr}` : ''})`,
  },
});

/** Only a reply seen by the asking person alone may carry confidential text; unknown counts as shared. */
export function mayShowConfidential(audience: Input['audience']): boolean {
  return audience === 'private';
}

/** The notice that stands in for an answer or a passage from a confidential document. */
export function withheldReply(
  lang: Lang,
  what: 'answer' | 'passage',
  doc: { title: string; dnr: string | null },
): Reply {
  const source = t(lang, 'source', { title: doc.title, dnr: doc.dnr ?? '' });
  const text = t(lang, what === 'answer' ? 'withheldAnswer' : 'withheldPassage', { source });
  return {
    lang,
    kind: 'answer',
    blocks: [{ type: 'text', text, tone: 'warning' }],
    summary: text,
    confidential: true,
  };
}

/** The visible note on a private answer or passage from a confidential document. */
export function confidentialNote(lang: Lang, what: 'answer' | 'passage'): Block {
  return { type: 'text', text: t(lang, what === 'answer' ? 'noteAnswer' : 'notePassage'), tone: 'warning' };
}

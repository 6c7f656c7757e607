import type { Input } from '../core/input.js';
import type { Lang } from '../core/lang.js';
import type { Block, Reply } from '../core/reply.js';
import { defineMessages } from '../i18n/messages.js';
import type { KnowledgeDocument, Passage } from '../knowledge/types.js';
import { redactPersonalNumbers } from '../privacy/redact.js';
import { confidentialNote, mayShowConfidential, withheldReply } from './confidential.js';
import type { AnswerResult } from './types.js';

const t = defineMessages({
  sv: {
    showPassage: 'Visa hela stycket',
    helpful: '👍 Bra svar',
    notHelpful: '👎 Dåligt svar',
    thanks: 'Tack! Ditt omdöme är sparat så att svaren kan bli bättre.',
    passageGone: 'Stycket finns inte längre i kunskapsbanken (dokumentet kan ha ändrats). Ställ frågan igen.',
    section: 'Avsnitt',
    document: 'Dokument',
    dnr: 'Diarienummer',
  },
  en: {
    showPassage: 'Show the whole passage',
    helpful: '👍 Helpful',
    notHelpful: '👎 Not helpful',
    thanks: 'Thank you! Your rating is saved so that the answers can improve.',
    passageGone:
      'That passage is no longer in the knowledge base (the document may have changed). Please ask again.',
    section: 'Section',
    document: 'Document',
    dnr: 'Case number',
  },
});

/**
 * What a feedback button carries back: the question (personal identity numbers redacted: the value is
 * stored by Slack and Teams and comes back to be stored as feedback) and the passage it was answered from.
 */
export function feedbackValue(result: AnswerResult): string {
  const q = redactPersonalNumbers(result.question).slice(0, 500);
  return JSON.stringify({ q, p: result.citations[0]?.passageId ?? null });
}

export function parseFeedbackValue(value: string): { q: string; p: string | null } | null {
  try {
    const parsed = JSON.parse(value) as { q?: unknown; p?: unknown };
    if (typeof parsed.q !== 'string') return null;
    return { q: parsed.q, p: typeof parsed.p === 'string' ? parsed.p : null };
  } catch {
    return null;
  }
}

/** What a `choose` button carries back: the original question (redacted, bounded) and the chosen case. */
export function chooseValue(question: string, caseId: string): string {
  return JSON.stringify({ q: redactPersonalNumbers(question).slice(0, 500), c: caseId });
}

export function parseChooseValue(value: string): { q: string; c: string } | null {
  try {
    const parsed = JSON.parse(value) as { q?: unknown; c?: unknown };
    if (typeof parsed.q !== 'string' || typeof parsed.c !== 'string') return null;
    return { q: parsed.q, c: parsed.c };
  } catch {
    return null;
  }
}

/** Platforms show a handful of buttons well; the text names how many more there are. */
const CHOICE_BUTTONS = 5;

/** Slack's longest button text. A longer label is cut at a word and ends with "…". */
const BUTTON_CHARS = 75;

function buttonLabel(text: string): string {
  if (text.length <= BUTTON_CHARS) return text;
  const cut = text.slice(0, BUTTON_CHARS - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > BUTTON_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A question that fits several cases: the list as text and one `choose` button per case shown. */
function clarifyReply(result: AnswerResult, audience: Input['audience']): Reply {
  const secret = result.clarify.find((o) => o.confidential);
  if (secret && !mayShowConfidential(audience)) return withheldReply(result.lang, 'answer', secret);
  const shown = result.clarify.slice(0, CHOICE_BUTTONS);
  return {
    lang: result.lang,
    kind: 'clarify',
    blocks: [
      { type: 'text', text: result.answer },
      {
        type: 'actions',
        actions: shown.map((option) => ({
          id: 'choose' as const,
          label: buttonLabel(option.dnr ? `${option.dnr}: ${option.title}` : option.title),
          value: chooseValue(result.question, option.case),
        })),
      },
    ],
    summary: result.answer,
    ...(secret ? { confidential: true } : {}),
  };
}

/**
 * An answer as a Reply: the short answer, the quoted sentence, the citation, and what one can do next.
 * An answer drawn from a confidential document is shown only to a private audience, with a note; others
 * get a notice instead. Only the top citation is shown, so a confidential one further down shows nothing.
 */
export function answerReply(result: AnswerResult, audience?: Input['audience']): Reply {
  const lang = result.lang;
  if (result.clarify.length > 0) return clarifyReply(result, audience);
  const secret = result.confidential ? result.citations.find((c) => c.confidential) : undefined;
  if (secret && !mayShowConfidential(audience)) return withheldReply(lang, 'answer', secret);
  const blocks: Block[] = [{ type: 'text', text: result.answer }];
  const top = result.citations[0];
  if (!result.abstained && top) {
    blocks.push({ type: 'quote', text: top.quote });
    blocks.push({
      type: 'citation',
      citation: {
        doc: top.doc,
        title: top.title,
        dnr: top.dnr,
        section: top.section,
        passageId: top.passageId,
        replacedBy: top.replacedBy,
        ...(top.confidential ? { confidential: true } : {}),
      },
    });
    if (secret) blocks.push(confidentialNote(lang, 'answer'));
    blocks.push({
      type: 'actions',
      actions: [
        { id: 'show_passage', label: t(lang, 'showPassage'), value: top.passageId },
        { id: 'feedback_up', label: t(lang, 'helpful'), value: feedbackValue(result) },
        { id: 'feedback_down', label: t(lang, 'notHelpful'), value: feedbackValue(result) },
      ],
    });
  }
  return {
    lang,
    kind: result.abstained ? 'abstain' : 'answer',
    blocks,
    summary: result.answer,
    ...(secret ? { confidential: true } : {}),
  };
}

/** The whole passage behind a citation; one from a confidential document only to a private audience. */
export function passageReply(
  lang: Lang,
  found: { passage: Passage; doc: KnowledgeDocument } | null,
  audience?: Input['audience'],
): Reply {
  if (!found)
    return {
      lang,
      kind: 'error',
      blocks: [{ type: 'text', text: t(lang, 'passageGone'), tone: 'warning' }],
      summary: t(lang, 'passageGone'),
    };
  const { passage, doc } = found;
  const secret = doc.meta.confidential !== null;
  if (secret && !mayShowConfidential(audience)) return withheldReply(lang, 'passage', doc.meta);
  const blocks: Block[] = [];
  if (passage.lead) blocks.push({ type: 'text', text: passage.lead, tone: 'muted' });
  blocks.push({ type: 'quote', text: passage.text });
  blocks.push({
    type: 'citation',
    citation: {
      doc: doc.id,
      title: doc.meta.title,
      dnr: doc.meta.dnr,
      section: passage.section,
      passageId: passage.id,
      replacedBy: doc.meta.replacedBy,
      ...(secret ? { confidential: true } : {}),
    },
  });
  if (secret) blocks.push(confidentialNote(lang, 'passage'));
  return {
    lang,
    kind: 'answer',
    blocks,
    summary: passage.text.slice(0, 200),
    ...(secret ? { confidential: true } : {}),
  };
}

export function thanksReply(lang: Lang): Reply {
  return {
    lang,
    kind: 'command',
    blocks: [{ type: 'text', text: t(lang, 'thanks'), tone: 'success' }],
    summary: t(lang, 'thanks'),
  };
}

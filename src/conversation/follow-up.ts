import type { AnswerEngine } from '../answer/engine.js';
import type { AnswerResult } from '../answer/types.js';
import type { Thread } from '../core/input.js';
import type { KnowledgeDocument } from '../knowledge/types.js';
import type { ConversationContext } from '../registry/conversation.js';
import { analyzeText, termKind } from '../search/analyzer.js';
import { isStopWord } from '../search/stopwords.js';
import { findCaseNumbers } from '../text/case-number.js';

/** How long a conversation remembers its case: a thread stays on its subject; a DM or a session moves on. */
export const CONTEXT_MINUTES: Record<Thread['kind'], number> = { thread: 24 * 60, direct: 15, session: 15 };

export function expiresAt(thread: Thread, now: Date): string {
  return new Date(now.getTime() + CONTEXT_MINUTES[thread.kind] * 60_000).toISOString();
}

/** A case as a person recognises it: its title, case number and date. */
export type CaseLabel = { id: string; title: string; dnr: string | null; date: string | null };

export function caseLabel(documents: KnowledgeDocument[], id: string): CaseLabel | null {
  for (const doc of documents) {
    const found = doc.cases.find((c) => c.id === id);
    if (found)
      return {
        id,
        title: found.title?.value ?? doc.meta.title,
        dnr: found.dnr?.value ?? doc.meta.dnr,
        date: found.date?.value ?? doc.meta.date,
      };
  }
  return null;
}

const ORDINAL_WORDS: Record<string, number> = {
  första: 1,
  andra: 2,
  tredje: 3,
  fjärde: 4,
  femte: 5,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
};

/**
 * "den andra", "the second one", "nummer 2", "2": a pick from the last list of choices, and what is left
 * of the message after it ("den andra – vem är handläggare?"). A bare "andra" counts only as the whole
 * message: "andra nätverk …" is a question about other networks.
 */
export function parsePick(text: string): { n: number; rest: string } | null {
  const lowered = text.normalize('NFC').toLocaleLowerCase('sv').trim();
  const word =
    /^(?:(?:den|det|the)\s+)(första|andra|tredje|fjärde|femte|first|second|third|fourth|fifth)(?:\s+(?:one|ärendet|alternativet|dokumentet|case|document))?(?=$|[\s,.:;!?–-])/u.exec(
      lowered,
    ) ??
    /^(första|andra|tredje|fjärde|femte|first|second|third|fourth|fifth)(?:\s+(?:one|ärendet|alternativet|case))?[\s.!?]*$/u.exec(
      lowered,
    );
  if (word?.[1]) return { n: ORDINAL_WORDS[word[1]] ?? 0, rest: rest(text, word[0].length) };
  const number = /^(?:(?:nummer|number|nr\.?|no\.?|#)\s*)?([1-9])(?=$|[\s,.:;!?)–-])/u.exec(lowered);
  if (number?.[1]) return { n: Number(number[1]), rest: rest(text, number[0].length) };
  return null;
}

/** Lowercasing keeps the length of these words, so an offset in the lowered text holds in the original. */
function rest(original: string, at: number): string {
  return original
    .trim()
    .slice(at)
    .replace(/^[\s,.:;!?)–-]+/u, '')
    .trim();
}

/** Words that carry meaning: not stop words, not bare numbers. */
function contentWords(text: string): Set<string> {
  return new Set(
    analyzeText(text).filter((term) => termKind(term) === 'word' && !isStopWord(term) && !/^\d+$/.test(term)),
  );
}

/**
 * Whether a question names a case other than the conversation's: it gives a case number, or a word of
 * the title of the case it would be answered from on its own that no title of the conversation's cases has.
 */
export function namesAnotherCase(
  question: string,
  documents: KnowledgeDocument[],
  contextCases: string[],
  alone: AnswerResult,
): boolean {
  if (findCaseNumbers(question).length > 0) return true;
  const top = alone.cases[0];
  if (!top || contextCases.includes(top)) return false;
  const other = caseLabel(documents, top);
  if (!other) return false;
  const known = new Set<string>();
  for (const id of contextCases)
    for (const w of contentWords(caseLabel(documents, id)?.title ?? '')) known.add(w);
  const otherTitle = contentWords(other.title);
  return [...contentWords(question)].some((w) => otherTitle.has(w) && !known.has(w));
}

export type FollowUp =
  /** Answered, with the case of the conversation it drew on when it did. */
  | { kind: 'answer'; result: AnswerResult; usedCase: CaseLabel | null }
  /** A pick from the list of choices with no question of its own: the case, to ask about. */
  | { kind: 'picked'; picked: CaseLabel };

/**
 * Answers a question in a conversation: a pick from the last list of choices answers about that case; a
 * question that names no other case is first answered from the previous answer's cases, when they
 * answer it; anything else is answered on its own.
 */
export function answerInContext(
  engine: AnswerEngine,
  documents: KnowledgeDocument[],
  question: string,
  context: ConversationContext | null,
  options: { lang?: AnswerResult['lang'] } = {},
): FollowUp {
  const ask = (text: string, caseIds?: string[]) =>
    engine.answer(text, { ...(options.lang ? { lang: options.lang } : {}), ...(caseIds ? { caseIds } : {}) });
  const pick = context && context.choices.length > 0 ? parsePick(question) : null;
  const chosen = pick ? context?.choices[pick.n - 1] : undefined;
  const picked = chosen ? caseLabel(documents, chosen) : null;
  if (pick && picked) {
    if (!/\p{L}{2,}/u.test(pick.rest)) return { kind: 'picked', picked };
    const result = ask(pick.rest, [picked.id]);
    // An answer from another case would answer a question the person did not ask.
    if (result.cases[0] !== picked.id) return { kind: 'picked', picked };
    return { kind: 'answer', result, usedCase: picked };
  }
  const alone = ask(question);
  const cases = context?.cases ?? [];
  if (cases.length === 0 || namesAnotherCase(question, documents, cases, alone))
    return { kind: 'answer', result: alone, usedCase: null };
  const within = ask(question, cases);
  const top = within.cases[0];
  // Only an answer that really comes from one of the conversation's cases is called a follow-up.
  if (!within.abstained && within.clarify.length === 0 && top && cases.includes(top))
    return { kind: 'answer', result: within, usedCase: caseLabel(documents, top) };
  return { kind: 'answer', result: alone, usedCase: null };
}

/** What the conversation remembers after an answer: its cases, or the list it offered to choose from. */
export function nextContext(
  thread: Thread,
  previous: ConversationContext | null,
  turn: FollowUp,
  now: Date,
): ConversationContext | null {
  const base = { conversation: thread.id, expiresAt: expiresAt(thread, now) };
  if (turn.kind === 'picked') return { ...base, cases: [turn.picked.id], choices: previous?.choices ?? [] };
  const { result } = turn;
  if (result.clarify.length > 0) return { ...base, cases: [], choices: result.clarify.map((c) => c.case) };
  if (result.cases.length > 0) return { ...base, cases: result.cases, choices: previous?.choices ?? [] };
  // A declined question changes nothing: the conversation is still about what it was about.
  return previous ? { ...previous, expiresAt: base.expiresAt } : null;
}

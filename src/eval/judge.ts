import type { AnswerResult } from '../answer/types.js';
import type { ClarifyQuestion, EvalQuestion } from './questions.js';

/**
 * What became of one question. `right` is the only hit; the others name the miss:
 * - `wrong_document`: an answer whose top citation is another document than the question's;
 * - `wrong_sentence`: the right document (or, without a `doc`, any) but no expected phrase in the answer
 *   or the top quote;
 * - `declined_answerable`, `asked_back_should_answer`: an answer question declined or asked back;
 * - `answered_should_decline`, `asked_back_should_decline`: a decline question answered or asked back;
 * - `should_ask_back`: a clarify question answered or declined;
 * - `clarify_named_too_few`: it asked back but named fewer than two of the candidates.
 */
export const OUTCOMES = [
  'right',
  'wrong_document',
  'wrong_sentence',
  'declined_answerable',
  'answered_should_decline',
  'asked_back_should_answer',
  'asked_back_should_decline',
  'should_ask_back',
  'clarify_named_too_few',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export type Judgement = {
  hit: boolean;
  outcome: Outcome;
  /** For a clarify question that was asked back: how many of its candidates the reply names. */
  named?: number;
};

/** The parts of an answer the judge reads. */
export type JudgedAnswer = Pick<AnswerResult, 'abstained' | 'answer' | 'citations' | 'clarify'>;

/** A clarify hit names at least this many candidates (or all of them, when there are fewer). */
export const MIN_NAMED = 2;

/** Case-, whitespace- and normalisation-insensitive text for phrase matching. */
export function squash(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();
}

/** The document's file name: corpus ids may carry a folder prefix (`bank/a1-utlatande.txt`). */
export function fileName(docId: string): string {
  return docId.slice(docId.lastIndexOf('/') + 1);
}

export function containsAny(haystack: string, phrases: readonly string[]): boolean {
  const h = squash(haystack);
  return phrases.some((p) => h.includes(squash(p)));
}

/** A case number or a date: digit groups joined by `/`, `:` or `-`, the first group may hold dots. */
const NUMBER_SHAPE = /\d[\d.]*(?:[/:-]\d+)+/g;
const WHOLE_NUMBER = /^[a-zåäö]*-?\d[\d.]*(?:[/:-]\d+)+$/;

/**
 * Loose key of a case number: no spaces, no leading organisation prefix (`KS`, `SDN`, `UD`, `AMN`, `KS-`),
 * no leading zeros in a digit group, so that "KS 2026/0412" and "2026/412" have the same key.
 */
export function looseCaseKey(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('sv')
    .replace(/\s+/g, '')
    .replace(/^[a-zåäö]+-?(?=\d)/, '')
    .replace(/(^|\D)0+(?=\d)/g, '$1');
}

/** The loose keys of every case number (or date) in a text. */
function caseKeysIn(text: string): Set<string> {
  const joined = text.normalize('NFC').replace(/\s*([/:-])\s*(?=\d)/g, '$1');
  return new Set([...joined.matchAll(NUMBER_SHAPE)].map((m) => looseCaseKey(m[0])));
}

/** True when one of a candidate's alternatives appears in the text: as a phrase, or as a case number. */
function names(alternatives: readonly string[], text: string, keys: Set<string>): boolean {
  return alternatives.some((alt) => {
    if (squash(text).includes(squash(alt))) return true;
    const compact = alt.normalize('NFC').toLocaleLowerCase('sv').replace(/\s+/g, '');
    return WHOLE_NUMBER.test(compact) && keys.has(looseCaseKey(alt));
  });
}

/** How many of a clarify question's candidates the reply names (in its text or its clarify entries). */
export function namedCandidates(question: Pick<ClarifyQuestion, 'candidates'>, result: JudgedAnswer): number {
  const text = [result.answer, ...result.clarify.flatMap((c) => [c.title, c.dnr ?? '', c.date ?? ''])].join(
    '\n',
  );
  const keys = caseKeysIn(text);
  return question.candidates.filter((alternatives) => names(alternatives, text, keys)).length;
}

const judged = (outcome: Outcome, named?: number): Judgement => ({
  hit: outcome === 'right',
  outcome,
  ...(named === undefined ? {} : { named }),
});

/** Applies the bank's hit rules (tests/fixtures/eval/bank/README.md) to one answer. */
export function judge(question: EvalQuestion, result: JudgedAnswer): Judgement {
  const askedBack = result.clarify.length > 0;
  switch (question.kind) {
    case 'answer': {
      if (askedBack) return judged('asked_back_should_answer');
      if (result.abstained) return judged('declined_answerable');
      const top = result.citations[0];
      if (question.doc !== undefined && (!top || fileName(top.doc) !== fileName(question.doc))) {
        return judged('wrong_document');
      }
      const said = `${result.answer}\n${top?.quote ?? ''}`;
      return judged(containsAny(said, question.expect_any) ? 'right' : 'wrong_sentence');
    }
    case 'decline':
      if (askedBack) return judged('asked_back_should_decline');
      return judged(result.abstained ? 'right' : 'answered_should_decline');
    case 'clarify': {
      if (!askedBack) return judged('should_ask_back');
      const named = namedCandidates(question, result);
      const needed = Math.min(MIN_NAMED, question.candidates.length);
      return judged(named >= needed ? 'right' : 'clarify_named_too_few', named);
    }
  }
}

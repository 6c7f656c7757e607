import { readFile } from 'node:fs/promises';
import type { AnswerResult, AskOptions } from '../answer/types.js';
import { type Judgement, judge } from './judge.js';
import { type EvalQuestion, parseQuestions } from './questions.js';

/** Asks one question. The eval asks as a person would: the text only, the language left to the engine. */
export type Answerer = (text: string, question: EvalQuestion) => AnswerResult;

/** Anything with the engine's `answer` method. */
export type Answering = { answer(question: string, options?: AskOptions): AnswerResult };

export type QuestionOutcome = Judgement & {
  question: EvalQuestion;
  result: AnswerResult;
  /** Milliseconds the answer took. */
  ms: number;
};

export function answererOf(engine: Answering): Answerer {
  return (text) => engine.answer(text);
}

/** Asks every question and judges each answer by the bank's rules. */
export function runQuestions(
  questions: readonly EvalQuestion[],
  answer: Answerer | Answering,
): QuestionOutcome[] {
  const ask = typeof answer === 'function' ? answer : answererOf(answer);
  return questions.map((question) => {
    const started = performance.now();
    const result = ask(question.q, question);
    const ms = performance.now() - started;
    return { question, result, ms, ...judge(question, result) };
  });
}

export type Score = { hits: number; total: number; score: number };

/** Hits over questions; a set without questions scores 0 (nothing was shown to work). */
export function scoreOf(outcomes: readonly Pick<QuestionOutcome, 'hit'>[]): Score {
  const hits = outcomes.filter((o) => o.hit).length;
  const total = outcomes.length;
  return { hits, total, score: total === 0 ? 0 : hits / total };
}

export async function readQuestions(file: string): Promise<EvalQuestion[]> {
  return parseQuestions(await readFile(file, 'utf8'), file);
}

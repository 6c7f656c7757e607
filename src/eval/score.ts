import { z } from 'zod';
import type { AnswerResult } from '../answer/types.js';

const QuestionSchema = z.object({
  id: z.string(),
  lang: z.enum(['sv', 'en']).optional(),
  q: z.string().min(1),
  expect_any: z.array(z.string()).optional(),
  abstain: z.boolean().optional(),
});
export type EvalQuestion = z.infer<typeof QuestionSchema>;

export type EvalOutcome = { question: EvalQuestion; result: AnswerResult; top1: boolean; top3: boolean };

export type EvalSummary = {
  answerable: number;
  top1: number;
  top3: number;
  unanswerable: number;
  declined: number;
  wronglyDeclined: number;
  outcomes: EvalOutcome[];
};

const squash = (s: string) => s.normalize('NFC').toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();

function contains(haystack: string, expected: string[]): boolean {
  const h = squash(haystack);
  return expected.some((e) => h.includes(squash(e)));
}

export function parseQuestions(text: string): EvalQuestion[] {
  return text
    .split(/\r?\n/)
    .filter((l) => l.trim().length > 0)
    .map((line, i) => {
      const parsed = QuestionSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`line ${i + 1}: ${z.prettifyError(parsed.error)}`);
      return parsed.data;
    });
}

/** A hit is an expected phrase in the answer or in the top citation's quote (top-3: any of the first three). */
export function scoreQuestions(questions: EvalQuestion[], answer: (q: string) => AnswerResult): EvalSummary {
  const outcomes = questions.map((question) => {
    const result = answer(question.q);
    const expected = question.expect_any ?? [];
    const top1 =
      !question.abstain &&
      !result.abstained &&
      contains(`${result.answer}\n${result.citations[0]?.quote ?? ''}`, expected);
    const top3 =
      !question.abstain &&
      !result.abstained &&
      contains([result.answer, ...result.citations.slice(0, 3).map((c) => c.quote)].join('\n'), expected);
    return { question, result, top1, top3 };
  });
  const answerable = outcomes.filter((o) => !o.question.abstain);
  const unanswerable = outcomes.filter((o) => o.question.abstain);
  return {
    answerable: answerable.length,
    top1: answerable.filter((o) => o.top1).length,
    top3: answerable.filter((o) => o.top3).length,
    unanswerable: unanswerable.length,
    declined: unanswerable.filter((o) => o.result.abstained).length,
    wronglyDeclined: answerable.filter((o) => o.result.abstained).length,
    outcomes,
  };
}

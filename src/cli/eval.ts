import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { AnswerResult } from '../answer/types.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { type CliIo, parseFlags } from './io.js';

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

export async function runEval(
  args: string[],
  io: CliIo,
  knowledge: () => Promise<KnowledgeBase>,
): Promise<number> {
  const { flags, positional } = parseFlags(args, []);
  const file = positional[0];
  if (!file) {
    io.stderr('Usage: npm run eval -- FILE.jsonl [--verbose]\n');
    return 1;
  }
  const questions = parseQuestions(await readFile(file, 'utf8'));
  const kb = await knowledge();
  const summary = scoreQuestions(questions, (q) => kb.snapshot.engine.answer(q));
  for (const o of summary.outcomes) {
    const mark = o.question.abstain
      ? o.result.abstained
        ? 'declined '
        : 'ANSWERED '
      : o.top1
        ? 'top-1    '
        : o.top3
          ? 'top-3    '
          : o.result.abstained
            ? 'DECLINED '
            : 'MISS     ';
    io.stdout(`${mark} ${o.question.id}  ${o.question.q}\n`);
    if (flags.verbose) io.stdout(`          ${o.result.intent} | ${o.result.answer.slice(0, 160)}\n`);
  }
  io.stdout(
    `\nquestions: ${questions.length} (${summary.answerable} answerable, ${summary.unanswerable} to decline)\n`,
  );
  io.stdout(`top-1: ${summary.top1}/${summary.answerable}  top-3: ${summary.top3}/${summary.answerable}\n`);
  io.stdout(
    `declined: ${summary.declined}/${summary.unanswerable}  wrongly declined: ${summary.wronglyDeclined}/${summary.answerable}\n`,
  );
  return 0;
}

import { z } from 'zod';
import { LANGS } from '../core/lang.js';

/**
 * One line of a question file: the bank (`tests/fixtures/eval/bank/bank.jsonl`), the holdout
 * (`tests/fixtures/eval/holdout/questions.jsonl`) or the dev questions (`questions.dev.jsonl`). The rules
 * for a hit are in `tests/fixtures/eval/bank/README.md`; `judge.ts` applies them.
 */
export const QUESTION_KINDS = ['answer', 'decline', 'clarify'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

const base = {
  id: z.string().min(1),
  lang: z.enum(LANGS).optional(),
  q: z.string().min(1),
  note: z.string().optional(),
};

/** An answer question: the top citation is `doc` (when given) and one phrase of `expect_any` is quoted. */
const AnswerLine = z.object({
  ...base,
  kind: z.literal('answer'),
  doc: z.string().min(1).optional(),
  expect_any: z.array(z.string().min(1)).min(1),
});

/** A question nothing in the corpus answers: a hit declines. */
const DeclineLine = z.object({
  ...base,
  kind: z.literal('decline'),
  abstain: z.literal(true).optional(),
});

/** A question that fits several cases: a hit asks back and names at least two of `candidates`. */
const ClarifyLine = z
  .object({
    ...base,
    kind: z.literal('clarify'),
    /** One list of alternatives (case numbers, a title phrase, a date) per candidate case. */
    candidates: z.array(z.array(z.string().min(1)).min(1)).min(2),
    candidate_labels: z.array(z.string()).optional(),
  })
  .refine((q) => !q.candidate_labels || q.candidate_labels.length === q.candidates.length, {
    message: 'candidate_labels must have one label per candidate',
    path: ['candidate_labels'],
  });

/** The dev file's lines have no kind: `abstain: true` is a decline, anything else an answer without a doc. */
export const DevQuestionSchema = z
  .object({
    ...base,
    expect_any: z.array(z.string().min(1)).optional(),
    abstain: z.boolean().optional(),
    doc: z.string().min(1).optional(),
  })
  .refine((q) => q.abstain === true || (q.expect_any?.length ?? 0) > 0, {
    message: 'a line without a kind needs "abstain": true or a non-empty "expect_any"',
  })
  .transform((q): EvalQuestion => {
    const { abstain, expect_any, doc, ...rest } = q;
    if (abstain === true) return { ...rest, kind: 'decline' };
    return { ...rest, kind: 'answer', expect_any: expect_any ?? [], ...(doc ? { doc } : {}) };
  });

export type AnswerQuestion = z.infer<typeof AnswerLine>;
export type DeclineQuestion = z.infer<typeof DeclineLine>;
export type ClarifyQuestion = z.infer<typeof ClarifyLine>;
export type EvalQuestion = AnswerQuestion | DeclineQuestion | ClarifyQuestion;

/** A line of the bank or the holdout, which say their kind. */
export const KindedQuestionSchema = z.discriminatedUnion('kind', [AnswerLine, DeclineLine, ClarifyLine]);

/** Validates one parsed line: by its `kind`, or as a dev line when it has none. */
export function parseQuestionLine(raw: unknown) {
  const withKind = typeof raw === 'object' && raw !== null && 'kind' in raw;
  return withKind ? KindedQuestionSchema.safeParse(raw) : DevQuestionSchema.safeParse(raw);
}

/** Parses a JSON-lines question file; an invalid line throws with its line number. Ids must be unique. */
export function parseQuestions(text: string, source = 'questions'): EvalQuestion[] {
  const questions: EvalQuestion[] = [];
  const seen = new Set<string>();
  const lines = text.split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    if (line.trim().length === 0) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new Error(`${source}:${i + 1}: not valid JSON`);
    }
    const parsed = parseQuestionLine(json);
    if (!parsed.success) throw new Error(`${source}:${i + 1}: ${z.prettifyError(parsed.error)}`);
    if (seen.has(parsed.data.id)) throw new Error(`${source}:${i + 1}: duplicate id ${parsed.data.id}`);
    seen.add(parsed.data.id);
    questions.push(parsed.data);
  }
  return questions;
}

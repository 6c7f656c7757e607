import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { fileName } from './judge.js';
import type { EvalQuestion } from './questions.js';

/**
 * Cross-validation folds over documents, fixed in a file (`tests/fixtures/eval/bank-folds.json`):
 * - every question with a `doc` belongs to the fold of its document;
 * - the questions without one (declines, ask-backs) are dealt out in turn, in id order, over the folds.
 * Which document is in which fold is recorded in the file; a test checks that the questions follow the rule.
 */
export const FoldsSchema = z.object({
  k: z.number().int().min(2),
  rule: z.string(),
  folds: z
    .array(
      z.object({
        fold: z.number().int().min(1),
        documents: z.array(z.string().min(1)),
        questions: z.array(z.string().min(1)),
      }),
    )
    .min(2),
});
export type Folds = z.infer<typeof FoldsSchema>;

export const FOLD_RULE =
  'Each question with a doc is in the fold of its document; the questions without a doc are dealt out ' +
  'in turn over folds 1..k in id order.';

const byId = (a: EvalQuestion, b: EvalQuestion) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const docOf = (q: EvalQuestion) => (q.kind === 'answer' && q.doc ? fileName(q.doc) : null);

/** The fold (1..k) of every question id, from the documents each fold holds, by the rule above. */
export function assignQuestions(
  questions: readonly EvalQuestion[],
  documents: readonly string[][],
): Map<string, number> {
  const foldOfDoc = new Map<string, number>();
  documents.forEach((docs, i) => {
    for (const doc of docs) foldOfDoc.set(fileName(doc), i + 1);
  });
  const assigned = new Map<string, number>();
  let turn = 0;
  for (const q of [...questions].sort(byId)) {
    const doc = docOf(q);
    if (doc === null) {
      assigned.set(q.id, (turn++ % documents.length) + 1);
      continue;
    }
    const fold = foldOfDoc.get(doc);
    if (fold === undefined) throw new Error(`question ${q.id}: its document ${doc} is in no fold`);
    assigned.set(q.id, fold);
  }
  return assigned;
}

/**
 * Deals the documents into k folds of about equal numbers of questions (largest first into the smallest
 * fold, ties by name), then the questions by the rule. Used once to write the folds file.
 */
export function buildFolds(questions: readonly EvalQuestion[], k: number): Folds {
  const counts = new Map<string, number>();
  for (const q of questions) {
    const doc = docOf(q);
    if (doc !== null) counts.set(doc, (counts.get(doc) ?? 0) + 1);
  }
  const docs = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const folds = Array.from({ length: k }, () => ({ documents: [] as string[], size: 0 }));
  for (const [doc, n] of docs) {
    const smallest = folds.reduce((best, f) => (f.size < best.size ? f : best));
    smallest.documents.push(doc);
    smallest.size += n;
  }
  const documents = folds.map((f) => f.documents.sort());
  const assigned = assignQuestions(questions, documents);
  return {
    k,
    rule: FOLD_RULE,
    folds: documents.map((docs, i) => ({
      fold: i + 1,
      documents: docs,
      questions: [...questions]
        .sort(byId)
        .filter((q) => assigned.get(q.id) === i + 1)
        .map((q) => q.id),
    })),
  };
}

export async function readFolds(file: string): Promise<Folds> {
  return FoldsSchema.parse(JSON.parse(await readFile(file, 'utf8')));
}

/** The fold of every question id in a folds file. */
export function foldOfQuestion(folds: Folds): Map<string, number> {
  const map = new Map<string, number>();
  for (const f of folds.folds) for (const id of f.questions) map.set(id, f.fold);
  return map;
}

/** For each fold: the questions to fit on (every other fold) and the questions to test on (this fold). */
export function crossValidationSplits<Q extends EvalQuestion>(
  questions: readonly Q[],
  folds: Folds,
): { fold: number; fit: Q[]; test: Q[] }[] {
  const foldOf = foldOfQuestion(folds);
  return folds.folds.map(({ fold }) => ({
    fold,
    fit: questions.filter((q) => foldOf.get(q.id) !== fold),
    test: questions.filter((q) => foldOf.get(q.id) === fold),
  }));
}

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalPaths } from '../../src/eval/corpus.js';
import { assignQuestions, crossValidationSplits, FOLD_RULE, readFolds } from '../../src/eval/folds.js';
import { readQuestions } from '../../src/eval/run.js';

const paths = evalPaths(path.resolve(import.meta.dirname, '../..'));

const sets = [
  { name: 'bank', folds: paths.bankFolds, questions: paths.bankQuestions },
  { name: 'train', folds: paths.trainFolds, questions: paths.trainQuestions },
];

describe.each(sets)('the $name folds file', (set) => {
  it('covers every question exactly once and every document in exactly one fold', async () => {
    const [folds, questions] = await Promise.all([readFolds(set.folds), readQuestions(set.questions)]);
    expect(folds.folds).toHaveLength(folds.k);
    expect(folds.folds.map((f) => f.fold)).toEqual(Array.from({ length: folds.k }, (_, i) => i + 1));
    const listed = folds.folds.flatMap((f) => f.questions);
    expect(listed.sort()).toEqual(questions.map((q) => q.id).sort());
    expect(new Set(listed).size).toBe(listed.length);
    const documents = folds.folds.flatMap((f) => f.documents);
    const named = new Set(questions.flatMap((q) => (q.kind === 'answer' && q.doc ? [q.doc] : [])));
    expect(documents.sort()).toEqual([...named].sort());
  });

  it('follows the rule: a question in its document fold, the others dealt out in turn in id order', async () => {
    const [folds, questions] = await Promise.all([readFolds(set.folds), readQuestions(set.questions)]);
    expect(folds.rule).toBe(FOLD_RULE);
    const expected = assignQuestions(
      questions,
      folds.folds.map((f) => f.documents),
    );
    for (const f of folds.folds)
      for (const id of f.questions) expect([id, expected.get(id)]).toEqual([id, f.fold]);
    const withoutDoc = questions.filter((q) => q.kind !== 'answer' || !q.doc);
    const sizes = folds.folds.map(
      (f) => f.questions.filter((id) => withoutDoc.some((q) => q.id === id)).length,
    );
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('splits into k fits and tests that together hold every question', async () => {
    const [folds, questions] = await Promise.all([readFolds(set.folds), readQuestions(set.questions)]);
    for (const split of crossValidationSplits(questions, folds)) {
      expect(split.fit.length + split.test.length).toBe(questions.length);
      expect(split.test.every((q) => !split.fit.includes(q))).toBe(true);
    }
  });
});

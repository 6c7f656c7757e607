import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type EvalCorpus, evalPaths, loadCorpus } from '../../src/eval/corpus.js';
import { crossValidate } from '../../src/eval/cross-validate.js';
import { foldOfQuestion, readFolds } from '../../src/eval/folds.js';
import type { EvalQuestion } from '../../src/eval/questions.js';
import { readQuestions, runQuestions, scoreOf } from '../../src/eval/run.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const paths = evalPaths(ROOT);

describe('cross-validation over the bank folds', () => {
  let corpora: Record<'seed' | 'bank', EvalCorpus>;
  let questions: EvalQuestion[];
  beforeAll(async () => {
    const [seed, bank] = await Promise.all([loadCorpus('seed', ROOT), loadCorpus('bank', ROOT)]);
    corpora = { seed, bank };
    questions = await readQuestions(paths.bankQuestions);
  });

  it('chooses per fold the setting that scores best on the other folds and scores it on the held-out fold', async () => {
    const folds = await readFolds(paths.bankFolds);
    const settings = ['seed', 'bank'] as const;
    const cv = crossValidate(questions, folds, settings, (s) => corpora[s].engine);
    expect(cv.folds.map((f) => f.fold)).toEqual([1, 2, 3]);
    const foldOf = foldOfQuestion(folds);
    const runs = settings.map((s) => runQuestions(questions, corpora[s].engine));
    for (const f of cv.folds) {
      const fitScores = runs.map((r) => scoreOf(r.filter((o) => foldOf.get(o.question.id) !== f.fold)).score);
      const best = fitScores[1]! > fitScores[0]! ? 'bank' : 'seed';
      expect(f.setting).toBe(best);
      const held = runs[settings.indexOf(best)]!.filter((o) => foldOf.get(o.question.id) === f.fold);
      expect(f.test).toEqual(scoreOf(held));
      expect(f.test.total + f.fit.total).toBe(questions.length);
      expect(f.missed).toHaveLength(f.test.total - f.test.hits);
    }
    expect(cv.min).toBeLessThanOrEqual(cv.mean);
    // It answers the bank four times over on two corpora: half a minute on a quiet machine, more on a busy one.
  }, 120_000);
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type EvalCorpus, evalPaths, loadCorpus } from '../../src/eval/corpus.js';
import { readFolds } from '../../src/eval/folds.js';
import { buildReport } from '../../src/eval/report.js';
import { readQuestions, runQuestions } from '../../src/eval/run.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const paths = evalPaths(ROOT);
const floors = JSON.parse(readFileSync(path.join(import.meta.dirname, 'floors.json'), 'utf8')) as Record<
  'bank' | 'holdout' | 'dev',
  number
>;

/**
 * The real engine on the bank, the holdout and the dev questions, each corpus loaded once, on the bank's
 * date. Each overall score must stay at or above its floor in floors.json. On a miss the report's misses
 * are in the failure message.
 */
describe('answer quality floors', () => {
  let bank: EvalCorpus;
  let holdout: EvalCorpus;
  beforeAll(async () => {
    [bank, holdout] = await Promise.all([loadCorpus('bank', ROOT), loadCorpus('holdout', ROOT)]);
  });

  const score = async (set: 'bank' | 'holdout' | 'dev') => {
    const file = { bank: paths.bankQuestions, holdout: paths.holdoutQuestions, dev: paths.devQuestions }[set];
    const corpus = set === 'holdout' ? holdout : bank;
    const folds = set === 'bank' ? await readFolds(paths.bankFolds) : undefined;
    const report = buildReport(set, runQuestions(await readQuestions(file), corpus.engine), {
      ...(folds ? { folds } : {}),
    });
    const missed = report.questions.filter((q) => !q.hit).map((q) => `${q.id} ${q.outcome}`);
    return { report, missed };
  };

  it.each(['bank', 'holdout', 'dev'] as const)('keeps the %s score at or above its floor', async (set) => {
    const { report, missed } = await score(set);
    expect(report.overall.total).toBeGreaterThan(0);
    expect(report.overall.score, `${set} missed: ${missed.join(', ')}`).toBeGreaterThanOrEqual(floors[set]);
  });
});

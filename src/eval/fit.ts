import path from 'node:path';
import type { Prepared } from '../answer/engine.js';
import { FEATURES } from '../answer/features.js';
import { type AnswerModel, MODEL } from '../answer/model.js';
import { loadCorpus } from './corpus.js';
import { crossValidationSplits, readFolds } from './folds.js';
import { judge } from './judge.js';
import type { EvalQuestion } from './questions.js';
import { readQuestions } from './run.js';

/**
 * Fits the answer model (src/answer/model.ts) on the question bank by coordinate ascent on the number of
 * questions right, and reports k-fold cross-validation over documents: for each fold, the model fitted
 * on the other folds, scored on it. Usage: `npx tsx src/eval/fit.ts [--holdout]` (the holdout is only
 * scored, never fitted on). Prints the model fitted on the whole bank; paste it into model.ts.
 */

type Param = { key: string; values: number[] };

const WEIGHT_VALUES = [-2, -1.5, -1, -0.7, -0.5, -0.3, -0.15, 0, 0.15, 0.3, 0.5, 0.7, 1, 1.5, 2];
const PARAMS: Param[] = [
  ...FEATURES.map((f) => ({ key: `weights.${f}`, values: WEIGHT_VALUES })),
  { key: 'answerThreshold', values: [0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2, 1.3, 1.5, 1.7, 2] },
  { key: 'clarifyMargin', values: [0, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2] },
  { key: 'fieldCover', values: [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9] },
  { key: 'fieldMargin', values: [0, 0.02, 0.05, 0.1, 0.15, 0.2] },
];

function withParam(model: AnswerModel, key: string, value: number): AnswerModel {
  const next = structuredClone(model);
  if (key.startsWith('weights.'))
    next.weights[key.slice('weights.'.length) as keyof AnswerModel['weights']] = value;
  else (next as unknown as Record<string, number>)[key] = value;
  return next;
}

type Case = { question: EvalQuestion; prepared: Prepared };
type Finish = (prepared: Prepared, model: AnswerModel) => Parameters<typeof judge>[1];

function hits(cases: readonly Case[], model: AnswerModel, finish: Finish): number {
  let n = 0;
  for (const c of cases) if (judge(c.question, finish(c.prepared, model)).hit) n++;
  return n;
}

/** Coordinate ascent: each parameter in turn takes the value that gets most questions right, until none helps. */
export function fitModel(cases: readonly Case[], start: AnswerModel, finish: Finish): AnswerModel {
  let best = start;
  let bestHits = hits(cases, best, finish);
  for (let round = 0; round < 4; round++) {
    let improved = false;
    for (const { key, values } of PARAMS) {
      for (const value of values) {
        const candidate = withParam(best, key, value);
        const h = hits(cases, candidate, finish);
        if (h > bestHits) {
          best = candidate;
          bestHits = h;
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
  return best;
}

async function main() {
  const root = path.resolve(import.meta.dirname, '../..');
  const bank = await loadCorpus('bank', root);
  const questions = await readQuestions(path.join(root, 'tests/fixtures/eval/bank/bank.jsonl'));
  const folds = await readFolds(path.join(root, 'tests/fixtures/eval/bank-folds.json'));
  const engine = bank.engine;
  const finish: Finish = (prepared, model) => engine.finish(prepared, model);
  const prepared = new Map(questions.map((q) => [q.id, { question: q, prepared: engine.prepare(q.q) }]));
  const casesOf = (qs: readonly EvalQuestion[]) => qs.map((q) => prepared.get(q.id)!);

  let outOfFold = 0;
  for (const split of crossValidationSplits(questions, folds)) {
    const model = fitModel(casesOf(split.fit), MODEL, finish);
    const right = hits(casesOf(split.test), model, finish);
    outOfFold += right;
    console.log(
      `fold ${split.fold}: fitted ${hits(casesOf(split.fit), model, finish)}/${split.fit.length}, held out ${right}/${split.test.length} = ${(right / split.test.length).toFixed(2)}`,
    );
  }
  console.log(`out of fold: ${outOfFold}/${questions.length} = ${(outOfFold / questions.length).toFixed(3)}`);
  const final = fitModel(casesOf(questions), MODEL, finish);
  console.log(`fitted on the whole bank: ${hits(casesOf(questions), final, finish)}/${questions.length}`);
  if (process.argv.includes('--holdout')) {
    const holdout = await loadCorpus('holdout', root);
    const hq = await readQuestions(path.join(root, 'tests/fixtures/eval/holdout/questions.jsonl'));
    const hcases = hq.map((q) => ({ question: q, prepared: holdout.engine.prepare(q.q) }));
    const hfinish: Finish = (p, m) => holdout.engine.finish(p, m);
    console.log(`holdout (not fitted on): ${hits(hcases, final, hfinish)}/${hq.length}`);
  }
  console.log(JSON.stringify(final, null, 2));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();

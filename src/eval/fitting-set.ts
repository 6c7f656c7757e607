import path from 'node:path';
import type { Prepared } from '../answer/engine.js';
import type { AnswerModel } from '../answer/model.js';
import { type CorpusName, evalPaths, loadCorpus } from './corpus.js';
import { crossValidationSplits, type Folds, readFolds } from './folds.js';
import type { judge } from './judge.js';
import type { EvalQuestion } from './questions.js';
import { readQuestions } from './run.js';

/** One question prepared on its corpus, with the engine that decides it under a trial model. */
export type Case = {
  question: EvalQuestion;
  prepared: Prepared;
  finish: (prepared: Prepared, model: AnswerModel) => Parameters<typeof judge>[1];
};

/** The sets a model may be fitted on: the bank, and the training set (its documents loaded beside the bank's). */
export const FITTING_SETS = ['bank', 'train'] as const;
export type FittingSetName = (typeof FITTING_SETS)[number];

export type FittingSet = {
  questions: EvalQuestion[];
  cases: Map<string, Case>;
  /** The set each question id comes from. */
  setOf: Map<string, FittingSetName>;
  /** Fold i of the whole is fold i of every set: each question stays in the fold of its document. */
  splits: { fold: number; fit: EvalQuestion[]; test: EvalQuestion[] }[];
};

type EvalPath = keyof ReturnType<typeof evalPaths>;

const SOURCES: Record<FittingSetName, { corpus: CorpusName; questions: EvalPath; folds: EvalPath }> = {
  bank: { corpus: 'bank', questions: 'bankQuestions', folds: 'bankFolds' },
  train: { corpus: 'train', questions: 'trainQuestions', folds: 'trainFolds' },
};

/**
 * Loads the named sets, each asked on its own corpus, and prepares every question once: fitting then only
 * re-scores preparations. Which sets is the caller's choice (`setsFromArgs`: `--sets bank,train`).
 */
export async function loadFittingSet(root: string, sets: readonly FittingSetName[]): Promise<FittingSet> {
  const p = evalPaths(root);
  const questions: EvalQuestion[] = [];
  const cases = new Map<string, Case>();
  const setOf = new Map<string, FittingSetName>();
  const perSet: { questions: EvalQuestion[]; folds: Folds }[] = [];
  for (const name of sets) {
    const source = SOURCES[name];
    const corpus = await loadCorpus(source.corpus, root);
    const own = await readQuestions(p[source.questions]);
    const folds = await readFolds(p[source.folds]);
    const engine = corpus.engine;
    for (const q of own)
      cases.set(q.id, {
        question: q,
        prepared: engine.prepare(q.q),
        finish: (prepared, model) => engine.finish(prepared, model),
      });
    for (const q of own) setOf.set(q.id, name);
    questions.push(...own);
    perSet.push({ questions: own, folds });
  }
  const byFold = new Map<number, { fold: number; fit: EvalQuestion[]; test: EvalQuestion[] }>();
  for (const { questions: own, folds } of perSet)
    for (const split of crossValidationSplits(own, folds)) {
      const whole = byFold.get(split.fold) ?? { fold: split.fold, fit: [], test: [] };
      whole.fit.push(...split.fit);
      whole.test.push(...split.test);
      byFold.set(split.fold, whole);
    }
  return { questions, cases, setOf, splits: [...byFold.values()].sort((a, b) => a.fold - b.fold) };
}

/** The sets named on the command line (`--sets bank,train`), the bank and the training set by default. */
export function setsFromArgs(args: readonly string[]): FittingSetName[] {
  const at = args.indexOf('--sets');
  if (at < 0) return [...FITTING_SETS];
  const names = (args[at + 1] ?? '').split(',');
  for (const n of names)
    if (!(FITTING_SETS as readonly string[]).includes(n))
      throw new Error(`unknown set ${n}; use bank, train`);
  return names as FittingSetName[];
}

export const ROOT = path.resolve(import.meta.dirname, '../..');

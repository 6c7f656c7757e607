import { type Folds, foldOfQuestion } from './folds.js';
import type { Outcome } from './judge.js';
import type { EvalQuestion } from './questions.js';
import { type Answering, type QuestionOutcome, runQuestions, type Score, scoreOf } from './run.js';

export type FoldFit<S> = {
  fold: number;
  /** The setting that scored best on the other folds (the first of equals). */
  setting: S;
  /** Its score on the other folds. */
  fit: Score;
  /** Its score on this fold, which it was not chosen on. */
  test: Score;
  missed: { id: string; outcome: Outcome }[];
};

export type CrossValidation<S> = { folds: FoldFit<S>[]; mean: number; min: number };

/**
 * k-fold cross-validation over a fixed fold file: for each fold, the setting (weights, thresholds: anything
 * `engineFor` turns into an engine) that scores best on the other folds is chosen and scored on this fold.
 * Each setting is asked every question once.
 */
export function crossValidate<S>(
  questions: readonly EvalQuestion[],
  folds: Folds,
  settings: readonly S[],
  engineFor: (setting: S) => Answering,
): CrossValidation<S> {
  if (settings.length === 0) throw new Error('crossValidate needs at least one setting');
  const foldOf = foldOfQuestion(folds);
  const runs: QuestionOutcome[][] = settings.map((s) => runQuestions(questions, engineFor(s)));
  const fits = folds.folds.map(({ fold }): FoldFit<S> => {
    let best = 0;
    let bestFit = scoreOf([]);
    runs.forEach((outcomes, i) => {
      const fit = scoreOf(outcomes.filter((o) => foldOf.get(o.question.id) !== fold));
      if (i === 0 || fit.score > bestFit.score) {
        best = i;
        bestFit = fit;
      }
    });
    const held = runs[best]!.filter((o) => foldOf.get(o.question.id) === fold);
    return {
      fold,
      setting: settings[best]!,
      fit: bestFit,
      test: scoreOf(held),
      missed: held.filter((o) => !o.hit).map((o) => ({ id: o.question.id, outcome: o.outcome })),
    };
  });
  const scores = fits.map((f) => f.test.score);
  return { folds: fits, mean: scores.reduce((a, b) => a + b, 0) / scores.length, min: Math.min(...scores) };
}

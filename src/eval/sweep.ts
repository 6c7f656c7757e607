import path from 'node:path';
import { type AnswerModel, MODEL } from '../answer/model.js';
import { hits, withBestThreshold, withParam } from './fit.js';
import { type Case, loadFittingSet, ROOT, setsFromArgs } from './fitting-set.js';

/**
 * Tries a grid of values for a few model parameters, the rest as in model.ts, with the answer threshold
 * chosen anew for each. Prints the whole bank's figure per grid point and an out-of-fold figure: on each
 * fold, the grid point chosen on the other folds. For deciding whether a new feature earns a weight, not
 * for users. Usage: `npx tsx src/eval/sweep.ts [--sets bank,train] weights.head=0,0.3,0.5 answerThreshold=0.9,1`
 * (the bank and the training set by default; fold i is fold i of each).
 */
type Axis = { key: string; values: number[] };

function grid(axes: readonly Axis[]): Record<string, number>[] {
  return axes.reduce<Record<string, number>[]>(
    (points, axis) => points.flatMap((p) => axis.values.map((v) => ({ ...p, [axis.key]: v }))),
    [{}],
  );
}

function modelAt(point: Record<string, number>): AnswerModel {
  return Object.entries(point).reduce((m, [k, v]) => withParam(m, k, v), MODEL);
}

async function main() {
  const args = process.argv.slice(2);
  const sets = setsFromArgs(args);
  const axes: Axis[] = args
    .filter((arg, i) => arg.includes('=') && args[i - 1] !== '--sets')
    .map((arg) => {
      const [key, list] = arg.split('=');
      return { key: key!, values: list!.split(',').map(Number) };
    });
  const fixedThreshold = axes.some((a) => a.key === 'answerThreshold');
  const { questions, cases, setOf, splits } = await loadFittingSet(ROOT, sets);
  const casesOf = (ids: readonly { id: string }[]): Case[] => ids.map((q) => cases.get(q.id)!);
  const fitted = (subset: Case[], point: Record<string, number>) =>
    fixedThreshold
      ? { model: modelAt(point), hits: hits(subset, modelAt(point)) }
      : withBestThreshold(subset, modelAt(point));

  console.log(`on ${sets.join(' + ')}: ${questions.length} questions`);
  const points = grid(axes);
  for (const point of points) {
    const { model, hits: right } = fitted(casesOf(questions), point);
    // Ranking alone: every answer question forced to answer, so the threshold cannot hide or help it.
    const answerQuestions = casesOf(questions.filter((q) => q.kind === 'answer'));
    const forced = {
      ...modelAt(point),
      answerThreshold: Number.NEGATIVE_INFINITY,
      clarifyMargin: 0,
      rivalMargin: 0,
    };
    const ranked = hits(answerQuestions, forced);
    const perSet = sets
      .map((set) => {
        const own = casesOf(questions.filter((q) => setOf.get(q.id) === set));
        return `${set} ${hits(own, model)}/${own.length}`;
      })
      .join(', ');
    console.log(
      `${JSON.stringify(point)} threshold ${model.answerThreshold}: ${right}/${questions.length} (${perSet}); ranking ${ranked}/${answerQuestions.length}`,
    );
  }
  let outOfFold = 0;
  for (const split of splits) {
    const chosen = points
      .map((point) => ({ point, ...fitted(casesOf(split.fit), point) }))
      .reduce((a, b) => (b.hits > a.hits ? b : a));
    const right = hits(casesOf(split.test), chosen.model);
    outOfFold += right;
    console.log(
      `fold ${split.fold}: chose ${JSON.stringify(chosen.point)}, held out ${right}/${split.test.length}`,
    );
  }
  console.log(`out of fold: ${outOfFold}/${questions.length}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();

import type { FeatureName } from './features.js';

/**
 * The answer model: a linear score over the named features of a candidate sentence, and the thresholds
 * that turn scores into answering, asking back or declining. Fitted on the question bank with
 * `npx tsx src/eval/fit.ts` (cross-validated over documents); the figures beside it are out-of-fold.
 */
export type AnswerModel = {
  weights: Record<FeatureName, number>;
  /** Below this score the best sentence does not answer the question: decline. */
  answerThreshold: number;
  /** Cases whose best sentence scores within this margin of the best are equally good: ask back. */
  clarifyMargin: number;
  /**
   * Cases that meet as much of the question as the best case (their case cover within `rivalCover`) and
   * whose best sentence scores within this margin of the best answer it as well: nothing in the question
   * tells them apart, so it is asked back. 0 turns this off.
   */
  rivalMargin: number;
  /** How much less of the question a rival case may meet than the best case. */
  rivalCover: number;
  /**
   * The share of the question's topic that both the best sentence and a rival's sentence must hold: only
   * sentences that each say all the question asks are equally good answers (1.01 asks for more than all:
   * rivals off).
   */
  rivalSentenceCover: number;
  /** A field question's case must meet at least this share of the question's topic. */
  fieldCover: number;
  /** Cases whose topic cover is within this margin of the best case's are equally good: ask back. */
  fieldMargin: number;
};

/**
 * Fitted 2026-12-04 (`npx tsx src/eval/fit.ts`), then on 2026-12-05 given `cueMissing` −2 (a question with a
 * shaped answer type, answered by a sentence without that shape), `heading` −0.7, `absentName` −1 (names were
 * counted in `absentNoun` before, at the same weight), `cover` 0 (weights on coverage may not be negative) and
 * `head` 0.3 (chosen with `npx tsx src/eval/sweep.ts weights.head=…`: one more answer question ranked right,
 * no question lost at the threshold of 1). With the day's glossary and extractor (version 4): on the whole bank
 * 70/112; holdout (never fitted on) 26/69; dev on the bank's corpus 13/26. Whole-bank refits by coordinate
 * ascent (75/112 in sample) score 60–64/112 out of fold, below this model, so it is kept rather than replaced.
 * Then `rivalMargin` 0.1 with `rivalSentenceCover` 0.95: two cases whose sentences each hold all the question
 * asks, and differ by less than the smallest feature weight, are asked back (bank 76/112; holdout and dev
 * unchanged; margins of 0.2–1 also ask back dev questions the seed and the programme both answer). Then
 * `headDefined` 0.1 (`sweep.ts weights.headDefined=0,0.05,0.1,0.2,0.3`: 0.05–0.2 equal in sample, out of fold
 * 79/112 as without it; bank 80/112 at the threshold of 1, holdouts and dev unchanged). Checked again on the
 * bank and the training set together (319 questions, `fit.ts`/`sweep.ts`): the threshold of 1 is the best fixed
 * one (165/319; out of fold, with the threshold chosen on the other folds, 159/319), and a refit of every weight
 * scores 147/319 out of fold, so these weights stay.
 */
export const MODEL: AnswerModel = {
  weights: {
    cover: 0,
    window: 0.5,
    focus: 0.5,
    caseCover: 0.6,
    titleCover: 0.2,
    cue: 0.3,
    cueMissing: -2,
    head: 0.3,
    headDefined: 0.1,
    leadIn: 0.15,
    afterLeadIn: 0.15,
    short: 0.15,
    heading: -0.7,
    titleLike: -0.5,
    outOfForce: -0.3,
    pastAsked: 0,
    otherYear: -1,
    nameMissing: -0.7,
    nameElsewhere: -0.5,
    absentNoun: -1,
    absentName: -1,
  },
  answerThreshold: 1,
  clarifyMargin: 0.01,
  rivalMargin: 0.1,
  rivalCover: 0.02,
  rivalSentenceCover: 0.95,
  fieldCover: 0.3,
  fieldMargin: 0.1,
};

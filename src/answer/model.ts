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
  /**
   * How closely a rival's sentence must hold the question's words, as a share of the best sentence's
   * proximity: a sentence that scatters them over twenty words is not an equally good answer.
   */
  rivalProximity: number;
  /**
   * For a question that names nothing (no name, no case): how much less of the question, and of its focus,
   * a rival's sentence may hold than the best sentence.
   */
  unnamedCover: number;
  /**
   * A question that names nothing: the share of its topic a case must hold for the question to point at it
   * (see `unanchoredChoices`). Above 1: off.
   */
  unanchoredCover: number;
  /** How much of the topic such a case's title, or the sentence with its neighbours, must hold. */
  unanchoredAbout: number;
  /** How far below the answer threshold such a case's best sentence of the asked type may score. 0: off. */
  unanchoredSlack: number;
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
 * On 2026-12-06 the rivals were widened for questions that name nothing ("When does the project start?"):
 * a rival's sentence may hold up to `unnamedCover` 0.25 less of the question and of its focus than the
 * best, with `rivalMargin` 0.2, `rivalCover` 0.1 and `rivalSentenceCover` 0.7; a rival (or a tie) whose
 * sentence holds the question's words less than half as closely as the best is none (`rivalProximity`).
 * `sweep.ts unnamedCover=0,0.1,0.25,0.4`: 183/319 in sample at 0.25–0.4 against 182 at 0–0.1, out of fold
 * 181/319 (178 before); train ask-backs 5/30 → 10/30, bank unchanged; holdout one answer asked back
 * and one ask-back gained; dev on the bank's corpus loses "Ska vi lära oss av andra städer?", which the
 * seed and the twin-city utlåtande both answer ("lära av andra städer"). `proximity` as a weight lost
 * ranked questions at every value tried (0.15: 130/202 against 134/202), so it is 0: it orders ties.
 * On 2026-12-06 (sixth session) a question that points at "the conference" or "projektet" without naming it
 * asks back among the documents whose cases hold all its words and state something of the asked type
 * (`unanchoredChoices`): `sweep.ts unanchoredSlack=0,0.1,0.2,0.3 unanchoredAbout=0.3,0.5,0.7` gave 204/319
 * in sample without it and 208/319 at slack 0.1–0.3 with about 0.3–0.5 (206 at 0.7); out of fold 207/319.
 * Train ask-backs 12/30 → 16/30, no answer question asked back on the bank, train, holdouts or dev.
 * Then the unanchored question was widened with no weight changed: a pronoun ("When does it …", "Vad kostar
 * det per år?") points as a definite noun does; a question without a shaped answer type ("Which cities are
 * partners in the project?") is unanchored too, its choices held to a title that meets the question as well as
 * the best case's (within `rivalCover`); a case of at most 25 passages is about what it holds; and a tie or a
 * rivalry of an unanchored question lists its other choices too. With "last day" and "closes" read as deadline
 * words and "per år" glossed as "annual": bank 85 → 86/112, train 131 → 137/207 (ask-backs 16 → 21/30), dev
 * unchanged (no new ask-back). `sweep.ts unanchoredCover=0.7,0.8,0.9 unanchoredAbout=0.3,0.4,0.5
 * unanchoredSlack=0.2,0.4` and `rivalMargin=0.2,0.3 rivalCover=0.1,0.2` find nothing better than these values.
 * On 2026-12-07 `nameMissing` −1 (was −0.7): `sweep.ts answerThreshold=1 weights.nameMissing=-0.7,-1,-1.5`
 * gave 222 → 224/319 in sample and chose −1 on every fold (train +2 declines; the first holdout's count
 * unchanged).
 * On 2026-12-07 (seventh session) `tenseMismatch` −0.3: a when-question about the past answered by a sentence
 * whose dates are all to come, or that names no date at all, and the other way round. Bank + train 231 → 234
 * at −0.2 and −0.3 (−0.3 also gains a holdout answer), 232–233 at −0.4 and −0.5.
 * On 2026-12-07 (thirteenth session) `otherEntity` −0.5: the sentence, its heading or row, or the title of a
 * case that never names the asked place or body, names another of that kind ("… med Tartu" for "… med
 * Tallinn?", "från tio städer" for "från Riga?"). With it, a year naming the asked thing ("årsmöte 2029") and
 * "City of" read as no hotel's name: `sweep.ts weights.cover=0 weights.otherEntity=0,-0.5,-1` gives 490 →
 * 493/680 in sample at −0.5 and −1, and every fold chooses −0.5; out of fold 487 → 492/680 (train declines
 * 85 → 91/128, no question lost on bank, train or dev).
 * On 2026-12-07 (fourteenth session) `otherEntity` −1: it also holds when the question names an organisation,
 * a network, a programme or a project (an acronym, "SoundBridge", a name with digits or a kind's word) and the
 * sentence's heading or list lead names another, or the sentence or its passage opens with another ("NORDLINK
 * is an association … The City of Stockholm has been a member since 1998." for "… a member of T30?"). Bank and
 * train hold no such question: `weights.otherEntity=-0.5,-1,-1.5` gives 524/730 in sample at each, out of fold
 * 526/730 as before; −1 is taken because at −0.5 a cue and a defined head outweigh it ("The annual membership
 * fee is EUR 12,000." under another network's heading, tests/answer/near-miss-organisations.test.ts).
 * With it, a cost asked of a thing named by a noun and a sentence opening with another thing that costs
 * ("Programmet kostar 1,1 miljoner kronor" for "Vad kostar chefernas studieresa …?"), and a sum asked for a
 * thing and a sentence opening with another it is for ("För förstudien kan ICLD bevilja …" for "… för
 * genomförandefasen?"): `weights.otherEntity=-0.5,-1` gives 524 → 526/730 in sample at both, out of fold 526 → 528/730
 * (at −1 alone too; train 428 → 430/618 in the eval, t170 and t457; nothing lost on bank, train or dev).
 * On 2026-12-08 `otherYear` −1.5 (was −1): `sweep.ts weights.cover=0 weights.otherYear=-1,-1.5,-2
 * weights.nameElsewhere=-0.5,-1` gives 550 → 551/780 in sample at −1.5 and −2 (nameElsewhere −0.5 best),
 * two folds of three choose −1.5, out of fold 552/780 as at −1. A sentence that names only another year than
 * the one asked ("… generalkonferens i september 2029" for the conference of 2027) held all the rest of the
 * question and outscored the threshold by its cover alone (train t176 declined; nothing lost on bank, train
 * or dev).
 * On 2026-12-08 (sixteenth session) `otherYear` also reads a sentence that names no year, with none around it,
 * with its case's years when they all come after the asked one ("Budgeten för internationellt arbete var 4,8
 * miljoner kronor" in a report on 2026, for "… budget … 2025?"; a paper dated 2026 may plan 2027 without naming
 * it, so later asked years are left alone). No weight changed: `sweep.ts weights.cover=0` 603 → 604/880 in sample, out of fold
 * 604 → 605/880 (train declines 119 → 121/175; nothing lost on bank, train or dev). Then `otherYear` also holds
 * for a question that names its source by a year ("enligt kommunstyrelsens delegationsordning 2021", "the
 * culture administration's 2019 routine") asked of a document that names years, none of them that one: it is
 * another version. In sample 606/880, out of fold 607/880 (train declines 123/175). Then a what-question that
 * asks what was decided ("Vad beslutade kommunstyrelsen om …?", "What did the council decide …?") has the
 * shape of a decision: `cue` when the sentence, its lead-in or a heading labelling a decision states one, and
 * `cueMissing` when it does not ("Ärendet utgår.", "… läggs fram för beslut i kommunfullmäktige", an agenda
 * item). Train declines 125/175 (t349, t748), nothing lost on bank, train or dev; in sample 608/880, out of
 * fold 609/880.
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
    otherYear: -1.5,
    tenseMismatch: -0.3,
    nameMissing: -1,
    nameElsewhere: -0.5,
    otherEntity: -1,
    absentNoun: -1,
    absentName: -1,
    proximity: 0,
  },
  answerThreshold: 1,
  clarifyMargin: 0.01,
  rivalMargin: 0.2,
  rivalCover: 0.1,
  rivalSentenceCover: 0.7,
  rivalProximity: 0.5,
  unnamedCover: 0.25,
  unanchoredCover: 0.9,
  unanchoredSlack: 0.2,
  unanchoredAbout: 0.5,
  fieldCover: 0.3,
  fieldMargin: 0.1,
};

import type { Features } from './features.js';

/**
 * A linear model's score of a sentence's features: Σ weight × feature, summed in the order of `FEATURES`
 * (as a loop over the names sums, so the same floating-point result). Written out by name rather than looped
 * over the names: a loop reads both objects by a key that changes at every step, which V8 looks up in a
 * shared cache each time, and the decision scores every candidate sentence (some 250 a question). A test
 * checks it against the loop for every feature.
 */
export function weightedSum(w: Features, f: Features): number {
  let score = 0;
  score += w.cover * f.cover;
  score += w.window * f.window;
  score += w.focus * f.focus;
  score += w.caseCover * f.caseCover;
  score += w.titleCover * f.titleCover;
  score += w.cue * f.cue;
  score += w.cueMissing * f.cueMissing;
  score += w.head * f.head;
  score += w.headDefined * f.headDefined;
  score += w.leadIn * f.leadIn;
  score += w.afterLeadIn * f.afterLeadIn;
  score += w.short * f.short;
  score += w.heading * f.heading;
  score += w.titleLike * f.titleLike;
  score += w.outOfForce * f.outOfForce;
  score += w.pastAsked * f.pastAsked;
  score += w.otherYear * f.otherYear;
  score += w.tenseMismatch * f.tenseMismatch;
  score += w.nameMissing * f.nameMissing;
  score += w.absentNoun * f.absentNoun;
  score += w.absentName * f.absentName;
  score += w.nameElsewhere * f.nameElsewhere;
  score += w.otherEntity * f.otherEntity;
  score += w.proximity * f.proximity;
  return score;
}

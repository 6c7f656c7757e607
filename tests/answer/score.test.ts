import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/generate.js';
import { FEATURES, type Features } from '../../src/answer/features.js';
import { MODEL } from '../../src/answer/model.js';
import { weightedSum } from '../../src/answer/score.js';

/** The sum as a loop over the feature names: what `weightedSum` must give, to the last bit. */
function looped(w: Features, f: Features): number {
  let score = 0;
  for (const name of FEATURES) score += w[name] * f[name];
  return score;
}

function randomFeatures(random: () => number): Features {
  return Object.fromEntries(FEATURES.map((name) => [name, random() * 4 - 2])) as Features;
}

describe('the weighted sum of a sentence features', () => {
  it('is the loop over the feature names, for each feature alone and for random values', () => {
    // One feature at a time: a feature left out of the written-out sum would score 0 here.
    for (const name of FEATURES) {
      const only = Object.fromEntries(FEATURES.map((n) => [n, n === name ? 1 : 0])) as Features;
      expect(weightedSum(MODEL.weights, only)).toBe(MODEL.weights[name]);
      expect(weightedSum(only, only)).toBe(1);
    }
    const random = seededRandom(3);
    for (let n = 0; n < 500; n++) {
      const w = n % 2 === 0 ? MODEL.weights : randomFeatures(random);
      const f = randomFeatures(random);
      expect(weightedSum(w, f)).toBe(looped(w, f));
    }
  });
});

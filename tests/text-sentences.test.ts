import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/text/sentences.js';

describe('splitting prose into sentences', () => {
  it("keeps a title's exclamation mark inside the sentence that names it", () => {
    const text =
      'Som svar på remissen Håll dörren öppen! (SOU 2027:14) hänvisas till promemorian. Ärendet är brådskande!';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Som svar på remissen Håll dörren öppen! (SOU 2027:14) hänvisas till promemorian.',
      'Ärendet är brådskande!',
    ]);
  });

  it('ends a sentence at ! or ? before a capital, and not at an abbreviation', () => {
    expect(splitSentences('Vad gäller? Svaret kommer t.ex. i maj. Bra!').map((s) => s.text)).toEqual([
      'Vad gäller?',
      'Svaret kommer t.ex. i maj.',
      'Bra!',
    ]);
  });
});

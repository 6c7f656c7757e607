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

  it('keeps the hour after "kl." in its sentence, and ends one at "kl." before a capital', () => {
    const text =
      'Nästa sammanträde äger rum den 18 mars 2027 kl. 18.00. Med början kl. 9.30 behandlas ärendet. Kom före kl. Tre personer saknades.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Nästa sammanträde äger rum den 18 mars 2027 kl. 18.00.',
      'Med början kl. 9.30 behandlas ärendet.',
      'Kom före kl.',
      'Tre personer saknades.',
    ]);
  });

  it('does not end a sentence at an abbreviation inside brackets, but does end one before a bracket opens', () => {
    const text =
      'Nämnden beslutade den 3 mars 2027 (prot. 2027:4) att anta planen. Planen gäller i två år. (Se bilaga 2.) Den följs upp årligen.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Nämnden beslutade den 3 mars 2027 (prot. 2027:4) att anta planen.',
      'Planen gäller i två år.',
      '(Se bilaga 2.)',
      'Den följs upp årligen.',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { unicodeWords } from '../src/text/unicode-words.js';

describe('word boundaries of any alphabet', () => {
  it('matches whole Swedish words that begin or end with å, ä or ö', () => {
    const re = unicodeWords(/\b(?:åtta|två|ärende\w*)\b/i);
    expect(re.test('högst åtta personer')).toBe(true);
    expect(re.test('två förtroendevalda')).toBe(true);
    expect(re.test('Ärendenumret')).toBe(true);
  });

  it('does not match inside a longer word', () => {
    const re = unicodeWords(/\btvå\b/);
    expect(re.test('tvåspråkig')).toBe(false);
    expect(re.test('tvåa')).toBe(false);
  });

  it('lets word letters of any alphabet join a character class', () => {
    const re = unicodeWords(/[\w.-]+@[\w-]+\.\w+/);
    expect(re.exec('Skicka svaret till kansliet.sköndal@stockholm.se senast i dag.')?.[0]).toBe(
      'kansliet.sköndal@stockholm.se',
    );
  });
});

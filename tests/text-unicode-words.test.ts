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

describe('word boundaries the pattern decides by one look', () => {
  const WORD = String.raw`[\p{L}\p{N}_]`;
  const FULL = `(?:(?<!${WORD})(?=${WORD})|(?<=${WORD})(?!${WORD}))`;
  /** Every \b as the full boundary that looks both ways, as unicodeWords wrote them before. */
  function fullBoundaries(re: RegExp): RegExp {
    let source = '';
    let inClass = false;
    for (let i = 0; i < re.source.length; i++) {
      const ch = re.source[i]!;
      if (ch === '\\') {
        const next = re.source[i + 1] ?? '';
        i++;
        if (next === 'w') source += inClass ? String.raw`\p{L}\p{N}_` : WORD;
        else if (next === 'b' && !inClass) source += FULL;
        else source += ch + next;
        continue;
      }
      if (ch === '[' && !inClass) inClass = true;
      else if (ch === ']' && inClass) inClass = false;
      source += ch;
    }
    return new RegExp(source, re.flags.includes('u') ? `${re.flags}g` : `${re.flags}ug`);
  }
  const patterns = [
    /\bhandläggare[n]?\b|\bcase (officer|handler)\b/i,
    /\bwho(?:'s| is| will be) handling\b/i,
    /\b(fått|fick) (också )?remiss\w*\b/i,
    /\bpersons?\b|\ba?\b|\b(a|)\b|(ab)+\b|(?:x)?\b/i,
    /\s\b\w+|\u0020\b|\u00e5\b|\x41\b|\p{Lu}\b|\d\b|[.]\b/u,
    /^\s*(var|where)\b(?!.*\b(vänder|turn)\b).*\b(kontaktperson\w*|contact persons?)\b/i,
    /(?<=\bav )\b\w+|\b(?<name>kl)\b\.?|x{0,2}\b|x{2}\b|\b_\b|\b9\b/u,
    /[\wå-]+\b|[^\w]\b|\b[\b]/,
  ];
  const texts = [
    'Vem är handläggaren för ärendet?',
    "Who's handling it, who is handling?",
    'Nämnderna har fått också remissen och fick remissvar.',
    'person persons a b ab abab x xx_ 9 kl. 10',
    'ett å i A, Å! 3d 5 . .a  _x_',
    'Var finns kontaktpersonen? Where do I turn, contact persons here',
    'av staden av  x xxx kl',
    'åäö-ÅÄÖ é ü 𝒜b 12ab',
  ];

  it('finds the same matches as the boundary that looks both ways', () => {
    for (const pattern of patterns) {
      const fast = new RegExp(unicodeWords(pattern).source, `${unicodeWords(pattern).flags}g`);
      const full = fullBoundaries(pattern);
      for (const text of texts) {
        const found = (re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, ...m]);
        expect(found(fast), `${pattern} on "${text}"`).toEqual(found(full));
      }
    }
  });

  it('looks one way only where a word letter stands on the other side', () => {
    const source = unicodeWords(/\bhandläggare\b/).source;
    expect(source).toBe(String.raw`(?<![\p{L}\p{N}_])handläggare(?![\p{L}\p{N}_])`);
    expect(unicodeWords(/ \b/).source).toContain('(?=');
  });
});

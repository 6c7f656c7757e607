import { describe, expect, it } from 'vitest';
import { recognizeIntent } from '../../src/answer/intent.js';
import { emptyLexicon } from '../../src/search/lexicon.js';
import { analyzeQuestion } from '../../src/search/query.js';

describe('a passive verb after the question word', () => {
  it('is the verb, not the kind of thing asked for ("Vilka omfattas av strategin?", "Vem utses till …?")', () => {
    for (const [question, verb] of [
      ['Vilka omfattas av strategin?', 'omfattas'],
      ['Vem utses till ordförande i beredningen?', 'utses'],
      ['Vilka bjöds in till mottagningen?', 'bjöds'],
    ] as const) {
      const concepts = analyzeQuestion(question, 'sv', emptyLexicon);
      expect(concepts.find((c) => c.surface === verb)?.nounish, question).not.toBe(true);
    }
    // A noun after the question word stays the kind asked for.
    expect(
      analyzeQuestion('Vilka nätverk omfattas?', 'sv', emptyLexicon).find((c) => c.surface === 'nätverk')
        ?.nounish,
    ).toBe(true);
    expect(recognizeIntent('Vilka omfattas av strategin?')).toBe('which');
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeText, PART, termsOfToken } from '../../src/search/analyzer.js';
import { splitCompound } from '../../src/search/compounds.js';
import { buildLexicon, parseGlossary } from '../../src/search/lexicon.js';
import { analyzeQuestion } from '../../src/search/query.js';
import { stemSwedish } from '../../src/search/stemmer.js';
import { isStopWord } from '../../src/search/stopwords.js';
import { tokenize } from '../../src/search/tokenize.js';

describe('tokenizing Swedish text', () => {
  it('keeps å, ä and ö inside words and folds case', () => {
    expect(tokenize('NÄMNDERNA och Förvaltningen').map((t) => t.text)).toEqual([
      'nämnderna',
      'och',
      'förvaltningen',
    ]);
  });

  it('normalises decomposed letters (as PDFs give them) to the composed form people type', () => {
    const decomposed = 'na\u0308mnd';
    expect(tokenize(decomposed)[0]!.text).toBe('nämnd');
  });

  it('keeps hyphenated compounds together for later splitting', () => {
    expect(tokenize('EU-projekt i Rinkeby-Kista').map((t) => t.text)).toEqual([
      'eu-projekt',
      'i',
      'rinkeby-kista',
    ]);
  });
});

describe('stemming', () => {
  it('gives inflected forms one stem, including the definite -et ending', () => {
    expect(stemSwedish('nämnderna')).toBe(stemSwedish('nämnd'));
    expect(stemSwedish('ansvaret')).toBe(stemSwedish('ansvar'));
    expect(stemSwedish('beslutet')).toBe(stemSwedish('beslut'));
    expect(stemSwedish('städerna')).toBe(stemSwedish('städer'));
  });
});

describe('compound words', () => {
  it('splits compounds into dictionary words with linking -s-', () => {
    expect(splitCompound('omvärldsbevakning')).toEqual(['omvärld', 'bevakning']);
    expect(splitCompound('stadsdelsnämnderna')).toEqual(['stadsdel', 'nämnd']);
    expect(splitCompound('bolagsstyrelser')).toEqual(['bolag', 'styrelse']);
  });

  it('does not split plain words into false parts', () => {
    expect(splitCompound('förvaltningen')).toBeNull();
    expect(splitCompound('medlemskap')).toBeNull();
    expect(splitCompound('positionering')).toBeNull();
  });

  it('indexes a compound under its parts, so "bevakning" finds "omvärldsbevakning" and "nämnd" finds "stadsdelsnämnd"', () => {
    expect(termsOfToken('omvärldsbevakning')).toContain(PART + stemSwedish('bevakning'));
    expect(termsOfToken('stadsdelsnämnd')).toContain(PART + stemSwedish('nämnd'));
  });
});

describe('stop words', () => {
  it('drops function words but keeps words that carry meaning in administration', () => {
    for (const word of ['och', 'att', 'the', 'of']) expect(isStopWord(word)).toBe(true);
    for (const word of ['beslut', 'senast', 'dag', 'enligt', 'olika', 'finns'])
      expect(isStopWord(word)).toBe(false);
    expect(analyzeText('Beslut ska fattas senast i dag')).toEqual(
      expect.arrayContaining([stemSwedish('beslut'), stemSwedish('senast'), stemSwedish('dag')]),
    );
  });
});

describe('bilingual query expansion', () => {
  const lexicon = buildLexicon(
    parseGlossary(
      [
        'bevakning | monitoring; watch',
        'ansvara för; ansvarig | be responsible for; responsible',
        'svara; besvara | answer; respond',
        'diarienummer (dnr) | case number',
      ].join('\n'),
    ),
  );

  it('reaches Swedish terms from an English question', () => {
    const concepts = analyzeQuestion('Who is responsible for monitoring?', 'en', lexicon);
    const stems = concepts.flatMap((c) => c.alternatives.flatMap((a) => a.stems));
    expect(stems).toContain(stemSwedish('bevakning'));
    expect(stems).toContain(stemSwedish('ansvarig'));
  });

  it('does not confuse words that share an English stem (responsible is not response)', () => {
    const concepts = analyzeQuestion('Who is responsible?', 'en', lexicon);
    const stems = concepts.flatMap((c) => c.alternatives.flatMap((a) => a.stems));
    expect(stems).not.toContain(stemSwedish('besvara'));
  });

  it('keeps a parenthesised abbreviation as a term of its own', () => {
    expect(lexicon.swedish.get('dnr')).toEqual(new Set(['diarienummer']));
  });

  it('offers the head of a hyphenated compound as a weaker alternative', () => {
    const [concept] = analyzeQuestion('EU-bevakningen', 'sv', lexicon);
    const alternatives = concept!.alternatives.map((a) => a.stems.join('+'));
    expect(alternatives).toContain(stemSwedish('bevakningen'));
  });
});

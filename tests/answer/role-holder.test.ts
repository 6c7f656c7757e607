import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { buildLexicon, parseGlossary } from '../../src/search/lexicon.js';
import { analyzeQuestion } from '../../src/search/query.js';
import { stemSwedish } from '../../src/search/stemmer.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional documents: two administrations' opinions, each closed by a signature block that names two people
// on separate lines from their roles ("Leif Arnesson" over "Kulturdirektör"); both have an "Avdelningschef".
// A memo with its title on its first line is addressed "Till / Norrmalms stadsdelsnämnd" and signed by a
// "Stadsdelsdirektör" whose district it does not name.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-issuer');
const CULTURE = 'tu-kulturforvaltningen-residens.txt';
const DISTRICT = 'tu-stadsdelsforvaltning-residens.txt';
const MEMO = 'pm-utbyte-norrmalm.txt';

describe('who holds a role that only a signature block gives', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('names the one person who signs with that role, quoting the signature', () => {
    const swedish = ask('Vem är kulturdirektör?');
    expect(swedish.answer).toMatch(/^Kulturdirektör är Leif Arnesson\./);
    expect(swedish.citations[0]?.doc).toBe(CULTURE);
    expect(swedish.citations[0]?.quote).toBe('Leif Arnesson');
    // "culture director" is the closed compound "kulturdirektör", which the English words reach only joined;
    // the line "Kulturförvaltningen" above the names holds "culture" but names no director.
    const english = ask('Who is the culture director?');
    expect(english.answer).toMatch(/^Leif Arnesson signs as Kulturdirektör\./);
    expect(english.citations[0]?.doc).toBe(CULTURE);
  });

  it('asks back when several people sign with the role, and declines a role elsewhere', () => {
    const heads = ask('Vem är avdelningschef?');
    expect(heads.clarify.map((c) => c.doc).sort()).toEqual([CULTURE, DISTRICT]);
    // The bundled programme is signed by a "t.f. stadsdelsdirektör" too, and so is the memo.
    const directors = ask('Who is the district director?');
    expect(directors.clarify.map((c) => c.doc)).toEqual(expect.arrayContaining([DISTRICT, MEMO]));
    expect(directors.clarify.length).toBe(3);
    expect(ask('Vem är kulturdirektör i Malmö?').abstained).toBe(true);
  });

  it('reads the place from the letterhead, not from the addressee the paper goes to', () => {
    expect(ask('Vem är stadsdelsdirektör på Kungsholmen?').answer).toMatch(
      /^Stadsdelsdirektör är Tove Rehn\./,
    );
    // The memo is addressed to Norrmalm's committee; nothing says its signatory works in Norrmalm.
    expect(ask('Vem är stadsdelsdirektör på Norrmalm?').abstained).toBe(true);
  });
});

describe('two English words that Swedish writes as one word', () => {
  const lexicon = buildLexicon(parseGlossary('stadsdel | district\ndirektör | director\nkultur | culture\n'));
  const stemsOf = (question: string, known: Set<string>) =>
    analyzeQuestion(question, 'en', lexicon, (stem) => known.has(stem)).map((c) =>
      c.alternatives.flatMap((a) => a.stems),
    );

  it('meet the closed compound the documents hold, with the linking s, each word keeping its own readings', () => {
    const compound = stemSwedish('stadsdelsdirektör');
    const [district, director] = stemsOf('Who is the district director?', new Set([compound]));
    expect(district).toContain(compound);
    expect(director).toContain(compound);
    expect(district).toContain(stemSwedish('stadsdel'));
    expect(director).toContain(stemSwedish('direktör'));
  });

  it('do not, when the documents lack the compound', () => {
    const stems = stemsOf('Who is the culture director?', new Set()).flat();
    expect(stems).not.toContain(stemSwedish('kulturdirektör'));
  });
});

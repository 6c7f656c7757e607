import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { analyzeQuestion } from '../../src/search/query.js';
import { stemSwedish } from '../../src/search/stemmer.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional documents written for these tests: two conferences (a decision to host one, an invitation to
// another) and two projects (a committee's report, a press release), loaded beside the bundled seed.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-unanchored');
const SUMMIT = 'protokollsutdrag-ks-nordic-mayors-summit.txt';
const CULTURE = 'invitation-baltic-culture-cities-conference.md';
const ROOFS = 'tjansteutlatande-green-roofs-baltic.txt';
const CLEANPORT = 'press-release-cleanport.html';

describe('a question that points at "the" conference or project without naming it', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);
  const offered = (question: string) => ask(question).clarify.map((c) => c.doc);

  it('asks back which conference when two documents each state what theirs costs', () => {
    expect(offered('Vad kostar konferensen?')).toEqual(expect.arrayContaining([SUMMIT, CULTURE]));
  });

  it('asks back which conference for where it is held, in English too', () => {
    expect(offered('Where is the conference held?')).toEqual(expect.arrayContaining([SUMMIT, CULTURE]));
  });

  it('asks back which project for who leads it', () => {
    expect(offered('Who leads the project?')).toEqual(expect.arrayContaining([ROOFS, CLEANPORT]));
  });

  it('answers when the question names the conference', () => {
    const result = ask('Vad kostar Nordic Mayors Summit?');
    expect(result.clarify).toEqual([]);
    expect(result.citations[0]?.doc).toBe(SUMMIT);
    expect(result.citations[0]?.quote).toContain('2,8 miljoner kronor');
  });

  it('answers when the question names the project', () => {
    const result = ask('Who leads the CLEANPORT project?');
    expect(result.clarify).toEqual([]);
    expect(result.citations[0]?.doc).toBe(CLEANPORT);
    expect(result.citations[0]?.quote).toContain('led by the Port of Rotterdam');
  });

  it('answers when the next meeting is from the minutes\' "nästa sammanträde" (möte and sammanträde are one word)', () => {
    const stems = analyzeQuestion('När är nästa möte?', 'sv', kb.snapshot.lexicon).flatMap((c) =>
      c.alternatives.flatMap((a) => a.stems),
    );
    expect(stems).toContain(stemSwedish('sammanträde'));
    const result = ask('När har kommunstyrelsen nästa möte?');
    expect(result.citations[0]?.doc).toBe(SUMMIT);
    expect(result.citations[0]?.quote).toContain('24 mars 2027');
  });

  it('asks back which project for a which-question, whose answer has no shape to look for', () => {
    expect(offered('Which cities are partners in the project?')).toEqual(
      expect.arrayContaining([ROOFS, CLEANPORT]),
    );
  });

  it('answers the which-question that names the project', () => {
    const result = ask('Which cities are partners in Green Roofs Baltic?');
    expect(result.clarify).toEqual([]);
    expect(result.citations[0]?.doc).toBe(ROOFS);
  });

  it('asks back when a pronoun stands for what the asker has in mind ("det")', () => {
    expect(offered('Hur mycket kostar det för staden?')).toEqual(
      expect.arrayContaining([ROOFS, CLEANPORT, SUMMIT]),
    );
  });

  it('reads "the last day to register" as a deadline, and "Registration closes on …" as stating one', () => {
    const result = ask("What's the last day to register?");
    expect(result.intent).toBe('deadline');
    expect(result.citations[0]?.doc).toBe(CULTURE);
    expect(result.citations[0]?.quote).toContain('1 August 2027');
  });

  it('reads a foreign address with its postcode as the place of a secretariat', () => {
    const result = ask('Where is the secretariat of Baltic Culture Cities?');
    expect(result.citations[0]?.doc).toBe(CULTURE);
    expect(result.citations[0]?.quote).toContain('LV-1011 Riga');
  });
});

// Two short documents about a trip: a Swedish memo titled as a delegation trip, and an English memo about a
// study visit whose delegation is mentioned only in another sentence than its cost.
const SHORT = path.resolve(import.meta.dirname, '../fixtures/answer-unanchored-short');
const OSLO = 'pm-delegationsresa-oslo.txt';
const COPENHAGEN = 'memo-study-visit-copenhagen-en.md';

describe('a short document that holds every word of an unanchored question', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(SHORT);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('is a choice, though its answering sentence and its title do not say what the question names', () => {
    expect(ask('Hur mycket kostar delegationsresan?').clarify.map((c) => c.doc)).toEqual(
      expect.arrayContaining([OSLO, COPENHAGEN]),
    );
  });

  it('is no choice when the question names the place', () => {
    const result = ask('Hur mycket kostar delegationsresan till Oslo?');
    expect(result.clarify).toEqual([]);
    expect(result.citations[0]?.doc).toBe(OSLO);
    expect(result.citations[0]?.quote).toContain('120 000 kronor');
  });
});

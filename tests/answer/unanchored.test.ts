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

  it('reads a foreign address with its postcode as the place of a secretariat', () => {
    const result = ask('Where is the secretariat of Baltic Culture Cities?');
    expect(result.citations[0]?.doc).toBe(CULTURE);
    expect(result.citations[0]?.quote).toContain('LV-1011 Riga');
  });
});

import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional PM written for these tests, loaded beside the bundled seed: a summer school that lasts "fem
// dagar", gives "14 timmars handledning" and costs "1 800 kronor" with "60 procent" of the travel paid, and
// never says how many may attend; and a festival visit "högst fyra personer" whose cost table gives its sums
// in columns headed "Totalt (kr)" and "Varav förvaltningen (kr)".
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-measured');

describe('a number of days, hours, kronor or per cent counts no people or things', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('declines how many people when the document gives only how long, how much and what share', () => {
    expect(ask('Hur många personer kan följa med till sommarskolan på Gotland?').abstained).toBe(true);
    expect(ask('How many people can go to the summer school for young organisers?').abstained).toBe(true);
  });

  it('answers how many of a unit with the number of that unit', () => {
    const days = ask('Hur många dagar pågår sommarskolan för unga arrangörer?');
    expect(days.abstained).toBe(false);
    expect(days.citations[0]!.quote).toContain('fem dagar');
  });

  it('answers how many hours asked in English with the Swedish "timmar"', () => {
    const hours = ask(
      'How many hours of mentoring do participants get at the summer school for young organisers?',
    );
    expect(hours.abstained).toBe(false);
    expect(hours.citations[0]!.quote).toContain('14 timmars handledning');
  });

  it('answers how many with the people counted, not a cost table row whose columns are in kronor', () => {
    const result = ask('Hur många får åka till ljusfestivalen i Tammerfors?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('högst fyra personer');
  });
});

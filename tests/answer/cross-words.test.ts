import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional documents: an English page on a strategy, and a Swedish decision on land that a company is to
// acquire ("förvärva"). Each is asked in the other language.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-cross-words');

describe('words that cross languages', () => {
  it('"strategin" is "strategi" to the glossary, so a Swedish question finds an English page', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const result = kb.snapshot.engine.answer('När antogs strategin för ungdomsutbyten?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]?.doc).toBe('youth-strategy-en.txt');
    expect(result.answer).toContain('4 March 2027');
  });

  it('"buy" finds "förvärva"', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const result = kb.snapshot.engine.answer('Who will buy the land at Norra hamnen?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]?.quote).toContain('Lindqvist Fastigheter AB ska förvärva marken');
  });
});

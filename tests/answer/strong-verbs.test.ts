import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional annual report whose verbs are in other forms than the questions' ("ingå" for "ingick",
// "antagna" for "antogs"): a question in the past tense of a strong verb is about the same act.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-strong-verbs');

describe('questions in the past tense of a strong verb', () => {
  it('are answered by the sentence that states the act in another form of the verb', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const engine = kb.snapshot.engine;
    expect(engine.answer('Vilket avtal ingick staden med Tammerfors?').citations[0]?.quote).toBe(
      'Under våren beslutade kommunstyrelsen att ingå ett samarbetsavtal med Tammerfors om digital skolutveckling.',
    );
    expect(engine.answer('När antogs riktlinjerna för internationella resor?').citations[0]?.quote).toBe(
      'Riktlinjerna för internationella resor är antagna av kommunfullmäktige den 12 maj 2027.',
    );
    // The same verb about a city the document does not name is still not answered.
    expect(engine.answer('Vilket avtal ingick staden med Bergen?').abstained).toBe(true);
  });
});

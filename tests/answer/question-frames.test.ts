import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional documents: a heating plant's planning decision (a size in MW, a bath to be moved) and an English
// page on EU projects.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-question-frames');

describe('question frames that carry no topic', () => {
  it('"Vad händer med …?" asks about the thing named, not about "händer"', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    for (const question of ['Vad händer med Frihamnsbadet?', 'What happens to Frihamnsbadet?']) {
      const result = kb.snapshot.engine.answer(question);
      expect(result.abstained, question).toBe(false);
      expect(result.citations[0]?.quote).toContain('behöver flyttas till Lindarängen');
    }
  });

  it('"In which areas …" asks for fields of work, not for a place', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const result = kb.snapshot.engine.answer('In which areas do the districts have EU projects?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]?.quote).toContain('adult education, district heating');
  });

  it('"Hur stor effekt …?" is answered by a size in units, and a cost question is not', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const size = kb.snapshot.engine.answer('Hur stor effekt får värmecentralen i Frihamnen ha?');
    expect(size.abstained).toBe(false);
    expect(size.citations[0]?.quote).toContain('högst 85 MW');
    const cost = kb.snapshot.engine.answer('Vad kostar värmecentralen i Frihamnen?');
    expect(cost.citations[0]?.quote ?? '').not.toContain('85 MW');
  });
});

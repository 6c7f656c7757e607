import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional Swedish request for tenders, asked about in English in the words of procurement and events.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-procurement-terms');

describe('procurement and event words asked in English', () => {
  it('"ceiling price" finds the Swedish "takpris"', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const result = kb.snapshot.engine.answer(
      'What is the ceiling price for the translation of the twin city material?',
    );
    expect(result.abstained).toBe(false);
    expect(result.citations[0]?.quote).toContain('340 000');
  });

  it('"penalty" finds the Swedish "vite"', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const result = kb.snapshot.engine.answer('How large is the penalty if the translations are late?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]?.quote).toContain('500 kronor');
  });

  it('"breakfast" finds the Swedish "frukost"', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const result = kb.snapshot.engine.answer('Where will the breakfast for translators be held?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]?.quote).toContain('Blå salen');
  });
});

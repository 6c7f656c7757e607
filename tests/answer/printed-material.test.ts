import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional grant conditions in Swedish, asked in English about what printed material must show.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-printed-material');

describe('printed material asked in English', () => {
  it('finds "trycksaker" through the glossary', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const result = kb.snapshot.engine.answer('What must be shown on printed material from the project?');
    expect(result.citations[0]?.quote).toBe('Fondens logotyp ska synas på alla trycksaker från projektet.');
  });
});

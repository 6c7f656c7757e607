import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional English page whose place opens its sentence with a capital and an article ("At the Harbour
// Pavilion on Skeppsbron, …"): it answers a where-question as "i Stadshuset" does.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-where-at');

describe('a place written "At the …" at the start of a sentence', () => {
  it('answers where', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    for (const question of ['Where can guests pick up maps for the festival?']) {
      expect(kb.snapshot.engine.answer(question).citations[0]?.quote, question).toBe(
        'At the Harbour Pavilion on Skeppsbron, guests can pick up maps and programmes for the festival week.',
      );
    }
  });
});

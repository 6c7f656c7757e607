import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional web page headed by one word ("Vänortsstöd") over prose, with later captions ("Stödet kan sökas av")
// that are no titles, and a sentence that says since when with "sedan årsskiftet 2026".
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-one-word-page');

describe('a page headed by one word', () => {
  it('is titled by that word, not by a caption further down', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    expect(kb.snapshot.documents.find((d) => d.id === 'vanortsstod.txt')?.meta.title).toBe('Vänortsstöd');
  });

  it('answers since when from "sedan årsskiftet 2026"', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const answer = kb.snapshot.engine.answer(
      'Sedan när har utbildningsförvaltningen ansvaret för vänortsstödet?',
    );
    expect(answer.citations[0]?.quote).toBe(
      'Utbildningsförvaltningen har sedan årsskiftet 2026 ansvaret för vänortsstödet, som tidigare låg hos kulturförvaltningen.',
    );
  });
});

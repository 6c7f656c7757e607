import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional guideline as a PDF read into text: its page header, its title and its first chapter run into one
// paragraph ("Dnr … Sida 1 (5) 2027-03-02 Riktlinjer för … 1. Inledning …").
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-run-on-title');

describe('a title between a page header and the first chapter on one line', () => {
  it('is the document’s title, and a question naming it gets its case number', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const doc = kb.snapshot.documents.find((d) => d.id === 'strategi-pdf-som-text.txt');
    expect(doc?.meta.title).toBe('Riktlinjer för stadens vänortssamarbeten');
    const answer = kb.snapshot.engine.answer('Vilket diarienummer har riktlinjerna för vänortssamarbeten?');
    expect(answer.answer).toContain('204-118/2027');
  });
});

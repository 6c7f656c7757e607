import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional meeting page whose head line gives the day, hours and room without labels, set apart by a
// middle dot ("onsdag 21 april 2027, kl. 09:30–11:00 · Stadshuset, Prinsens galleri").
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-meeting-dayline');

describe("a meeting page's unlabelled line of day, hours and room", () => {
  it('says where the meeting sits', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const result = kb.snapshot.engine.answer('I vilken lokal sammanträder idrottsnämnden den 21 april 2027?');
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain('Prinsens galleri');
  });

  it('says when it begins', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const result = kb.snapshot.engine.answer(
      'What time does the sports committee meeting on 21 April 2027 start?',
    );
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/09[.:]30/);
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional meeting page as the city's meeting platform prints it: the body's name over an unlabelled line
// of the meeting's hours and room.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-meeting-span');

describe("a meeting page's line of hours and room", () => {
  it('says where the meeting sits', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const result = kb.snapshot.engine.answer('Var sammanträder kulturnämnden den 10 februari 2027?');
    expect(result.abstained).toBe(false);
    expect(result.answer).toBe('Plats för sammanträdet: Lilla Rådssalen.');
  });

  it('says when it begins', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const result = kb.snapshot.engine.answer(
      'What time does the culture committee meeting start on 10 February 2027?',
    );
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/16[.:]15/);
  });
});

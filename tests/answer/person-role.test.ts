import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeWith } from '../support/knowledge.js';

// Two fictional districts: Lindö's plan says a body will recruit a district director, Norrby's page names one.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-person-role');

describe('a role only a person holds', () => {
  it('is answered by a sentence that names a person, not by a body that speaks of the role', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const engine = kb.snapshot.engine;
    expect(engine.answer('Vem är stadsdelsdirektör i Lindö?').abstained).toBe(true);
    expect(engine.answer('Vem är stadsdelsdirektör i Norrby?').citations[0]?.quote).toBe(
      'Stadsdelsdirektör i Norrby är Eva Lindqvist.',
    );
  });
});

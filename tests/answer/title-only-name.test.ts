import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional factsheet that names its project only in its title ("SEAWAYS – Ferry links for school
// exchanges"), as many project pages do: the body says "the project".
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-title-name');
const FACTSHEET = 'factsheet-seaways-en.md';

describe('a name that only a title holds', () => {
  it('is in the documents: a question that names it is answered from the document so titled', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const result = kb.snapshot.engine.answer('Vem leder Stockholms del av SEAWAYS?');
    expect(result.citations[0]?.doc).toBe(FACTSHEET);
    expect(result.citations[0]?.quote).toBe("Stockholm's part is led by the Education Administration.");
    // "When does … run?" asks for the span the project goes on: its period answers it in full.
    expect(kb.snapshot.engine.answer('When does SEAWAYS run?').citations[0]?.quote).toBe(
      'An Interreg Central Baltic project, 2027–2029, with schools in Stockholm, Turku and Tallinn.',
    );
    // A name no document holds, in title or text, is still declined.
    expect(kb.snapshot.engine.answer('How often does the LANDWAYS steering group meet?').abstained).toBe(
      true,
    );
  });
});

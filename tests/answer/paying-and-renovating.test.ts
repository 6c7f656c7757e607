import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional utlåtande about renovating a pavilion: it writes "renoveras" and "finansiering" where questions
// ask about "the renovation" and who "pays for" it, and it has a sentence whose "står" is no paying.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-paying');

describe('who pays and what it costs', () => {
  it('answers who pays for a renovation from the sentence on its financing, not from one that "står"', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const answer = kb.snapshot.engine.answer(
      'Who should pay for the renovation of the pavilion according to the property committee?',
    );
    expect(answer.citations[0]?.quote).toBe(
      'Fastighetsnämnden anser att stiftelsen som äger paviljongen ska svara för utförande och finansiering av arbetet.',
    );
  });

  it('reads "Vad ska … betala" as a question for a sum', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const answer = kb.snapshot.engine.answer(
      'Vad ska utländska delegationer betala för en guidad visning av paviljongen?',
    );
    expect(answer.citations[0]?.quote).toBe(
      'Guidade visningar av paviljongen för utländska delegationer kostar 1 200 kronor per grupp.',
    );
  });
});

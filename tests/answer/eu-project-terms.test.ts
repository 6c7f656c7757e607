import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional conditions of an EU project in Swedish, asked in English in the programmes' own words.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-eu-project-terms');

describe("an EU project's terms asked in English", () => {
  it('finds beneficiary, mid-term review and advance payment through the glossary', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const engine = kb.snapshot.engine;
    expect(engine.answer('When must the beneficiary report the costs?').citations[0]?.quote).toBe(
      'Stödmottagaren ska redovisa projektets kostnader senast den 31 mars varje år.',
    );
    expect(engine.answer('When is the mid-term review?').citations[0]?.quote).toBe(
      'En halvtidsavstämning görs i oktober 2028 tillsammans med programmets sekretariat.',
    );
    expect(engine.answer('What is required before the advance payment is paid?').citations[0]?.quote).toBe(
      'Förskottet betalas ut när partnerskapsavtalet har undertecknats av alla parter.',
    );
  });
});

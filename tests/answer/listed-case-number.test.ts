import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional protocol whose list of items, flattened from a PDF, gives each item its own case number on
// one line: the item asked about has its own number, not the first one of the protocol.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-listed-case-number');

describe('a case number asked for one item of a listed agenda', () => {
  it('is the number on that item, quoted from it', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const engine = kb.snapshot.engine;
    const result = engine.answer('Vilket diarienummer har vänortsavtalet med Klaipėda?');
    expect(result.answer).toContain('KS 2027/152');
    expect(result.citations[0]?.quote).toContain('Vänortsavtal med Klaipėda');
    expect(
      engine.answer('What is the case number of the application for co-financing of BalticHarbours?').answer,
    ).toContain('KS 2027/160');
  });
});

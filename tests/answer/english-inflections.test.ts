import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional English page written in the passive ("greeted by", "planned by"): an English question in
// another inflection of the same verb ("greets", "plans") finds it.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-english-inflections');

describe('an English question and an English document in other inflections of a verb', () => {
  it('meet, although the index stems every word as Swedish', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const engine = kb.snapshot.engine;
    expect(engine.answer('Who welcomes visiting delegations?').citations[0]?.quote).toBe(
      'Delegations visiting the City are usually welcomed by the Deputy Mayor for international affairs.',
    );
    expect(engine.answer('Who greets guests at official dinners?').citations[0]?.quote).toBe(
      'Guests at official dinners in the City Hall are most often greeted by one of the Vice Presidents of the City Council.',
    );
    expect(engine.answer('Who plans the programme for a delegation?').citations[0]?.quote).toBe(
      'The programme for each delegation is planned by the protocol office together with the host administration.',
    );
  });
});

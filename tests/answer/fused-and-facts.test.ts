import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional documents: a network's fee rules, which write a particle verb fused ("uppräknas"), and an English
// page with a fact box that sets each role over its holder's name.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-fused-and-facts');

describe('a particle verb asked apart and written fused', () => {
  it('"Hur räknas grundavgiften upp?" finds "Grundavgiften uppräknas …"', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const result = kb.snapshot.engine.answer('Hur räknas grundavgiften upp?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]?.quote).toContain('uppräknas årligen med konsumentprisindex');
  });
});

describe("a fact box's role over its holder", () => {
  it('answers who holds the role, in either language', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const chair = kb.snapshot.engine.answer('Who is the chair of the Baltic Harbours Forum?');
    expect(chair.abstained).toBe(false);
    expect(chair.answer).toContain('Marta Lindqvist');
    const secretary = kb.snapshot.engine.answer('Vem är generalsekreterare för Baltic Harbours Forum?');
    expect(secretary.abstained).toBe(false);
    expect(secretary.answer).toContain('Jonas Ekberg');
  });
});

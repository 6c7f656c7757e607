import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional extract of minutes: a committee's proposal after its lead-in, then the line of who gets the
// decision's papers ("Beslutsexpediering: Akt").
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-decision-papers');

describe("a decision's papers are not the decision", () => {
  it('answers what the committee proposes with the proposal, not with "Beslutsexpediering"', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const result = kb.snapshot.engine.answer('Vad föreslår utskottet om biblioteksutbytet?');
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain('Programmet för biblioteksutbytet med Tartu godkänns');
    expect(result.answer).not.toContain('Beslutsexpediering');
  });
});

describe('the decision cue', () => {
  it('is held by the forms of "beslut", not by the words for its papers and people', async () => {
    const { cueStrength } = await import('../../src/answer/cues.js');
    expect(cueStrength('proposal', 'Nämnden beslutade att godkänna programmet.')).toBe(1);
    expect(cueStrength('proposal', 'Beslutet gäller från den 1 mars 2027.')).toBe(1);
    for (const line of ['Beslutsexpediering:', 'Beslutsunderlag: tjänsteutlåtande', 'Beslutande: Anna Berg'])
      expect(cueStrength('proposal', line), line).toBe(0);
  });
});

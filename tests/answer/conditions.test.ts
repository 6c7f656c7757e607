import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional membership proposal written for these tests, loaded beside the bundled seed: it states the
// network's fee only for cities with more than 300,000 inhabitants, and the seats in its steering group
// only for cities with at least 50 schools taking part.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-conditions');

describe('a condition on a number is answered only by a text that states that condition', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('answers the fee for the cities the text names ("fler än 300 000 invånare")', () => {
    const result = ask('What is the NSYA membership fee for cities with more than 300,000 inhabitants?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('9 200 euro');
  });

  it('declines the fee for the other side of the condition, which the text does not state', () => {
    expect(
      ask('What is the NSYA membership fee for cities with fewer than 300,000 inhabitants?').abstained,
    ).toBe(true);
    expect(ask('Vad är medlemsavgiften i NSYA för städer med färre än 300 000 invånare?').abstained).toBe(
      true,
    );
  });
});

// A second fictional reply in the same folder counts the Erasmus+ projects the education administration
// owned ("projektägare i fyra av dem") without naming them, and lists the programme's three goals.
describe('a which-question that states its count is not answered by that count alone', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('declines which ones, when the text only says how many', () => {
    expect(ask('Which four Erasmus+ projects did the education administration own?').abstained).toBe(true);
    expect(
      ask('Vilka fyra Erasmus+-projekt har utbildningsförvaltningen varit projektägare i?').abstained,
    ).toBe(true);
  });

  it('answers which ones, when the text names them after the count', () => {
    const result = ask('Vilka tre mål har programmet för skolutbyten?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('fler elever på utbyte');
  });
});

// A third fictional page in the same folder lists the goals of a plan under a heading that names only
// "internationellt arbete", and mentions memberships among them without counting any.
describe('a how-many question is answered by a count of what it counts', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('declines when the only count is of something else under a heading naming the modifier', () => {
    expect(ask('How many international memberships does the sports committee have?').abstained).toBe(true);
  });

  it('answers the count of what the sentence counts', () => {
    const result = ask('How many goals does the action plan for international sports exchange have?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('fem mål');
  });
});

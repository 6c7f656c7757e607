import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional extract of a committee's minutes with two items, each with a reservation in a passage of its
// own that says "reserverar sig mot beslutet" without repeating what the item is about.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-reservation');
const DOC = 'protokollsutdrag-miljonamnden.txt';

describe('reservations in the minutes of a meeting', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('answers who entered a reservation with the reservation of the item the question names', () => {
    const result = ask('Who entered a reservation against joining CAQC?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]?.doc).toBe(DOC);
    expect(result.citations[0]?.quote).toContain('Erik Holm (SD) reserverar sig');
  });

  it('reads "reserved against" as a question about a reservation', () => {
    const result = ask('who reserved against the study trip to Rotterdam');
    expect(result.intent).toBe('reservation');
    expect(result.citations[0]?.quote).toContain('Lina Ek (V) och Oskar Sand (V) reserverar sig');
  });

  it('answers in Swedish about the other item with its own reservation', () => {
    const result = ask('Vilka reserverade sig mot studieresan till Rotterdam?');
    expect(result.citations[0]?.quote).toContain('Lina Ek (V)');
    expect(result.citations[0]?.quote).not.toContain('Erik Holm');
  });
});

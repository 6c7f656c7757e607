import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Two fictional documents on one matter: the council's minutes with a motion to host a sports event,
// rejected without a reservation, and the report (utlåtande) on the city's own bid, whose reservation is
// written at its end as "Reservation anförs av … enligt följande." without repeating what it is about.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-reservation-cases');
const REPORT = 'utlatande-nordiska-vattenspelen-2031.txt';

describe('a reservation in one of two cases that hold the question equally', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it("finds the reservation at the end of the report, though the minutes' item names the matter as fully", () => {
    const result = ask('Vilka reserverade sig mot att bli värd för Nordiska vattenspelen?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]?.doc).toBe(REPORT);
    expect(result.citations[0]?.quote).toContain('Reservation anförs av borgarrådet Tove Ahl (M)');
  });

  it("reads a party asked by name as the letter after a member's name, and quotes the short statement whole", () => {
    const result = ask(
      'What did the Left Party say in its special statement on the Nordiska vattenspelen application?',
    );
    expect(result.citations[0]?.doc).toBe(REPORT);
    expect(result.citations[0]?.quote).toContain('Särskilt uttalande görs av borgarrådet Amir Haddad (V)');
    expect(result.citations[0]?.quote).toContain('Spelen bör dock också hållas i ytterstadens simhallar');
  });
});

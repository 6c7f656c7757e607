import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Two fictional agendas of two district committees, each naming who checks its minutes: the meetings'
// names are longer than a choice's title may be, and their dates come last.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-meeting-choices');

describe('asking back among the items of two meetings', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  it("shows each meeting's date, though its name is cut before the date", () => {
    const result = kb.snapshot.engine.answer('Vem justerar protokollet?');
    expect(result.clarify.map((c) => c.doc)).toEqual(
      expect.arrayContaining(['hagersten-alvsjo-dagordning.txt', 'skarholmen-dagordning.txt']),
    );
    expect(result.answer).toContain('2027-03-18');
    expect(result.answer).toContain('2027-04-22');
  });
});

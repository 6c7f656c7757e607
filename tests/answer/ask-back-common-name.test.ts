import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional documents written for these tests: two EU-funded projects, each stating the EU's share of its
// costs in its own words, and a memo on the city's monitoring of the EU.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-ask-back-common-name');

describe('a question whose only name is one most documents hold', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  it('asks which project is meant: "EU" says who pays, not which project', () => {
    for (const question of [
      'Hur stor andel av kostnaderna betalar EU i projektet?',
      'How large a share of the costs does the EU pay in the project?',
    ]) {
      const result = kb.snapshot.engine.answer(question);
      expect(result.citations, question).toEqual([]);
      expect(result.clarify.map((c) => c.doc).sort(), question).toEqual([
        'trafikkontoret-blueharbour.txt',
        'ungdomsforvaltningen-youthbridge.txt',
      ]);
    }
  });

  it('answers when the question names the project', () => {
    const result = kb.snapshot.engine.answer(
      'Hur stor andel av kostnaderna betalar EU i projektet BlueHarbour?',
    );
    expect(result.clarify).toEqual([]);
    expect(result.citations[0]?.doc).toBe('trafikkontoret-blueharbour.txt');
    expect(result.answer).toContain('80 procent');
  });
});

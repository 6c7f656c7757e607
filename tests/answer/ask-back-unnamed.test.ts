import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { termsByWord } from '../../src/answer/proximity.js';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional documents written for these tests (a tjänsteutlåtande and a delegationsbeslut on two EU projects,
// a PM and guidelines on who receives foreign visitors), beside the bundled seed.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-ask-back');

describe('a question that names nothing, answered by several cases', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  it('asks which project is meant when two projects each state their start', () => {
    for (const question of ['When does the project start?', 'När startar projektet?']) {
      const result = kb.snapshot.engine.answer(question);
      expect(result.citations, question).toEqual([]);
      expect(result.clarify.map((c) => c.doc).sort(), question).toEqual([
        'kulturforvaltningen-nordlys.txt',
        'miljoforvaltningen-greenquay.txt',
      ]);
    }
    expect(kb.snapshot.engine.answer('När startar projektet?').answer).toMatch(
      /^Frågan passar flera ärenden/,
    );
  });

  it('answers when the question names the project', () => {
    const result = kb.snapshot.engine.answer('När startar projektet GreenQuay?');
    expect(result.clarify).toEqual([]);
    expect(result.citations[0]!.doc).toBe('miljoforvaltningen-greenquay.txt');
    expect(result.citations[0]!.quote).toContain('1 februari 2028');
  });

  it('answers from the sentence that holds the asked words together, not one that scatters them', () => {
    const result = kb.snapshot.engine.answer('Vem ansvarar för värdskap och mottagning?');
    expect(result.clarify).toEqual([]);
    expect(result.citations[0]!.doc).toBe('stadsledningskontoret-pm-eu-arbetet.txt');
    expect(result.answer).toContain('Stadsledningskontoret');
  });
});

describe('proximity', () => {
  it('keeps each word in its place, stop words too, so that distance can be read', () => {
    const words = termsByWord('Stadsledningskontoret ansvarar för värdskap och mottagning.');
    expect(words).toHaveLength(6);
    expect(words[2]).toEqual([]);
    expect(words[1]!.length).toBeGreaterThan(0);
  });
});

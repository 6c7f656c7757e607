import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional documents written for these tests: a council's minutes that raise the fee of one network (the
// case titled on it), the English minutes of another network's assembly that raise its fee too, and two
// notes that raise other things (so that "höjs" is a common word, as it is among real documents).
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-ask-back-says-too');

describe('a question that names nothing, said in full by sentences of two cases', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  it('asks which network is meant, though only one case is titled on the fee', () => {
    for (const question of ['Hur mycket höjs medlemsavgiften?', 'How much is the membership fee raised?']) {
      const result = kb.snapshot.engine.answer(question);
      expect(result.citations, question).toEqual([]);
      expect(
        result.clarify.map((c) => c.doc),
        question,
      ).toEqual(
        expect.arrayContaining(['kommunfullmaktige-protokoll-nordvind.txt', 'harbour-towns-minutes-en.txt']),
      );
    }
  });

  it('answers when the question names the network', () => {
    const result = kb.snapshot.engine.answer('Hur mycket höjs medlemsavgiften i Nordvind?');
    expect(result.clarify).toEqual([]);
    expect(result.citations[0]!.doc).toBe('kommunfullmaktige-protokoll-nordvind.txt');
    expect(result.answer).toContain('55 000 kronor');
  });
});

import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional documents written for these tests: a protokollsutdrag on hosting a ports forum and a skrivelse on a
// crisis exercise, each stating how many participants it gathers, and two more that say "väntas" of other
// things, beside the bundled seed.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-incidental-words');

describe('a question that names nothing, with a word that many documents hold', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  it('asks which case is meant when one case holds that word only elsewhere', () => {
    const result = kb.snapshot.engine.answer('Hur många deltagare väntas?');
    expect(result.citations).toEqual([]);
    expect(result.answer).toMatch(/^Frågan passar flera ärenden/);
    expect(result.clarify.map((c) => c.doc)).toEqual(
      expect.arrayContaining([
        'ks-protokollsutdrag-hamnstadsforum.txt',
        'skrivelse-krisovning-huvudstader.txt',
      ]),
    );
  });

  it('answers when the question names the thing', () => {
    const result = kb.snapshot.engine.answer('Hur många deltagare väntas till Hamnstadsforum?');
    expect(result.clarify).toEqual([]);
    expect(result.citations[0]!.doc).toBe('ks-protokollsutdrag-hamnstadsforum.txt');
    expect(result.citations[0]!.quote).toContain('380 deltagare');
  });
});

import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional minutes of a council that elects a vice chair and names no chair.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-deputy');
const MINUTES = 'protokoll-internationella-radet-2028-02-02.txt';

describe('a deputy of a role is not the role', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('does not answer who the chair is with the vice chair', () => {
    const result = ask('Vem är ordförande i internationella rådet?');
    expect(result.abstained).toBe(true);
    expect(result.answer).not.toContain('Jonas Ek');
  });

  it('answers who the vice or deputy chair is', () => {
    for (const question of [
      'Vem är vice ordförande i internationella rådet?',
      'Who is the deputy chair of the international council?',
    ]) {
      const result = ask(question);
      expect(result.citations[0]?.doc, question).toBe(MINUTES);
      expect(result.citations[0]?.quote, question).toContain(
        'Rådet väljer Jonas Ek (M) till vice ordförande',
      );
    }
  });
});

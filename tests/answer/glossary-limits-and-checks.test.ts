import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional Swedish follow-up asked in English: "högst" for a maximum, "stickprov" for spot checks and
// "tidrapporter" for time sheets are general administrative words of the bundled glossary.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-glossary-limits');

describe('general glossary terms for limits and checks', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('reads "maximum" as "högst"', () => {
    const result = ask('What is the maximum grant per teacher?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]?.quote).toContain('18 000 kronor');
  });

  it('reads "spot checks" and "time sheets" as "stickprov" and "tidrapporter"', () => {
    const result = ask('What did the spot checks of the time sheets show?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]?.quote).toContain('85 procent');
  });
});

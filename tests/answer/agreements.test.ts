import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional overview of three agreements with other cities, numbered, each with its own case number,
// validity, notice ("Uppsägning: sex månaders skriftligt varsel.") and contact.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-agreements');

describe('an overview of agreements with several cities', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  it('reads a notice period as the written notice the agreement states', () => {
    const result = kb.snapshot.engine.answer("What's the notice period for the agreement with Gent?");
    expect(result.clarify).toEqual([]);
    expect(result.answer).toContain('tre månaders skriftligt varsel');
  });

  it('asks back among the agreements when the question names none', () => {
    const result = kb.snapshot.engine.answer(
      "What's the notice period if we want to terminate the agreement?",
    );
    expect(result.clarify.map((c) => c.dnr)).toEqual(
      expect.arrayContaining(['KUF 2024/0311', 'KUF 2025/0120', 'KUF 2026/0088']),
    );
  });
});

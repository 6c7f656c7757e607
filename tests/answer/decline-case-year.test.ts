import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional annual report written for this test, loaded beside the seed: a committee's report on 2026 (the year is
// named once, in another section than the budget) states its budget for international work in a sentence that names
// no year, under a heading without one; the report says nothing of 2025. Beside it, a paper dated 2026 plans a study
// trip in March without naming the year it falls in.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-decline-case-year');

describe("a sentence without a year is read with its case's years", () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('declines the budget of 2025 when the only report is on 2026', () => {
    expect(ask('Hur stor var idrottsnämndens budget för internationellt arbete 2025?').abstained).toBe(true);
    expect(ask("How large was the sports committee's budget for international work in 2025?").abstained).toBe(
      true,
    );
  });

  it('still gives the budget of 2026', () => {
    for (const question of [
      'Hur stor var idrottsnämndens budget för internationellt arbete 2026?',
      "How large was the sports committee's budget for international work in 2026?",
    ]) {
      const result = ask(question);
      expect(result.abstained).toBe(false);
      expect(result.citations[0]?.quote).toContain('2,1 miljoner kronor');
    }
  });

  it('still answers for a later year than a paper names: it may plan what follows without naming the year', () => {
    for (const question of [
      'Vad kostar trafikkontorets studieresa till Lyon 2027?',
      'Hur mycket kostar studieresan till Lyon 2027?',
    ]) {
      const result = ask(question);
      expect(result.abstained).toBe(false);
      expect(result.citations[0]?.quote).toContain('60 000 kronor');
    }
  });
});

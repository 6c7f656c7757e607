import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional questions-and-answers page on a travel grant for young athletes, loaded beside the bundled seed:
// it states the caps of the grant ("högst 1 800 kronor per deltagare") and who pays it out, never what was paid.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-paid-or-cap');

describe('a cap is not what was paid', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('declines how much the committee paid out when the page states the caps of the grant', () => {
    expect(ask('Hur mycket resestöd betalade idrottsnämnden ut?').abstained).toBe(true);
  });

  it('still answers how much one can get at most', () => {
    const result = ask('Hur mycket resestöd kan man högst få per deltagare?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('1 800 kronor');
  });
});

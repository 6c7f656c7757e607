import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional tjänsteutlåtande written for these tests, loaded beside the bundled seed: an EU project whose
// administration states its own part of the budget, but not the project's whole budget.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-total-share');

describe('a sum asked in total is not answered by one party’s share', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('declines the total budget when the document states only its own part', () => {
    expect(ask('What is the total budget of the GreenRoofs Baltic project?').abstained).toBe(true);
  });

  it('still answers the own part when that is what is asked', () => {
    const result = ask('Hur mycket är förvaltningens egen del av budgeten för GreenRoofs Baltic?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('1,8 miljoner kronor');
  });
});

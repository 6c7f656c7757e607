import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional network's fee rules ("Grundavgiften uppräknas årligen med konsumentprisindex …"). How a fee is
// set or changed is asked with the fee's name, but asks a manner, not a sum.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-fused-and-facts');

describe('how a fee is adjusted', () => {
  it('is answered by the sentence that says how, not declined for want of a sum', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const result = kb.snapshot.engine.answer('How is the fee adjusted each year?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]?.quote).toContain('uppräknas årligen med konsumentprisindex');
  });
});

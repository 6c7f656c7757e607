import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeWith } from '../support/knowledge.js';

// Two fictional papers of the training set: one project's factsheet with its total budget (t35, COOLYARDS)
// and a decision on taking part in another project (t15, SoundBridge) that states no total budget of it.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/eval/train/documents');
const PAPERS = (name: string) => name.startsWith('t35-') || name.startsWith('t15-');

describe('a value asked of a named thing', () => {
  it("is not another thing's value from a case that never names it", async () => {
    const kb = await knowledgeWith(DOCUMENTS, PAPERS);
    const engine = kb.snapshot.engine;
    expect(
      engine.answer('What is the total budget of the SoundBridge project for all partners?').abstained,
    ).toBe(true);
    expect(engine.answer('What is the total budget of COOLYARDS?').citations[0]?.quote).toContain(
      'EUR 3,460,000',
    );
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional English web page that says who may apply by a kind of applicant ("Youth associations … can
// apply"), a share in "percent", and how often by "regularly": answers, not declines.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-page-phrasings');

describe('answers a web page words in its own way', () => {
  it('who may apply, how large a share, how often', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const engine = kb.snapshot.engine;
    expect(engine.answer('Who can apply for a youth exchange grant?').citations[0]?.quote).toBe(
      'Youth associations registered in Stockholm can apply for a grant of up to 40 000 kronor per exchange.',
    );
    expect(
      engine.answer('How much of the grants go to exchanges with Finnish cities?').citations[0]?.quote,
    ).toBe('About 35 percent of the grants go to exchanges with Finnish partner cities.');
    expect(engine.answer('How often are the grant rules reviewed?').citations[0]?.quote).toBe(
      'The grant rules are regularly reviewed by the International Unit.',
    );
  });
});

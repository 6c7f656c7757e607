import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional English page on a library network; asked in Swedish about its "generalkonferens".
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-general-conference');

describe('a general conference asked in Swedish', () => {
  it('"generalkonferens" finds the English "General Conference"', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const result = kb.snapshot.engine.answer('När är generalkonferensen?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]?.quote).toContain('October 2029');
  });
});

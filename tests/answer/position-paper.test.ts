import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional English text on a network's working group, asked in Swedish about its "ståndpunktspapper".
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-position-paper');

describe('a position paper asked in Swedish', () => {
  it('"ståndpunktspapper" finds the English "position paper"', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const result = kb.snapshot.engine.answer(
      'När ska arbetsgruppen i Nordic Harbour Cities lämna sitt ståndpunktspapper?',
    );
    expect(result.abstained).toBe(false);
    expect(result.citations[0]?.quote).toContain('30 November 2027');
  });
});

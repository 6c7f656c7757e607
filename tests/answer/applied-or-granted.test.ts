import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional § of a committee's minutes: what an association applied for, then what the committee granted.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-applied-or-granted');

describe('a sum received is not the sum applied for', () => {
  it('answers what the association got with the grant, not with its application', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const result = kb.snapshot.engine.answer('Hur mycket fick Vänortskören i Söderort?');
    expect(result.citations[0]?.quote ?? '').not.toContain('40 000');
    expect(result.citations[0]?.quote).toContain('15 000 kronor');
  });
});

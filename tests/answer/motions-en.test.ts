import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional minutes in Swedish: one member moved that the item be sent back (återremiss). Asked in English
// with the words of a meeting ("move", "send … back"), the question finds the motion.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-motions-en');

describe('a motion to refer back, asked in English', () => {
  it('"Who moved to send the Gdynia report back?" names the member who moved it', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const result = kb.snapshot.engine.answer('Who moved to send the Gdynia report back?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]?.quote).toContain('Sara Holm');
  });
});

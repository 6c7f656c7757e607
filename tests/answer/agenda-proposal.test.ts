import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional meeting page whose items each carry a list under "Kommunstyrelsens förslag till beslut".
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-agenda-proposal');

describe("an agenda item's proposal under the body's heading", () => {
  it("answers what the body proposes on that item, however plainly the line is worded, and only that item's list", async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const engine = kb.snapshot.engine;
    const result = engine.answer('Vad föreslår kommunstyrelsen om rapporten från vänortskommittén?');
    expect(result.citations[0]?.quote).toBe('Informationen noteras.');
    expect(result.answer).not.toContain('medlemskap');
    const membership = engine.answer('Vad föreslår kommunstyrelsen om medlemskapet i Nordiska hamnstäder?');
    expect(membership.citations[0]?.doc).toBe('ks-sammantrade-2027-05-12.txt');
    expect(membership.answer).not.toContain('noteras');
  });
});

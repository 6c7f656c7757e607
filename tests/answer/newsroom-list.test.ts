import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional newsroom's list of press releases copied as text: each entry a headline over a dateline
// ("Pressmeddelanden • Mar 04, 2027 08:00 CET") over its ingress, with no blank line between them.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-newsroom-list');

describe("a newsroom's list of press releases", () => {
  it("answers from an entry's ingress, not its headline and dateline", async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const result = kb.snapshot.engine.answer('När skrivs avtalet om luftmätning med Riga under?');
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain('2 mars 2027');
    expect(result.answer).not.toContain('CET');
  });
});

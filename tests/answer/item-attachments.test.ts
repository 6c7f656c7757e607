import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional meeting page whose items each carry a "Bilagor" label over a nested list of files.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-item-attachments');

describe("an agenda item's labelled list of attachments", () => {
  it("names the item's attachments", async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const result = kb.snapshot.engine.answer('Vilka bilagor hör till ärendet om Clean Harbours Baltic?');
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain('Partnerskapsavtal');
  });
});

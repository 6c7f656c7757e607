import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Two fictional documents written for these tests: a project's final report in Markdown whose first-level
// headings are numbered chapters under a bold title, and a forwarded reply whose subject carries the mail
// program's marks ("SV: VB: …").
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-chapter-titles');

describe('titles of reports with numbered chapters and of e-mail replies', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const titleOf = (id: string) => kb.snapshot.documents.find((d) => d.id === id)?.meta.title;

  it('does not take a numbered chapter heading ("# 1 Sammanfattning") for the title', () => {
    expect(titleOf('slutrapport-vanortsutbyte.md')).toBe('Slutrapport – lärarutbyte med Tammerfors');
  });

  it("leaves a reply's and a forward's marks out of the subject", () => {
    expect(titleOf('e-post-studiebesok-gent.txt')).toBe('Study visit from Ghent, March 2027');
  });
});

import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional section of the city's annual report as its web edition sets it, asked about in English.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-annual-report');
const REPORT = 'arsredovisning-internationellt-2026.md';

describe("an annual report's section, asked in English", () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  it('reads "at the end of 2026" as "vid utgången av 2026", not as a topic the report lacks', () => {
    const result = kb.snapshot.engine.answer(
      'How many international networks was the city a member of at the end of 2026?',
    );
    expect(result.abstained).toBe(false);
    expect(result.citations[0]?.doc).toBe(REPORT);
    expect(result.citations[0]?.quote).toContain('88 internationella organisationer');
  });
});

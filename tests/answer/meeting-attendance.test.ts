import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional meeting notes written for this test, loaded beside the bundled seed: who was there and who was
// not, in Swedish field labels ("Närvarande", "Frånvarande") that an English question names in its own words.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-meeting-attendance');

describe('who attended a meeting, asked in English of Swedish notes', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('answers who was absent from the line of those absent', () => {
    const result = ask('Who was absent from the meeting of the sustainable port cities network?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('Jonas Blom');
  });
});

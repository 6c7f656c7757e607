import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional meeting page with one case that "bordlades" (was tabled) at a member's request, and a company's
// minutes where someone only asked about the same guidelines.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-tabled-past');

describe('a case tabled, asked about in English', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  it('meets "bordlades", the past of "bordlägga", for "tabled"', () => {
    const result = kb.snapshot.engine.answer(
      'Who asked for the guidelines on sports exchanges with twin towns to be tabled?',
    );
    expect(result.answer).toContain('Karl Öhman');
  });
});

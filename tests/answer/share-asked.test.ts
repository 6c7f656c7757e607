import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional letter on a shared office's costs: the total in kronor, then each party's share in per cent.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-share-asked');

describe('a question for a share', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  it('is answered with the share, not with the sum that the share is of', () => {
    const result = kb.snapshot.engine.answer(
      'Hur stor andel av de gemensamma kostnaderna för kontoret i Oslo ska staden betala 2029?',
    );
    expect(result.answer).toContain('40 procent');
  });
});

import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional tjänsteutlåtande written for these tests, loaded beside the bundled seed: three sentences name
// the project's coordinator, one of them says who it is ("Koordinator är Anna Virtanen …").
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-role-defined');

describe('a role asked for is answered by the sentence that says who holds it', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  it('answers "Vem är koordinator …" with "Koordinator är …", not with a sentence that only mentions the role', () => {
    const result = kb.snapshot.engine.answer('Vem är koordinator i BRIDGE?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('Anna Virtanen');
  });
});

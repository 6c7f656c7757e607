import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Two fictional documents: a compilation of referral answers that says when its referral closed, in the past
// tense ("Remisstiden gick ut den 12 mars 2027."), and a page of open referrals with a reply date of its own.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-referral-closed');
const COMPILATION = 'remissammanstallning-sprakstod.txt';

describe('a referral whose time has run out', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  it('reads "Remisstiden gick ut den …" as the referral\'s deadline, and answers from its own case', () => {
    const c = kb.snapshot.documents.find((d) => d.id === COMPILATION)!.cases[0]!;
    expect(c.deadline?.value).toBe('2027-03-12');
    const result = kb.snapshot.engine.answer('När gick remisstiden ut för riktlinjerna för språkstöd?');
    expect(result.citations[0]?.doc).toBe(COMPILATION);
    expect(result.answer).toContain('12 mars 2027');
    expect(result.answer).not.toContain('30 april');
  });
});

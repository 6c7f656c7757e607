import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional agenda written for these tests, loaded beside the bundled seed: the district council's
// chair and vice chair as labelled lines ("Ordförande: Helena Brandt (S)"), and a referral from the culture
// committee that names no chair.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-role-organ');

describe('a role is answered in the body it is held in', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it("answers the district council's chair", () => {
    const result = ask('Vem är ordförande i Farsta stadsdelsnämnd?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('Helena Brandt');
  });

  it("declines the chair of a body the agenda does not name, rather than give the council's", () => {
    expect(ask('Vem är ordförande i kulturnämnden?').abstained).toBe(true);
  });

  it('declines the same asked in English', () => {
    expect(ask('Who is the chair of the culture committee?').abstained).toBe(true);
  });
});

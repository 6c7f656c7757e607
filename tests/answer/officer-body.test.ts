import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional referral reply written for these tests, loaded beside the bundled seed: a ministry sent the
// report to the city, and the reply names only the city's own case officer.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-officer-body');

describe("a contact at another body is not answered with the city's case officer", () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it("answers the city's case officer for the reply", () => {
    const result = ask('Vem är handläggare för remissen om betänkandet Kulturarv över gränser?');
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain('Maja Lindqvist');
  });

  it('answers the case officer at the body that wrote the reply', () => {
    const result = ask('Vem är handläggare på Kulturförvaltningen för remissen om Kulturarv över gränser?');
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain('Maja Lindqvist');
  });

  it('declines the contact person at the ministry that sent the report', () => {
    expect(ask('Vem är kontaktperson på Kulturdepartementet för betänkandet SOU 2027:18?').abstained).toBe(
      true,
    );
  });
});

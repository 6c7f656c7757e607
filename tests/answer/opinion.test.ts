import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional referral reply written for these tests, loaded beside the bundled seed: the culture
// administration takes a stand on two proposals ("Förvaltningen tillstyrker …", "Förvaltningen avstyrker …"),
// names other bodies only as the referral's other recipients, and quotes the auditors' view of the committee.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-opinion');

describe("an opinion question is answered by the asked body's stand on the asked matter", () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('answers with the stand the reply takes in its author\'s words ("Förvaltningen avstyrker …")', () => {
    const result = ask('Vad tycker kulturförvaltningen om att residensen ska finansieras med avgifter?');
    expect(result.intent).toBe('opinion');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('Förvaltningen avstyrker');
  });

  it('answers the question asked in English', () => {
    const result = ask('How did the culture administration respond to the proposal on fees?');
    expect(result.intent).toBe('opinion');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('Förvaltningen avstyrker');
  });

  it('declines the view of a body the text names only among the referral recipients', () => {
    expect(ask('Vad tycker idrottsnämnden om programmet för konstnärsresidens?').abstained).toBe(true);
  });

  it("declines when the only stand naming the body is someone else's (the auditors')", () => {
    expect(ask('Vad svarade kulturnämnden på revisorernas granskning av residensen?').abstained).toBe(true);
  });

  it('declines the view on a matter the text does not treat', () => {
    expect(ask('Vad tycker kulturförvaltningen om förslaget om en ny konsthall i Kista?').abstained).toBe(
      true,
    );
  });
});

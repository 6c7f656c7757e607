import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional PM written for these tests: a partnership's public hearings ("utfrågningar") with residents, a
// second phase ("fas") and a decision the funder is expected ("väntas") to take. The general glossary reads
// the English words of such questions as the Swedish words of the text.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-general-terms');

describe('general words of reports: hearings, phases, what is expected', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('reads "hearings" as "utfrågningar"', () => {
    const result = ask('How many hearings were held in Vilnius?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('två öppna utfrågningar');
  });

  it('reads "expected to decide" and "second phase" as "väntas fatta beslut" on "en andra fas"', () => {
    const result = ask(
      'When is the funder expected to decide on the second phase of the Vilnius partnership?',
    );
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('juni 2027');
  });

  it('reads "telefonnummer" and "phone number" as the "tel:" a contact line writes', () => {
    for (const question of [
      'Vilket telefonnummer har samordnaren?',
      "What is the coordinator's phone number?",
    ]) {
      const result = ask(question);
      expect(result.abstained, question).toBe(false);
      expect(result.citations[0]!.quote, question).toContain('508 22 914');
    }
  });
});

import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional documents: two administrations' opinions on the same referral, with the same title. The
// district's opinion names the culture administration in its text; only the letterhead says who wrote which.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-issuer');
const CULTURE = 'tu-kulturforvaltningen-residens.txt';
const DISTRICT = 'tu-stadsdelsforvaltning-residens.txt';

describe('a question naming whose paper it means ("kulturförvaltningens tjänsteutlåtande")', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('answers from the paper the named body wrote, not from one that only mentions it', () => {
    const signed = ask('Vem har undertecknat kulturförvaltningens tjänsteutlåtande om konstnärsresidensen?');
    expect(signed.clarify).toEqual([]);
    expect(signed.citations[0]?.doc).toBe(CULTURE);
    expect(signed.answer).toContain('Leif Arnesson');
    const officer = ask('Vem är handläggare för Kungsholmens stadsdelsförvaltnings yttrande om residensen?');
    expect(officer.citations[0]?.doc).toBe(DISTRICT);
    expect(officer.answer).toContain('Arvid Lönn');
  });

  it('still asks which paper is meant when the question does not say whose it is', () => {
    const result = ask('Vem är handläggare för tjänsteutlåtandet om residensen?');
    expect(result.clarify.map((c) => c.doc).sort()).toEqual([CULTURE, DISTRICT]);
  });
});

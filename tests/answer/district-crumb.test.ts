import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional district council's meeting page that names its council only by the district, in the breadcrumb
// trail, and groups its referral items under a heading of two names ("REMISSER/YTTRANDEN").
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-district-crumb');

describe("a district's meeting page named by its breadcrumb", () => {
  it('is titled by the district the page sits under, and lists its referrals', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const doc = kb.snapshot.documents.find((d) => d.id === 'lindo-strand-sammantrade.txt');
    expect(doc?.meta.title).toBe('Lindö - Strand, sammanträde 2027-05-11');
    const result = kb.snapshot.engine.answer('Vilka remisser behandlas av Lindö-Strand?');
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain('Program för internationellt ungdomsutbyte');
    expect(result.answer).toContain('Riktlinjer för mottagande av utländska delegationer');
    expect(result.answer).not.toContain('Månadsrapport');
  });
});

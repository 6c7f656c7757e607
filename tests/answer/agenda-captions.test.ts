import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional documents: a kommunstyrelsen agenda whose numbered items carry their case number, rotel and
// status on indented lines under the title ("3. Medlemskap i …" over "   Dnr KS 2027/812", "   Rotel: …",
// "   Bordlagt 1 september 2027"), and a foundation's referral answer as a letter whose head is a grid of
// labels over their values ("Vårt datum      Vår referens" over "2027-08-30      Eva Ström, kanslichef").
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-agenda-captions');
const AGENDA = 'ks-foredragningslista-2027-09-15.txt';
const LETTER = 'yttrande-stiftelsen-nordljus.txt';

describe('an agenda whose items carry their captions on indented lines', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);
  const doc = (id: string) => kb.snapshot.documents.find((d) => d.id === id)!;

  it("reads each item's title apart from its case number, rotel and status", () => {
    const items = doc(AGENDA).cases.map((c) => [c.item, c.dnr?.value ?? null, c.title?.value ?? null]);
    expect(items).toContainEqual(['3', 'KS 2027/812', 'Medlemskap i nätverket Arctic Harbour Cities']);
    expect(items).toContainEqual(['5', 'KS 2027/833', 'Värdskap för konferensen Winter Light Cities 2029']);
    // An item about an office is no office's name.
    expect(items).toContainEqual(['7', 'KS 2027/845', 'Utredning om flytt av stadens Tallinnkontor']);
  });

  it('answers who is responsible for an item with its rotel line', () => {
    const result = ask('Vilket borgarråd ansvarar för ärendet om Arctic Harbour Cities?');
    expect(result.citations[0]?.doc).toBe(AGENDA);
    expect(result.answer).toContain('borgarrådet Omid Karimi (MP)');
    expect(result.answer).not.toContain('Dnr');
  });

  it("answers whether an item was referred back with the item's own status line", () => {
    const result = ask('Är ärendet om Winter Light Cities återremitterat?');
    expect(result.citations[0]?.doc).toBe(AGENDA);
    expect(result.answer).toContain('Återremitterat 18 augusti 2027');
  });
});

describe("a letter's head set out as labels over their values", () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const doc = (id: string) => kb.snapshot.documents.find((d) => d.id === id)!;

  it('pairs each value with the label above it, and the reference is no title', () => {
    const letter = doc(LETTER);
    expect(letter.cases[0]?.title?.value).toBe(
      'Yttrande över förslag till riktlinjer för internationella ljusfestivaler',
    );
    const texts = letter.passages.map((p) => p.text);
    expect(texts).toContain('Vår referens: Eva Ström, kanslichef');
    expect(texts).toContain('Ert dnr: KS 2027/555');
  });

  it('answers who the reference is with the paired field', () => {
    const result = kb.snapshot.engine.answer('Vem är referens för Stiftelsen Nordljus yttrande?');
    expect(result.citations[0]?.doc).toBe(LETTER);
    expect(result.answer).toContain('Vår referens: Eva Ström, kanslichef');
  });
});

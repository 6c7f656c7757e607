import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional documents written for these tests: a tjänsteutlåtande on joining an Interreg project (its own
// co-financing stated as "medfinansiering"), and minutes whose item on another EU project states the city's
// share in other words ("stadens del"), loaded beside the bundled seed.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-pointed-project');
const TIDEWAY = 'tjansteutlatande-tideway.txt';
const MINUTES = 'protokoll-ks-internationella-beredningen-2027-04.txt';

describe('a question that points at "EU-projektet" without naming it', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('asks back which project, though only one of them says "medfinansiering" and "EU" is capitalised', () => {
    const result = ask('Hur mycket medfinansierar staden i EU-projektet?');
    expect(result.clarify.map((c) => c.doc)).toEqual(expect.arrayContaining([TIDEWAY, MINUTES]));
    expect(result.answer).toContain('KS 2027/318');
    expect(result.answer).toContain('KS 2027/205');
  });

  it('reads "the EU project" in English as the kind of project, and asks back which one', () => {
    const result = ask('How much does the city co-finance in the EU project?');
    expect(result.clarify.map((c) => c.doc)).toEqual(expect.arrayContaining([TIDEWAY, MINUTES]));
  });

  it('answers when the question names the project', () => {
    const result = ask('Hur mycket medfinansierar staden i TIDEWAY?');
    expect(result.clarify).toEqual([]);
    expect(result.citations[0]?.doc).toBe(TIDEWAY);
    expect(result.citations[0]?.quote).toContain('900 000 kronor');
  });

  it('answers the other project when the question names it', () => {
    const result = ask('Hur mycket medfinansierar staden i projektet BlueSchools?');
    expect(result.clarify).toEqual([]);
    expect(result.citations[0]?.doc).toBe(MINUTES);
    expect(result.citations[0]?.quote).toContain('3,4 miljoner kronor');
  });
});

// Two fictional trips: a PM on a delegation trip ("Kostnaden för resan …") and a tjänsteutlåtande on a study
// trip that writes only the compound ("Studieresan beräknas kosta …").
const TRIPS = path.resolve(import.meta.dirname, '../fixtures/answer-pointed-trip');
const TALLINN = 'pm-delegationsresa-tallinn.txt';
const BERGEN = 'tjansteutlatande-studieresa-bergen.txt';

describe('a question that points at "resan" without naming the trip', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(TRIPS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('reads "resan" as "resa", which a study trip ("studieresa") is too, and asks back which trip', () => {
    const result = ask('Hur mycket kostar resan?');
    expect(result.clarify.map((c) => c.doc)).toEqual(expect.arrayContaining([TALLINN, BERGEN]));
  });

  it('answers when the question names where the trip goes', () => {
    const result = ask('Hur mycket kostar resan till Tallinn?');
    expect(result.clarify).toEqual([]);
    expect(result.citations[0]?.doc).toBe(TALLINN);
    expect(result.citations[0]?.quote).toContain('95 000 kronor');
  });
});

// Two fictional referrals, one stating that its time "går ut", the other when replies must be in; and two
// fictional agreements, one that "löper ut", the other valid "till och med" a date.
const REFERRALS = path.resolve(import.meta.dirname, '../fixtures/answer-pointed-referral');
const TWINNING = 'remiss-riktlinjer-vanorter.txt';
const EVENTS = 'remiss-strategi-evenemang.txt';
const AGREEMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-pointed-agreement');
const TURKU = 'utlatande-samarbetsavtal-turku.txt';

describe('"går ut" and "löper ut" only ask when something ends', () => {
  it('asks back which referral, though only one of them writes "går ut"', async () => {
    const kb = await knowledgeWith(REFERRALS);
    const result = kb.snapshot.engine.answer('När går remisstiden ut?');
    expect(result.clarify.map((c) => c.doc)).toEqual(expect.arrayContaining([TWINNING, EVENTS]));
  });

  it('answers from the agreement the question names, though another one writes "löper ut"', async () => {
    const kb = await knowledgeWith(AGREEMENTS);
    const result = kb.snapshot.engine.answer('När löper avtalet med Åbo ut?');
    expect(result.clarify).toEqual([]);
    expect(result.citations[0]?.doc).toBe(TURKU);
    expect(result.citations[0]?.quote).toContain('30 juni 2030');
  });
});

// Two fictional agreements, each titled as one and signed, and a trip report that tells of an agreement
// signed during the visit; the bundled seed mentions agreements and is signed too, under a title that names none.
const SIGNED = path.resolve(import.meta.dirname, '../fixtures/answer-pointed-signed');
const RIGA = 'samarbetsavtal-riga.txt';
const VILNIUS = 'avtal-ungdomsutbyte-vilnius.txt';

describe('"Who signed the agreement?" without naming it', () => {
  it('asks back among the signed papers titled as agreements, not every signed paper that mentions one', async () => {
    const kb = await knowledgeWith(SIGNED);
    for (const question of ['Vem har undertecknat avtalet?', 'Who signed the agreement?']) {
      const result = kb.snapshot.engine.answer(question);
      expect(result.clarify.map((c) => c.doc).sort(), question).toEqual([VILNIUS, RIGA].sort());
    }
  });

  it("names both parties' signatories, a partner city's mayor too", async () => {
    const kb = await knowledgeWith(SIGNED);
    const result = kb.snapshot.engine.answer('Vem har undertecknat samarbetsavtalet med Riga?');
    expect(result.citations[0]?.doc).toBe(RIGA);
    expect(result.answer).toContain('Helena Fors');
    expect(result.answer).toContain('Jānis Ozols');
  });
});

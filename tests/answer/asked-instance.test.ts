import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional documents: a PM on a delegation's visit, an English network page and a plan's budget line.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-asked-instance');

describe('what a question asks for, and what a sentence gives', () => {
  let kb: Awaited<ReturnType<typeof knowledgeWith>>;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (q: string) => kb.snapshot.engine.answer(q);

  it('a which-question about a hotel wants its name: a sentence that only says "hotell" does not answer', () => {
    expect(ask('Vilket hotell bor delegationen från Coimbra på?').abstained).toBe(true);
  });

  it('a sentence that names its own year is about that year, whatever year the document is dated', () => {
    expect(ask('Hur mycket avsätter nämnden för motbesöket i Coimbra 2027?').abstained).toBe(true);
    expect(ask('Hur mycket avsätter nämnden för motbesöket i Coimbra 2029?').citations[0]?.quote).toBe(
      'Nämnden avsätter 300 000 kronor för ett motbesök i Coimbra 2029.',
    );
  });

  it('a year a sentence only compares with is not the year it is about', () => {
    expect(ask('Hur mycket minskas anslaget för delegationsbesök 2027?').citations[0]?.quote).toBe(
      'Anslaget för delegationsbesök minskas med 200 000 kronor jämfört med 2026.',
    );
  });

  it('a year after "jämfört med nivån år" or "en ökning mot" is compared with, not asked about', () => {
    expect(ask('Hur mycket sänks bidraget till vänortsföreningen 2027?').citations[0]?.quote).toBe(
      'Nämndens bidrag till vänortsföreningen sänks med 20 procent jämfört med nivån år 2026.',
    );
    expect(ask('Hur många delegationer tog förvaltningen emot 2025?').citations[0]?.quote).toBe(
      'Under 2025 tog förvaltningen emot 14 delegationer, vilket är en ökning mot 2024.',
    );
    expect(ask('Hur många delegationer tog förvaltningen emot 2024?').abstained).toBe(true);
  });

  it('a sum asked in a currency is not answered by a share', () => {
    expect(ask('How much is the fee to Hamnstadsnätverket in euros?').abstained).toBe(true);
    expect(ask('Hur mycket sänks avgiften till Hamnstadsnätverket?').citations[0]?.quote).toBe(
      'Avgiften till Hamnstadsnätverket sänks med 15 procent.',
    );
  });

  it("a programme's period is not the year a sentence is about when it names its own", () => {
    expect(ask('Hur mycket EU-bidrag fick förvaltningen 2026?').citations[0]?.quote).toBe(
      'Under 2026 fick förvaltningen 1,2 miljoner kronor i EU-bidrag inom programperioden 2021–2027.',
    );
    expect(ask('Hur mycket EU-bidrag fick förvaltningen 2023?').abstained).toBe(true);
  });

  it('"paid by the City of Gdynia" says who pays', () => {
    expect(ask('Who pays the travel costs for the forum?').citations[0]?.quote).toBe(
      'Travel costs for the forum are paid by the City of Gdynia.',
    );
  });

  it('a date written 14/05/2027 is a date', () => {
    expect(ask('What is the deadline for tenders for the shore power study?').citations[0]?.quote).toBe(
      'Tenders must be received no later than 14/05/2027.',
    );
  });
});

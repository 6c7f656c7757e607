import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional documents written for these tests, loaded beside the bundled seed: a committee's notice whose
// item is headed "Kulturutbyte med Narvik kommun 2031", a project's fact sheet with a row of Stockholm's
// budget and Bergen as lead partner, an administration's representation guidelines, and a news item that
// names Kalmar (so that Kalmar is a name the documents hold, only not in the notice), and a network's minutes
// of its annual meeting 2030 that say where and when the meeting of 2031 is held; a letter from Trondheim that
// names no hotel and a programme that names the hotel of a delegation from Aalborg; a news item that counts a
// summer school's pupils "från åtta städer" and names Vilnius among them.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-near-miss-entities');

describe('a statement about another place or body of the asked kind does not answer', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('declines the case officer of an exchange with Kalmar when the item is the exchange with Narvik', () => {
    expect(ask('Vem handlägger kulturnämndens ärende om kulturutbyte med Kalmar?').abstained).toBe(true);
  });

  it('still names the case officer of the exchange with Narvik', () => {
    const result = ask('Vem handlägger kulturnämndens ärende om kulturutbyte med Narvik?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('Oskar Lindqvist');
  });

  it("declines Bergen's EU funding when the table row states Stockholm's", () => {
    expect(ask('How much EU funding does the City of Bergen get in GREENROOFS?').abstained).toBe(true);
  });

  it("still answers Stockholm's budget", () => {
    const result = ask("What is Stockholm's budget in GREENROOFS?");
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('EUR 310,000');
  });

  it("declines another administration's limit when the guidelines are the environment administration's", () => {
    const result = ask(
      'Hur mycket får en lunch med utländska gäster kosta per person på trafikförvaltningen?',
    );
    expect(result.abstained).toBe(true);
  });

  it("still answers the environment administration's limit", () => {
    const result = ask(
      'Hur mycket får en lunch med utländska gäster kosta per person på miljöförvaltningen?',
    );
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('450 kronor');
  });

  it('declines the date of the meeting of another year than the minutes and the sentence name', () => {
    expect(ask('Vilket datum hålls BHTN:s årsmöte 2032?').abstained).toBe(true);
    expect(ask('When is the BHTN annual meeting 2032?').abstained).toBe(true);
  });

  it('still gives the date of the meeting of the year the sentence names', () => {
    const result = ask('When is the BHTN annual meeting 2031?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('12 March 2031');
  });

  it('declines the hotel of a delegation whose letter only says the City of Trondheim pays it', () => {
    expect(ask('Vilket hotell bor delegationen från Trondheim på?').abstained).toBe(true);
  });

  it('still names the hotel of the delegation from Aalborg', () => {
    const result = ask('Vilket hotell bor delegationen från Aalborg på?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('Hotel Sjöboden');
  });

  it('declines how many pupils come from Vilnius when the count is of pupils from eight cities', () => {
    expect(ask('Hur många elever från Vilnius kommer till sommarskolan?').abstained).toBe(true);
  });

  it('still counts the pupils of the summer school', () => {
    const result = ask('Hur många elever kommer till sommarskolan om klimat?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('40 elever');
  });
});

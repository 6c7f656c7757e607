import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional documents written for these tests, loaded beside the bundled seed: a page of the city's
// memberships with a section per network (NORDLINK and MCCU say since when and what it costs, "T30 Urban
// Water Forum" says neither), an overview of an administration's EU projects with a section per project
// (AQUAGRID names who leads it, "SkyRoute 2030" does not), and a network's annual report that calls it
// "nätverket" under its own headings and names a partner, SEACON, beside it; a progress report on a leadership
// programme that includes a study trip to Gent and says what the programme costs, and on a language course
// ("Kursen kostar …"); an opinion on a partnership whose fund may grant a sum for its first phase.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-near-miss-organisations');

describe('a statement about another organisation, network or project does not answer', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it("declines since when Stockholm is a member of T30 when only the other networks' sections say", () => {
    expect(ask('Since when is Stockholm a member of T30?').abstained).toBe(true);
    expect(ask('Sedan när är Stockholm medlem i T30?').abstained).toBe(true);
  });

  it('still says since when Stockholm is a member of MCCU', () => {
    const result = ask('Since when is Stockholm a member of MCCU?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('2003');
  });

  it("declines what the membership of T30 costs when only the other networks' fees are stated", () => {
    expect(ask('Hur mycket kostar medlemskapet i T30?').abstained).toBe(true);
    expect(ask('What is the annual fee for T30?').abstained).toBe(true);
  });

  it('still gives the fee of NORDLINK', () => {
    const result = ask('How much is the membership fee for NORDLINK?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('EUR 12,000');
  });

  it('declines who leads SkyRoute 2030 when the leader named is AQUAGRID’s', () => {
    expect(ask('Vem leder projektet SkyRoute 2030?').abstained).toBe(true);
  });

  it('still names who leads AQUAGRID', () => {
    const result = ask('Vem leder projektet AQUAGRID?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('Karin Holm');
  });

  it('answers of a network its own report calls "nätverket", beside a partner it names', () => {
    const fee = ask('Hur mycket kostar medlemskapet i Nordic Bridge Cities?');
    expect(fee.abstained).toBe(false);
    expect(fee.citations[0]!.quote).toContain('4 000 euro');
    const pupils = ask('Hur många elever gick Nordic Bridge Cities sommarskola 2030?');
    expect(pupils.abstained).toBe(false);
    expect(pupils.citations[0]!.quote).toContain('36 elever');
  });

  it('declines what a study trip costs when only the programme it is part of has its cost stated', () => {
    expect(ask('Vad kostar chefernas studieresa till Gent?').abstained).toBe(true);
    expect(ask('How much does the study trip to Ghent cost?').abstained).toBe(true);
  });

  it('still gives what the programme costs, and a course its sentence calls "Kursen"', () => {
    const programme = ask('Vad kostar ledarprogrammet för chefer?');
    expect(programme.abstained).toBe(false);
    expect(programme.citations[0]!.quote).toContain('900 000 kronor');
    const course = ask('Vad kostar språkkursen i franska?');
    expect(course.abstained).toBe(false);
    expect(course.citations[0]!.quote).toContain('12 000 kronor');
  });

  it('declines the grant for another phase than the one the sentence opens with', () => {
    expect(
      ask('Hur mycket kan FKU bevilja för genomförandefasen av partnerskapet med Mwanza?').abstained,
    ).toBe(true);
  });

  it('still gives the grant for the phase the sentence names', () => {
    const result = ask('Hur mycket kan FKU bevilja för kartläggningsfasen av partnerskapet med Mwanza?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('180 000 kronor');
  });
});

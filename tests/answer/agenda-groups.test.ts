import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional agendas written for these tests: a committee's föredragningslista that groups its items under
// "Bordlagda ärenden", "Beslutsärenden", "Remissärenden", "Informationsärenden" and "Anmälningsärenden" (one
// item also states "Återremitterat …" on a line of its own), an English board's agenda with "Items for
// decision" and "Items for information", and a council's agenda with "BORDLAGDA INTERPELLATIONER" before
// "INTERPELLATIONER" (read on its own, in the second block).
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-agenda-groups');
const SV = 'fiktiv-foredragningslista-miljonamnden.txt';
const EN = 'fiktiv-agenda-harbour-board-en.txt';
const KF = 'fiktiv-kf-foredragningslista.txt';

describe('items an agenda groups under a heading that says what they are', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS, (name) => name !== KF);
  });

  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('lists the tabled items by their titles, not their case numbers', () => {
    for (const question of ['Vilka ärenden är bordlagda?', 'Which items are tabled?']) {
      const result = ask(question);
      expect(result.abstained, question).toBe(false);
      expect(result.answer, question).toContain(
        'Svar på remiss från kulturnämnden om program för kulturutbyte',
      );
      expect(result.answer, question).toContain('Yttrande över motion om gröna innergårdar i ytterstaden');
      expect(result.answer, question).not.toMatch(/Dnr|Bidrag till föreningen|folkhälsoprogram/);
      expect(result.citations[0]!.doc).toBe(SV);
      expect(result.citations[0]!.quote).toBe('Bordlagda ärenden');
    }
  });

  it('is no question for a value: how many times an item may be tabled is answered by the rule', () => {
    const result = ask('Hur många gånger får ett ärende bordläggas?');
    expect(result.clarify).toEqual([]);
    expect(result.citations[0]?.quote).toBe(
      'Ett ärende får bordläggas högst två gånger, därefter avgörs det vid nästa sammanträde.',
    );
  });

  it('lists the referral items and only them', () => {
    for (const question of ['Vilka remissärenden behandlas?', 'Vilka remissärenden finns på dagordningen?']) {
      const result = ask(question);
      expect(result.abstained, question).toBe(false);
      expect(result.answer, question).toContain('folkhälsoprogram för Stockholms stad');
      expect(result.answer, question).toContain('riktlinjer för tobakstillsyn på uteserveringar');
      expect(result.answer, question).not.toMatch(/kulturutbyte|Ren Mälarstrand/);
    }
  });

  it('reads a group heading that is a line of its own as the group of the items after it', () => {
    const result = ask('Vilka anmälningsärenden finns?');
    expect(result.answer).toContain('Anmälan av delegationsbeslut');
    expect(result.answer).not.toMatch(/luftkvaliteten/);
  });

  it('lists the items of an English agenda’s group', () => {
    const decision = ask('Which items are up for decision at the harbour board?');
    expect(decision.answer).toContain('Mooring fees for leisure boats');
    expect(decision.answer).toContain('Lease of the ferry terminal kiosk');
    expect(decision.answer).not.toMatch(/ice-breaking/);
    expect(decision.citations[0]!.doc).toBe(EN);
    const information = ask('Which items are for information at the harbour board?');
    expect(information.answer).toContain('winter ice-breaking');
    expect(information.answer).toContain('Slussen waterfront promenade');
    expect(information.answer).not.toMatch(/Mooring/);
  });

  it('asks back which tabled item is meant, offering only the tabled ones', () => {
    const result = ask('Vem är handläggare för det bordlagda ärendet?');
    expect(result.clarify.map((o) => o.dnr).sort()).toEqual(['2027-118-307', '2027-152-307']);
  });

  it('answers about one tabled item when the question names it', () => {
    const result = ask('Vem är handläggare för det bordlagda ärendet om gröna innergårdar?');
    expect(result.clarify).toEqual([]);
    expect(result.answer).toContain('Oskar Berglund');
  });

  it('reads an item’s own line of standing ("Återremitterat …") as its group', () => {
    for (const question of [
      'Vilka ärenden har återremitterats?',
      'Vilket ärende har återremitterats?',
      'Which item was sent back?',
    ]) {
      const result = ask(question);
      expect(result.answer, question).toContain('Taxa för tillsyn enligt livsmedelslagen 2028');
      expect(result.answer, question).not.toMatch(/kulturutbyte/);
      expect(result.citations[0]?.quote, question).toBe('Återremitterat 16 mars 2027');
    }
  });
});

describe('a group heading that names both the standing and the kind of paper', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS, (name) => name === KF);
  });

  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('lists the tabled interpellations, not the new one', () => {
    for (const question of ['Vilka interpellationer är bordlagda?', 'Which interpellations are tabled?']) {
      const result = ask(question);
      expect(result.abstained, question).toBe(false);
      expect(result.answer, question).toContain('öppettider på stadens bibliotek');
      expect(result.answer, question).toContain('snöröjning av cykelbanor');
      expect(result.answer, question).not.toMatch(/läxhjälp|parkering/);
      expect(result.citations[0]!.quote, question).toBe('BORDLAGDA INTERPELLATIONER');
    }
  });

  it('lists the items for decision under a heading in capitals', () => {
    const result = ask('Vilka beslutsärenden har kommunfullmäktige?');
    expect(result.answer).toContain('Ändrad taxa för parkering vid stadens badplatser');
    expect(result.answer).toContain('digital tillgänglighet');
    expect(result.answer).not.toMatch(/Interpellation/);
  });
});

describe('items of one kind on the agendas of several meetings', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  it('asks back which of them is meant, offering the items of that kind of each meeting', () => {
    const result = kb.snapshot.engine.answer('Vilka ärenden är bordlagda?');
    expect(result.clarify.map((o) => o.doc).sort()).toEqual([
      'fiktiv-foredragningslista-miljonamnden.txt',
      'fiktiv-foredragningslista-miljonamnden.txt',
      KF,
      KF,
    ]);
  });
});

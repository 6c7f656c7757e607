import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { askedYears, otherYear, yearsIn } from '../../src/answer/years.js';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional documents in three more layouts of the city's texts: a section of the annual report's
// administration report (short headed paragraphs of figures), a web page about a council body (breadcrumbs,
// a list under "Samrådsgruppen behandlar:", "Senast uppdaterad"), and a PM of the borgarrådsberedning
// answering a ministry's referral (a lead-in to the proposal, "Beredning", the councillor's views).
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-layouts');
const REPORT = 'fiktiv-arsredovisning-internationellt.txt';
const PAGE = 'fiktiv-webbsida-samradsgrupp.txt';
const PM = 'fiktiv-pm-borgarradsberedning.txt';

describe('answers from other layouts of the city’s texts', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  const ask = (question: string) => kb.snapshot.engine.answer(question);
  const expectQuote = (question: string, doc: string, phrase: RegExp) => {
    const result = ask(question);
    expect(result.abstained, result.answer).toBe(false);
    expect(result.clarify).toEqual([]);
    expect(result.citations[0]!.doc).toBe(doc);
    expect(result.citations[0]!.quote).toMatch(phrase);
  };

  it('answers a figure of the year the report is about, and declines another year', () => {
    expectQuote('How much EU funding did the city receive in 2025?', REPORT, /61 miljoner kronor/);
    expect(ask('How much EU funding did the city receive in 2024?').abstained).toBe(true);
  });

  it('answers "how long" with the end of the period', () => {
    expectQuote('Hur länge gäller avtalet med Kapstaden?', REPORT, /till och med 2028/);
  });

  it('answers "when" with a time stated against an event', () => {
    expectQuote(
      'När publiceras minnesanteckningarna från samrådsgruppens möten?',
      PAGE,
      /inom tre veckor efter mötet/,
    );
  });

  it('answers who leads a body and declines a chair the page does not name', () => {
    expectQuote('Vem leder Nordiska samrådsgruppen?', PAGE, /leds av det borgarråd/);
    expect(ask('Vem är ordförande i Nordiska rådet?').abstained).toBe(true);
  });

  it('quotes a lead-in to a proposal together with the proposal it announces', () => {
    const result = ask('Vad föreslår borgarrådsberedningen om remissen om kritisk infrastruktur?');
    expect(result.citations[0]!.doc).toBe(PM);
    expect(result.citations[0]!.quote).toMatch(/beslutar följande\. Som svar på remissen/);
  });

  it('answers who a case was referred to, and which ministry sent the referral', () => {
    expectQuote(
      'Vilka har ärendet om kritisk infrastruktur remitterats till?',
      PM,
      /säkerhetsnämnden och Stockholm Vatten och Avfall AB/,
    );
    const sender = ask('Which ministry sent the referral on critical infrastructure?');
    expect(sender.abstained).toBe(false);
    expect(sender.answer).toMatch(/Försvarsdepartementet/);
  });
});

describe('two districts’ replies to the same referral', () => {
  // Two fictional tjänsteutlåtanden from stadsdelsförvaltningar answering one referral, each with its
  // letterhead (administration, department), dnr, page, date, case officer, recipient and signatures.
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS, (n) => n.includes('lekplatser'));
  });

  it('reads the case title below the letterhead, not the department’s name', () => {
    const titles = kb.snapshot.documents.flatMap((d) => d.cases.map((c) => c.title?.value));
    expect(titles.filter((t) => t?.startsWith('Program för lekplatser'))).toHaveLength(2);
    expect(titles).not.toContain('Park- och stadsmiljöavdelningen');
  });

  it('asks back which reply a case-officer question means, naming both', () => {
    const result = kb.snapshot.engine.answer('Vem är handläggare för remissvaret om lekplatsprogrammet?');
    expect(result.clarify.map((c) => c.dnr).sort()).toEqual(['FA 2027/214', 'KU 2027/0098']);
  });

  it('answers about the reply the question names', () => {
    const result = kb.snapshot.engine.answer(
      'Hur många inspektioner per år föreslår Farsta stadsdelsförvaltning för de mest besökta lekplatserna?',
    );
    expect(result.citations[0]!.doc).toBe('fiktiv-tu-farsta-lekplatser.txt');
    expect(result.citations[0]!.quote).toMatch(/fyra inspektioner per år/);
  });
});

describe('years in questions and texts', () => {
  it('reads years and periods, not case or decision numbers', () => {
    expect([...yearsIn('Programmet 2027–2029 (KS 2026/388, KF 2019:08, dnr 1.5.1-067-2027)')]).toEqual([
      2027, 2028, 2029,
    ]);
  });

  it('does not take a year that names a document as the year asked about', () => {
    expect([...askedYears('Hur mycket fick staden under 2026?', [])]).toEqual([2026]);
    expect([...askedYears('När slutar 2011 års riktlinjer att gälla?', [])]).toEqual([]);
    const question = 'What was the lunch limit according to the guidelines from 2019?';
    expect([...askedYears(question, [[31, question.length]])]).toEqual([]);
  });

  it('does not take the period in a programme’s name as the years asked about, but a period after a preposition', () => {
    expect([...askedYears('Vad saknades i förslaget till internationellt program 2028–2031?', [])]).toEqual(
      [],
    );
    expect([...askedYears('What does the action plan 2027–2030 say about ports?', [])]).toEqual([]);
    expect([...askedYears('Hur mycket fick staden under 2026–2027?', [])]).toEqual([2026, 2027]);
  });

  it('flags a text about other years only', () => {
    expect(otherYear(new Set([2026]), new Set([2025]))).toBe(1);
    expect(otherYear(new Set([2026]), new Set([2025, 2026]))).toBe(0);
    expect(otherYear(new Set([2026]), new Set())).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import type { AnswerResult, Citation, ClarifyOption } from '../../src/answer/types.js';
import { judge, looseCaseKey } from '../../src/eval/judge.js';
import { parseQuestions } from '../../src/eval/questions.js';

function citation(doc: string, quote: string): Citation {
  return {
    doc,
    title: 'Utlåtande 2026:87',
    dnr: 'KS 2026/412',
    section: null,
    quote,
    score: 1,
    passageId: `${doc}#p1`,
    replacedBy: null,
    confidential: false,
  };
}

function result(partial: Partial<AnswerResult>): AnswerResult {
  return {
    question: 'q',
    lang: 'sv',
    intent: 'who',
    abstained: false,
    confidential: false,
    answer: '',
    citations: [],
    clarify: [],
    cases: [],
    ...partial,
  } as AnswerResult;
}

const option = (title: string, dnr: string | null, date: string | null = null): ClarifyOption => ({
  doc: 'bank/x.txt',
  case: 'bank/x.txt#case:0',
  title,
  dnr,
  date,
});

const [answerQ, declineQ, clarifyQ] = parseQuestions(
  [
    '{"id": "a1", "lang": "sv", "q": "Vilka har ärendet remitterats till?", "kind": "answer", "doc": "a1-utlatande.txt", "expect_any": ["Stadsdelsnämnden i  Skärholmen"]}',
    '{"id": "d1", "lang": "en", "q": "What is the fee?", "kind": "decline", "abstain": true}',
    '{"id": "c1", "lang": "sv", "q": "När ska remissvaret vara inne?", "kind": "clarify", "candidates": [["KS 2026/588", "2026-17542"], ["KS 2026/731", "1.5.1-512-2026"], ["Tjernihiv"]]}',
  ].join('\n'),
);

describe('judging an answer question', () => {
  it('is right when the top citation is its document (by file name) and quotes a phrase, in any case and spacing', () => {
    const r = result({
      answer: 'Ärendet har remitterats till flera nämnder.',
      citations: [citation('bank/a1-utlatande.txt', 'Remiss till STADSDELSNÄMNDEN i Skärholmen.')],
    });
    expect(judge(answerQ!, r)).toEqual({ hit: true, outcome: 'right' });
  });

  it('is a wrong document when another document is cited first, even if the phrase is there', () => {
    const r = result({
      answer: 'Stadsdelsnämnden i Skärholmen',
      citations: [
        citation('b5-remiss-aldre.txt', 'Stadsdelsnämnden i Skärholmen'),
        citation('a1-utlatande.txt', 'Stadsdelsnämnden i Skärholmen'),
      ],
    });
    expect(judge(answerQ!, r)).toEqual({ hit: false, outcome: 'wrong_document' });
  });

  it('is a wrong sentence when the right document is cited without the phrase (only the top quote counts)', () => {
    const r = result({
      answer: 'Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande.',
      citations: [
        citation('a1-utlatande.txt', 'Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande.'),
        citation('a1-utlatande.txt', 'Stadsdelsnämnden i Skärholmen'),
      ],
    });
    expect(judge(answerQ!, r).outcome).toBe('wrong_sentence');
  });

  it('names a decline and an ask-back on an answerable question', () => {
    expect(judge(answerQ!, result({ abstained: true, answer: 'Jag hittar inget svar.' })).outcome).toBe(
      'declined_answerable',
    );
    const asked = result({ answer: 'Vilket ärende?', clarify: [option('a', 'KS 2026/412')] });
    expect(judge(answerQ!, asked).outcome).toBe('asked_back_should_answer');
  });

  it('needs no document for a dev question (the phrase rule alone)', () => {
    const [dev] = parseQuestions('{"id": "d01", "q": "Who?", "expect_any": ["bolagsstyrelser ansvarar"]}');
    expect(dev).toMatchObject({ kind: 'answer' });
    const r = result({
      answer: 'x',
      citations: [citation('elsewhere/000.txt', 'Bolagsstyrelser  ansvarar för')],
    });
    expect(judge(dev!, r).hit).toBe(true);
  });
});

describe('judging a decline question', () => {
  it('is right only when it declines without asking back', () => {
    expect(judge(declineQ!, result({ abstained: true })).outcome).toBe('right');
    expect(judge(declineQ!, result({ citations: [citation('a.txt', 'x')] })).outcome).toBe(
      'answered_should_decline',
    );
    expect(judge(declineQ!, result({ abstained: true, clarify: [option('a', null)] })).outcome).toBe(
      'asked_back_should_decline',
    );
  });
});

describe('judging a clarify question', () => {
  it('is right when the reply names two candidates, with case numbers compared loosely', () => {
    const r = result({
      abstained: true,
      answer: 'Vilket ärende menar du? Strategi för en tystare stad (Dnr 2026-17542) eller det andra?',
      clarify: [option('Program för ett äldrevänligt Stockholm', 'KS 2026/0731')],
    });
    expect(judge(clarifyQ!, r)).toEqual({ hit: true, outcome: 'right', named: 2 });
  });

  it('counts a title phrase in a clarify entry, and needs two candidates', () => {
    const one = result({ answer: 'Vilket ärende?', clarify: [option('Skrivelse om Tjernihiv', null)] });
    expect(judge(clarifyQ!, one)).toEqual({ hit: false, outcome: 'clarify_named_too_few', named: 1 });
    const answered = result({ answer: 'Senast 2027-01-15.', citations: [citation('a3.txt', 'x')] });
    expect(judge(clarifyQ!, answered).outcome).toBe('should_ask_back');
  });

  it('keys case numbers without spaces, organisation prefixes or leading zeros in the serial', () => {
    expect(looseCaseKey('KS 2026/0412')).toBe(looseCaseKey('2026/412'));
    expect(looseCaseKey('UD2027/01876')).toBe('2027/1876');
    expect(looseCaseKey('AMN 2027-0044')).toBe('2027-44');
    expect(looseCaseKey('KS-2027/87')).toBe(looseCaseKey('KS 2027/87'));
    expect(looseCaseKey('2026/412')).not.toBe(looseCaseKey('2026/4120'));
  });
});

import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cueStrength } from '../../src/answer/cues.js';
import { recognizeIntent } from '../../src/answer/intent.js';
import { expandContractions } from '../../src/answer/language.js';
import { outsideSpans, sourceSpans } from '../../src/answer/source-phrase.js';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional PM in the layout of a city office's memo (letterhead, "PM", dnr, page, date, case officer,
// title, short headed sections), which has ceased to apply by the clock's date and states its rules as
// lengths of time ("senast sex veckor före utresan", "inom en månad efter hemkomsten").
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-time');
const DOC = 'fiktiv-pm-personalutbyte.txt';

describe('questions about a length of time, and questions that name their source', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('answers "how far in advance" with the sentence that states the length of time', () => {
    const result = ask('Hur långt i förväg skulle man ansöka om personalutbytet enligt 2022 års PM?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.doc).toBe(DOC);
    expect(result.citations[0]!.quote).toMatch(/senast sex veckor före utresan/);
  });

  it('answers "within what time" in English, contractions and all', () => {
    const result = ask(
      "We're back from the staff exchange. Within what time did the written report have to be submitted?",
    );
    expect(result.lang).toBe('en');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.doc).toBe(DOC);
    expect(result.citations[0]!.quote).toMatch(/inom en månad efter hemkomsten/);
  });

  it('declines a length of time the memo does not state', () => {
    const result = ask('Hur långt i förväg måste man boka vaccinationer inför personalutbytet?');
    expect(result.abstained).toBe(true);
  });
});

describe('reading the question', () => {
  it('recognises questions about a length of time', () => {
    expect(recognizeIntent('Inom vilken tid ska redovisningen lämnas?')).toBe('how_long');
    expect(recognizeIntent('How early do we need to notify the office?')).toBe('how_long');
    expect(recognizeIntent('Hur långt i förväg ska ansökan lämnas?')).toBe('how_long');
    // A question about since when, or about a reply deadline, keeps its own type.
    expect(recognizeIntent('Hur länge har staden varit medlem?')).toBe('since_when');
    expect(recognizeIntent('How long do we have to reply to the referral?')).toBe('deadline');
  });

  it('asks for a date, not for the signatories, when a question asks when something was signed', () => {
    expect(recognizeIntent('When was the memorandum signed?')).toBe('when');
    expect(recognizeIntent('När undertecknades avtalet?')).toBe('when');
    expect(recognizeIntent('Who signed the memorandum?')).toBe('signatories');
  });

  it('answers since when with a full date ("sedan 1 september 2019")', () => {
    expect(
      cueStrength('since_when', 'Staden har sedan 1 september 2019 en egen representation i Bryssel.'),
    ).toBe(1);
    expect(cueStrength('since_when', 'The city has been a member since March 2015.')).toBe(1);
    expect(cueStrength('since_when', 'Staden har en egen representation i Bryssel.')).toBe(0);
  });

  it('writes out English contractions but keeps possessives', () => {
    expect(expandContractions("We're planning; what's the city's fee? It isn't set.", 'en')).toBe(
      "We are planning; what is the city's fee? It is not set.",
    );
    expect(expandContractions('Vad är stadens avgift?', 'sv')).toBe('Vad är stadens avgift?');
  });

  it('writes out chat abbreviations of words the documents spell out', () => {
    expect(expandContractions('how many ppl go to the intl mtg, approx.?', 'en')).toBe(
      'how many people go to the international meeting, approximately?',
    );
  });

  it('finds the phrase that names the source, up to the end of its clause', () => {
    const question = 'Under the proposed twinning rules, who decides to end an agreement?';
    const [span] = sourceSpans(question);
    expect(question.slice(...span!)).toBe('Under the proposed twinning rules');
    const swedish = 'Vem beslutade om representation enligt riktlinjerna från 2019?';
    expect(swedish.slice(...sourceSpans(swedish)[0]!)).toBe('enligt riktlinjerna från 2019');
    expect(sourceSpans('Vem ansvarar för EU-bevakningen?')).toEqual([]);
  });

  it('reads the question type outside the phrase that names the source', () => {
    const question = 'Under the proposed twinning rules, who decides to end an agreement?';
    const rest = outsideSpans(question, sourceSpans(question));
    expect(rest).toBe('who decides to end an agreement?');
    expect(recognizeIntent(question)).not.toBe(recognizeIntent(rest));
    expect(recognizeIntent(rest)).toBe('who');
    const plain = 'Vem ansvarar för EU-bevakningen?';
    expect(outsideSpans(plain, sourceSpans(plain))).toBe(plain);
  });
});

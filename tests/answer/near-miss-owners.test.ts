import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional district committee's minutes, loaded beside the bundled seed: the committee co-finances its part
// of a network's budget ("nätverkets budget"), and the sports committee is named as taking part in the network;
// a newsletter that says how many places a language course offers this year ("I år erbjuds …"); a project's
// fact sheet with its total budget and Stockholm's, which names Aarhus as a partner; and apart from them, a
// delegation decision whose only sum is the administration's own budget for a project ("Summa förvaltningens
// budget").
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-near-miss-owners');
const SHARES = path.resolve(import.meta.dirname, '../fixtures/answer-near-miss-shares');

describe("a sentence that writes the asked thing as another owner's does not answer", () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it("declines the sports committee's budget when the sentence states the network's", () => {
    expect(ask("How much is the sports committee's budget for Green Courtyards?").abstained).toBe(true);
  });

  it("still answers what the committee puts into the network's budget", () => {
    const result = ask('Hur mycket medfinansierar nämnden av nätverkets budget för Green Courtyards?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('90 000 kronor');
  });
});

describe("a whole is not one owner's part, nor another owner's part the asked one's", () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it("declines Aarhus's budget when the fact sheet states the total budget", () => {
    expect(ask("What is Aarhus's budget in MOSSWALLS?").abstained).toBe(true);
  });

  it("declines Aarhus's budget when the row states the City of Stockholm's", () => {
    expect(ask("How big is Aarhus's budget in MOSSWALLS?").abstained).toBe(true);
  });

  it('still answers the total budget', () => {
    const result = ask('What is the total budget of MOSSWALLS?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('3.1 million');
  });
});

describe("one owner's part is not the whole", () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(SHARES);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it("declines the total for all partners when the decision states the administration's own budget", () => {
    expect(ask('What is the total budget of the Ljudbro project for all partners?').abstained).toBe(true);
  });

  it("still answers the administration's budget", () => {
    const result = ask('Hur stor är idrottsförvaltningens budget i projektet Ljudbro?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('640 000');
  });
});

describe('a sentence about this year does not say what last year was', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it("declines last year's places when the newsletter states this year's", () => {
    expect(ask('Hur många platser erbjöds på språkkursen i finska för tränare förra året?').abstained).toBe(
      true,
    );
  });

  it("still answers this year's places", () => {
    const result = ask('Hur många platser erbjuds på språkkursen i finska för tränare i år?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('fjorton platser');
  });
});

describe('relativeYearsIn', () => {
  it('reads years named from now', async () => {
    const { relativeYearsIn } = await import('../../src/answer/years.js');
    expect([...relativeYearsIn('Hur många kom förra året?')]).toEqual([-1]);
    expect([...relativeYearsIn('I år delas tio ut.')]).toEqual([0]);
    expect([...relativeYearsIn('How many next year?')]).toEqual([1]);
    expect(relativeYearsIn('under åren 2030–2032').size).toBe(0);
  });
});

describe('possessivesIn', () => {
  it('reads Swedish and English possessives before a noun', async () => {
    const { possessivesIn, isHomeOwner } = await import('../../src/answer/entities.js');
    expect(possessivesIn('Vad säger Uppsalas resepolicy?')).toEqual([
      { owner: 'Uppsala', thing: 'resepolicy' },
    ]);
    expect(possessivesIn("the harbour committee's budget and the network's plan")).toEqual([
      { owner: 'committee', thing: 'budget' },
      { owner: 'network', thing: 'plan' },
    ]);
    expect(possessivesIn('nätverkets budget, BHTN:s årsmöte')).toEqual([
      { owner: 'nätverket', thing: 'budget' },
      { owner: 'BHTN', thing: 'årsmöte' },
    ]);
    expect(isHomeOwner('staden')).toBe(true);
    expect(isHomeOwner('Uppsala')).toBe(false);
  });
});

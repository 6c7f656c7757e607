import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional district committee's minutes, loaded beside the bundled seed: the committee co-finances its part
// of a network's budget ("nätverkets budget"), and the sports committee is named as taking part in the network.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-near-miss-owners');

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

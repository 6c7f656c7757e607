import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional minutes written for this test, loaded beside the seed: a committee decides to join a network (§ 4),
// while the item on a trip to a conference is withdrawn (§ 5 "Ärendet utgår") and nothing is decided on it yet.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-decline-undecided');

describe('what was decided is answered only by a sentence that states a decision', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('declines what was decided on a withdrawn item', () => {
    for (const question of [
      'Vad beslutade miljönämnden om resan till Blue Ports Forum i Gdynia?',
      'What did the environment committee decide about the trip to Blue Ports Forum in Gdynia?',
    ])
      expect(ask(question).abstained).toBe(true);
  });

  it('still says what was decided on the network', () => {
    for (const question of [
      'Vad beslutade miljönämnden om nätverket Clean Harbours Europe?',
      'What did the environment committee decide about the network Clean Harbours Europe?',
    ]) {
      const result = ask(question);
      expect(result.abstained).toBe(false);
      expect(result.citations[0]?.quote).toContain('Miljönämnden godkänner');
    }
  });
});

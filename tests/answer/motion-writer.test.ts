import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional utlåtande on a motion: who proposed the matter is the motion's writer, whose motion "har väckts",
// not a committee whose view on it is quoted.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-motion-writer');

describe('who proposed what a motion asks for', () => {
  it('answers with the sentence that says who raised the motion', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const answer = kb.snapshot.engine.answer('Vem föreslog att vänortsfontänen ska återställas?');
    expect(answer.citations[0]?.quote).toMatch(/^Nora Ekberg \(KD\) har väckt en motion/);
  });

  it('answers what someone proposed from the sentence that says he has proposed it ("har … föreslagit")', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const answer = kb.snapshot.engine.answer('Vad föreslog Ola Berg i sin skrivelse?');
    expect(answer.citations[0]?.quote).toMatch(/^Förre kulturborgarrådet Ola Berg \(S\) har i en skrivelse/);
  });

  it('does not give the motion writer’s view as the board’s proposal ("Motionären anser att … ska …")', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const answer = kb.snapshot.engine.answer('Vad föreslår kommunstyrelsen om motionen om fontänen?');
    expect(answer.citations[0]?.quote).not.toMatch(/^Motionären anser/);
    expect(answer.answer).toMatch(/anses besvarad/);
  });
});

import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional reply to a motion (svar på motion) about a partnership, loaded beside the bundled seed: one
// sentence names a programme's period of years, another the day an application round closes.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-when-dates');
const REPLY = 'svar-pa-motion-windhoek.txt';

describe('when-questions answered by the day, not by a period in a name', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('answers "by what date … apply to …" with the day the round closes', () => {
    // "apply to" is also "gälla" in the glossary; the question means "ansöka", and the words "what date"
    // only say that a date is asked for.
    const result = ask(
      'By what date should the city apply to the Nordic water fund for the Windhoek partnership?',
    );
    expect(result.abstained).toBe(false);
    expect(result.citations[0]?.doc).toBe(REPLY);
    expect(result.citations[0]?.quote).toContain('14 oktober 2027');
  });

  it('answers the same in Swedish', () => {
    const result = ask('Vilket datum ska ansökan till Nordiska vattenfonden om Windhoek vara inlämnad?');
    expect(result.citations[0]?.doc).toBe(REPLY);
    expect(result.citations[0]?.quote).toContain('14 oktober 2027');
  });
});

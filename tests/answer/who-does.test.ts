import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional protokollsutdrag written for these tests, loaded beside the bundled seed: a study trip to
// Rotterdam with a delegation (but no one named to lead it), a representative named for a meeting, the one
// who signs a letter of intent, and who decides on elected officials' trips abroad.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-who-does');
const DOC = 'fiktiv-protokollsutdrag-studieresa-rotterdam.txt';

describe('a who-question asks who does something: the answer says that someone does it', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('declines who leads a delegation when the document names the delegation but no one leading it', () => {
    expect(ask('Vem leder delegationen till Rotterdam?').abstained).toBe(true);
  });

  it('answers who represents with the sentence that names the representative ("representant")', () => {
    const result = ask('Who will represent the committee at the meeting with the Rotterdam sports council?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.doc).toBe(DOC);
    expect(result.citations[0]!.quote).toContain('Karin Lund');
  });

  it('answers who approves with the sentence that says who decides ("beslutas av")', () => {
    const result = ask("Who approves elected officials' trips abroad?");
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('beslutas av nämndens presidium');
  });

  it('reads "skriva under" as signing ("undertecknas av")', () => {
    const result = ask('Vem ska skriva under avsiktsförklaringen med Rotterdam?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('Per Ekwall');
  });
});

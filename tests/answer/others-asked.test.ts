import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional interpellationssvar written for these tests, loaded beside the bundled seed: what the city's
// stand at a fair cost and what the city paid, with the county's other municipalities mentioned but no sum
// of theirs.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-others');
const DOC = 'fiktivt-interpellationssvar-expo-nord.txt';

describe('a value asked of others is not answered by the city’s own', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('declines what the other municipalities paid when only the city’s costs are stated', () => {
    expect(ask('Hur mycket betalade de andra kommunerna i länet för Expo Nord 2026?').abstained).toBe(true);
  });

  it('still answers what the city paid', () => {
    const result = ask('Hur mycket betalade staden för Expo Nord 2026?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.doc).toBe(DOC);
    expect(result.citations[0]!.quote).toMatch(/720 000 kronor|410 000 kronor/);
  });
});

import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional council protocol written for these tests, loaded beside the bundled seed: an election
// paragraph whose sentence announces the elected ("väljer följande ombud till …") in labelled lines below it.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-election');

describe('an election announced by its sentence is answered with the lines it announces', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('answers who was elected with the labelled line of the elected', () => {
    const result = ask("Who did the council elect as delegates to Nordic Harbour Forum's annual meeting?");
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('Elin Sjöberg');
  });
});

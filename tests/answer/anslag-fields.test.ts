import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional minutes whose anslag block sets its fields line under line, some with labels longer than
// most ("Datum då anslaget sätts upp: 2027-04-28", "Förvaringsplats för protokollet: …").
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-anslag-fields');
const MINUTES = 'protokoll-sdn-skarholmen-2027-04.txt';

describe("the anslag block's fields", () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  it('quotes the one field asked, not the whole block', () => {
    const result = kb.snapshot.engine.answer('När tas anslaget för Skärholmens protokoll ned?');
    expect(result.citations[0]?.doc).toBe(MINUTES);
    expect(result.answer).toContain('Datum då anslaget tas ned: 2027-05-20');
    expect(result.answer).not.toContain('Organ:');
  });
});

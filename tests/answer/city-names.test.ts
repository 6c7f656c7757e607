import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional skrivelse written for these tests, loaded beside the bundled seed: a Nordic drinking-water
// network whose secretariat a city offers to host, the city named first in its sentence ("Aalborg kommune
// har erbjudit sig …").
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-city-names');

describe('a which-city question answered by a sentence that opens with the city', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  it('reads "Aalborg kommune har …" as naming a city, though its first word is capitalised by grammar', () => {
    const result = kb.snapshot.engine.answer(
      'Vilken stad har erbjudit sig att hålla i sekretariatet för dricksvattensamarbetet?',
    );
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.doc).toBe('fiktiv-skrivelse-vattensamarbete.txt');
    expect(result.citations[0]!.quote).toContain('Aalborg kommune har erbjudit sig');
  });
});

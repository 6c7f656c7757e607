import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Two fictional district committees' meeting pages in the layout of a public agenda site: the district is named in the genitive before
// "stadsdelsnämnd", and a question may end with the district it asks of ("… på Söderbyn?").
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-district-place');

describe('a district asked of at the end of a question', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('is not answered from another district’s page', () => {
    expect(ask('Vilken tid är allmänhetens frågestund på Söderbyn?').abstained).toBe(true);
    expect(ask('Vilken tid är allmänhetens frågestund på Norrbyn?').citations[0]?.quote).toBe(
      'Frågestunden för allmänheten börjar kl. 18.00 i Stora salen.',
    );
  });

  it('reads no place into a word that opens a sentence before "stadsdelsnämnden"', () => {
    expect(ask('Hur stort underskott prognostiseras för Norrbyns stadsdelsnämnd?').citations[0]?.quote).toBe(
      'För stadsdelsnämnden totalt prognostiseras ett underskott om 2,1 miljoner kronor.',
    );
  });
});

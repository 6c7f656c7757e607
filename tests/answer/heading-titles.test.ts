import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional page of consultations, each a heading over its fields, beside a fictional tjänsteutlåtande
// on the city's networks for air quality: the page's item on an air-quality network is titled by its
// heading, which is no passage of its own.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-heading-titles');

describe('a case titled by a heading over its fields', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  it('fits a question as well as another case whose title line says the same, so both are offered', () => {
    const result = kb.snapshot.engine.answer('Vem är kontaktperson för nätverket för luftkvalitet?');
    expect(result.clarify.map((c) => c.dnr)).toEqual(expect.arrayContaining(['MF 2027/233', 'MF 2026/988']));
  });

  it('is answered when the question names it by its heading', () => {
    const result = kb.snapshot.engine.answer(
      'Vem är kontaktperson för samrådet om nätverket för luftkvalitet i Östersjöstäder?',
    );
    expect(result.clarify).toEqual([]);
    expect(result.answer).toContain('Kalle Nyberg');
  });
});

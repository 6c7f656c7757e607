import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Two fictional web pages of the city, each with the "Senast uppdaterad" line at its foot that the reader
// keeps aside from the page's content, loaded beside the bundled seed (which has no such line).
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-page-updated');
const SPORTS = 'idrott-internationellt-webbsida.txt';
const TWINS = 'vanorter-webbsida.txt';

describe('when a page was last updated', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('answers with the date the page named gives for itself, quoting its line', () => {
    const result = ask('När uppdaterades sidan om vänorter?');
    expect(result.answer).toMatch(/^Sidan uppdaterades senast .*20 januari 2027\.$/);
    expect(result.citations[0]).toMatchObject({ doc: TWINS, quote: 'Senast uppdaterad: 20 januari 2027' });
  });

  it('answers in English about the other page, whose title alone holds the words asked', () => {
    const result = ask('When was the page about international cooperation in sports last updated?');
    expect(result.citations[0]?.doc).toBe(SPORTS);
    expect(result.answer).toMatch(/^The page was last updated on .*2027\./);
  });

  it('asks back which page when the question names none', () => {
    expect(ask('När uppdaterades sidan?').clarify.map((c) => c.doc)).toEqual(
      expect.arrayContaining([SPORTS, TWINS]),
    );
  });

  it('declines for a document that gives no such date', () => {
    const result = ask('När uppdaterades riktlinjerna för det internationella arbetet?');
    expect(result.abstained).toBe(true);
  });
});

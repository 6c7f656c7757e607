import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional reglemente as a statute book prints it: the city in capitals with the series' name beside it
// on the letterhead's line ("STOCKHOLMS STAD      Författningssamling"), the case number under it, then
// the title, chapters and numbered paragraphs.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-letterhead');
const DOC = 'reglemente-idrottsradet.txt';

describe("a letterhead's line is no title", () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('takes the title under the letterhead, and the answer names the document by it', () => {
    const title = 'Reglemente för Stockholms stads råd för idrott och folkhälsa';
    expect(kb.snapshot.documents.find((d) => d.id === DOC)?.meta.title).toBe(title);
    const result = ask('Hur ofta sammanträder rådet för idrott och folkhälsa?');
    expect(result.citations[0]?.doc).toBe(DOC);
    expect(result.answer).toContain(`”${title}”`);
    expect(result.answer).not.toContain('Författningssamling');
  });
});

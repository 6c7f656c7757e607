import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional meeting page as a web page gives it: a skip link and a navigation line above its title, which
// the page's header and its heading both give.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-page-title');
const PAGE = 'kulturnamnden-2028-03-14.txt';

describe('a web page that gives its title twice under a navigation line', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  it('is titled by the line it gives twice, not by the navigation line above it', () => {
    const doc = kb.snapshot.documents.find((d) => d.id === PAGE)!;
    expect(doc.meta.title).toBe('Kulturnämndens sammanträde den 14 mars 2028');
  });

  it('answers an English question on a referendum a motion asks for', () => {
    const result = kb.snapshot.engine.answer('Who asked for a referendum on twin city agreements?');
    expect(result.citations[0]?.doc).toBe(PAGE);
    expect(result.citations[0]?.quote).toContain('I motion (2027:12) från Eva Lindkvist (V) hemställs');
  });
});

describe('a page that names its subject twice, the second time in capitals over an infobox', () => {
  it('is titled by the name, and an English line of the infobox is quoted to English without "(in Swedish)"', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const doc = kb.snapshot.documents.find((d) => d.id === 'natverk-nordic-ports.txt')!;
    expect(doc.meta.title).toBe('Harbourlink');
    const result = kb.snapshot.engine.answer('How many member cities does Harbourlink have?');
    expect(result.citations[0]?.quote).toBe('24 member cities');
    expect(result.answer).toMatch(/^According to “Harbourlink”: 24 member cities/);
  });
});

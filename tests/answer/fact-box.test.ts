import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional news article on the city's web site: its headline does not name the festival; the fact box
// (an <aside> inside the <article>) does, as "Fakta: Vänortsfestivalen 2027", with date, place and entry; a
// "Kontakt" block names whom to ask. A sidebar <aside> outside the article is the site's, not the article's.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-fact-box');
const NEWS = 'nyhet-vanortsfestival.html';

describe("a news article's fact box", () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it("keeps the article's own aside and drops the site's", () => {
    const texts = kb.snapshot.documents.find((d) => d.id === NEWS)!.passages.map((p) => p.text);
    expect(texts.some((t) => t.includes('Entré: fri'))).toBe(true);
    expect(texts.some((t) => t.includes('Prenumerera'))).toBe(false);
  });

  it('answers from the fact box', () => {
    const result = ask('Är det fri entré på Vänortsfestivalen?');
    expect(result.citations[0]?.doc).toBe(NEWS);
    expect(result.answer).toContain('Entré: fri');
  });

  it('takes the name in the fact box as what the page is about, as its title', () => {
    const result = ask('Vem är kontaktperson för Vänortsfestivalen?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]?.doc).toBe(NEWS);
    expect(result.answer).toContain('Nora Lindahl');
  });
});

import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional documents in layouts that text exports leave behind: an e-mail reply in plain text that quotes
// the messages before it with ">", ">>".
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-exported-layouts');
const MAIL = 'e-post-remiss-ostersjon.txt';

describe('layouts left by text exports', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);
  const doc = (id: string) => kb.snapshot.documents.find((d) => d.id === id)!;

  it("reads a reply's quoted messages without their quote marks, each quoted head as a message's head", () => {
    const texts = doc(MAIL).passages.map((p) => p.text);
    // An address's own brackets ("<li.remissvar@…>") are no quote marks.
    expect(texts.some((t) => /(?:^|\s)>/.test(t))).toBe(false);
    expect(texts).toContain('Från: Jonas Berg');
    expect(texts).toContain('Från: Landsbygdsdepartementet <li.remissvar@regeringskansliet.se>');
  });

  it('answers from a message quoted one or two levels down with its own sentence', () => {
    const ministry = ask(
      'Senast när ska remissvaren om Östersjöns fiskevatten ha kommit in till Landsbygdsdepartementet?',
    );
    expect(ministry.citations[0]?.doc).toBe(MAIL);
    expect(ministry.answer).toContain(
      'Remissvaren ska ha kommit in till Landsbygdsdepartementet senast den 14 juni 2027.',
    );
    const who = ask('Vem samordnar stadens svar på remissen om Östersjöns fiskevatten?');
    expect(who.citations[0]?.doc).toBe(MAIL);
    expect(who.citations[0]?.quote).toBe(
      'Internationella avdelningen samordnar stadens svar på remissen nedan.',
    );
  });
});

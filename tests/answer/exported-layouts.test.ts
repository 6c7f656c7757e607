import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional documents in layouts that text exports leave behind: an e-mail reply in plain text that quotes
// the messages before it with ">", ">>", and a Word document exported to text, its title in capitals over a
// dotted table of contents.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-exported-layouts');
const MAIL = 'e-post-remiss-ostersjon.txt';
const PLAN = 'handlingsplan-kulturutbyte-word.txt';

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

  it('titles a Word export by its kind and subject in capitals, not by its table of contents', () => {
    expect(doc(PLAN).meta.title).toBe('Handlingsplan för Stadens Kulturutbyte med Baltikum 2028');
    const result = ask('Hur följs handlingsplanen för kulturutbytet med Baltikum upp?');
    expect(result.citations[0]?.doc).toBe(PLAN);
    expect(result.answer).toContain('Enligt ”Handlingsplan för Stadens Kulturutbyte med Baltikum 2028”');
    expect(result.citations[0]?.quote).toBe('Kulturnämnden följer upp planen i verksamhetsberättelsen.');
  });
});

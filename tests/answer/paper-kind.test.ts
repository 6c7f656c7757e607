import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional report that answers a motion and a councillor's letter together, naming both with their writers.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-paper-kind');
const REPORT = 'utlatande-motion-och-skrivelse-tolkning.txt';

describe('the writer of the kind of paper a question asks about', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it("names the letter's writer, not the motion's, when a report answers both", () => {
    const english = ask('Who wrote the letter about interpretation?');
    expect(english.citations[0]?.doc).toBe(REPORT);
    expect(english.answer).toContain('The letter was written by Karl Ebbesen (KD).');
    expect(ask('Vem har skrivit skrivelsen om tolkning?').answer).toContain(
      'Skrivelsen är skriven av Karl Ebbesen (KD).',
    );
    expect(ask('Vem har skrivit motionen om tolkning?').answer).toContain(
      'Motionen är skriven av Hanna Berglöf och Yusuf Adan (båda C).',
    );
  });

  it('does not name a writer for a kind of paper the report does not name', () => {
    expect(ask('Vem har skrivit interpellationen om tolkning?').abstained).toBe(true);
  });

  it('keeps every paper with its writers on the case', () => {
    const c = kb.snapshot.documents.find((d) => d.id === REPORT)!.cases[0]!;
    expect(c.author?.value).toEqual({ names: 'Hanna Berglöf och Yusuf Adan (båda C)', kind: 'motion' });
    expect(c.papers.map((p) => p.value.kind)).toEqual(['motion', 'letter']);
  });
});

import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional § of the council's minutes with an interpellation and its debate: each speech numbered
// ("Anförande 2"), the speaker's name and party on the line under it ("Sofia Lind (MP):"), then the speech,
// which says "jag" and never names its speaker again.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-debate');
const DOC = 'kf-protokoll-2027-06-14-interpellation.txt';

describe("a debate's speeches, each under its speaker", () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('heads each speech with its number and speaker', () => {
    const sections = kb.snapshot.documents.find((d) => d.id === DOC)!.passages.map((p) => p.section);
    expect(sections).toContain('Anförande 2, Sofia Lind (MP)');
    expect(sections).toContain('Anförande 1, Borgarrådet Erik Sand (S)');
  });

  it("answers what one speaker proposed with that speaker's words, and says whose they are", () => {
    for (const [question, quote, speaker] of [
      [
        'Vad föreslog Sofia Lind (MP) i debatten om stadens stöd till vänortsbibliotek?',
        'Jag föreslår att två bibliotekarier',
        'anförande 2, där Sofia Lind (MP) säger:',
      ],
      [
        'Vad föreslog Karl Öhman (KD) i debatten om stadens stöd till vänortsbibliotek?',
        'Jag föreslår i stället att staden bjuder in',
        'anförande 3, där Karl Öhman (KD) säger:',
      ],
    ] as const) {
      const result = ask(question);
      expect(result.citations[0]?.doc, question).toBe(DOC);
      expect(result.citations[0]?.quote, question).toContain(quote);
      expect(result.answer, question).toContain(speaker);
    }
  });

  it("names the speaker of a fact from the borgarråd's answer", () => {
    const result = ask('How many children’s books is the City Library sending to Tartu?');
    expect(result.citations[0]?.quote).toContain('2 000 barnböcker');
    expect(result.answer).toContain('speech 1, where Borgarrådet Erik Sand (S) says');
  });

  it('names who put the interpellation, as the minutes retell it ("… hade lämnat in en interpellation")', () => {
    for (const [question, answer] of [
      [
        'Vem lämnade in interpellationen om vänortsbibliotek?',
        'Interpellationen är ställd av Sofia Lind (MP).',
      ],
      ['Who submitted interpellation 2027:15?', 'The interpellation was put by Sofia Lind (MP).'],
    ] as const) {
      const result = ask(question);
      expect(result.citations[0]?.doc, question).toBe(DOC);
      expect(result.answer, question).toContain(answer);
    }
  });
});

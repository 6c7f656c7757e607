import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional district council's meeting page, laid out as the city's meeting pages are: a breadcrumb
// trail, "Datum", "Klockan" and "Plats" each on a line of their own with the value on the next line, then
// the numbered items with their Dnr and Handläggare lines. Beside it a PM that also states a time of day.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-meeting-page');
const PAGE = 'spanga-tensta-sammantrade-2027-03-18.txt';

describe("a meeting's page: its place and time, set as labels over values", () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('reads a label over its value as one field, and leaves a label over another label alone', () => {
    const doc = kb.snapshot.documents.find((d) => d.id === PAGE)!;
    const texts = doc.passages.map((p) => p.text);
    expect(texts).toContain('Plats: Tensta träff, Tensta allé 12, Spånga');
    expect(texts).toContain('Klockan: 18:30');
    expect(texts).toContain('Datum');
  });

  it('answers where the meeting is held with the place line, which names neither the council nor the meeting', () => {
    // The page's title names both; the line under "Plats" repeats neither, so the case is read whole.
    for (const question of [
      'Var hålls Spånga-Tenstas sammanträde?',
      'Where is the Spånga-Tensta district council meeting held?',
    ]) {
      const result = ask(question);
      expect(result.abstained, question).toBe(false);
      expect(result.citations[0]?.doc, question).toBe(PAGE);
      expect(result.citations[0]?.quote, question).toContain('Tensta träff');
    }
  });

  it('answers when something begins with the time of day stated ("inleds kl 17.45")', () => {
    const result = ask('När börjar frågestunden?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]?.doc).toBe(PAGE);
    expect(result.citations[0]?.quote).toContain('kl 17.45');
  });
});

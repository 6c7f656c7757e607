import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional list of delegated decisions copied from a PDF's table: a header ruled off column by column
// with dashes, each decision's text wrapped over several lines in its own column, the header again on the
// second page, and a small summary table whose first column wraps onto an indented line.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-ruled-table');
const DOC = 'delegationsbeslut-idrott-2027.txt';

describe('a table copied from a PDF with its header ruled off by dashes', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);
  const passages = () => kb.snapshot.documents.find((d) => d.id === DOC)!.passages.map((p) => p.text);

  it('reads each decision as one row: its wrapped text, its number and who decided it together', () => {
    const rows = passages();
    expect(rows).toContain(
      '2 | 2027-03-09 | IDN 2027/0190 | Tjänsteresa till Köln 14–16 april 2027, mässan Sport Facilities Forum. ' +
        'Resenär: Karin Dahl. Kostnad 12 900 kr. | Jonas Alm, idrottsdirektör',
    );
    expect(rows).toContain('Jonas Alm, idrottsdirektör | 2');
    // The header repeated on the second page is no row of its own.
    expect(rows.filter((t) => t.startsWith('Nr | Datum'))).toHaveLength(1);
    expect(rows.some((t) => t.includes('----'))).toBe(false);
  });

  it('answers who decided, quoting the whole row with the decider in it', () => {
    for (const question of ['Vem beslutade om resan till Köln?', 'Who decided on the Köln trip?']) {
      const result = ask(question);
      expect(result.citations[0]?.doc, question).toBe(DOC);
      expect(result.citations[0]?.quote, question).toContain('Tjänsteresa till Köln');
      expect(result.citations[0]?.quote, question).toContain('Jonas Alm');
    }
  });

  it("gives a network's fee, its name no longer cut in two by the decider's column", () => {
    for (const question of [
      'Hur hög är årsavgiften för European Swimming Pools Network?',
      'What is the annual fee for the European Swimming Pools Network?',
    ]) {
      const result = ask(question);
      expect(result.citations[0]?.doc, question).toBe(DOC);
      expect(result.citations[0]?.quote, question).toContain(
        'European Swimming Pools Network. Årsavgift 8 500 kr.',
      );
    }
  });

  it("gives the reason written on the row's wrapped lines", () => {
    const result = ask('Varför fick Vällingby Simsällskap avslag?');
    expect(result.citations[0]?.doc).toBe(DOC);
    expect(result.citations[0]?.quote).toContain('lägret hålls under skoltid');
  });
});

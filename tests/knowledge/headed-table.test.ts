import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional registry extract copied from a PDF: a header of short cells over rows whose cells start where
// the header's do, titles wrapped onto the next line, no rule under the header; above it a page head set out
// in two columns and a line that runs on past their gap.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/knowledge-headed-table');
const EXTRACT = 'diarieutdrag-kulturnamnden.txt';

describe('a table under a header that is not ruled off', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const texts = () => kb.snapshot.documents.find((d) => d.id === EXTRACT)!.passages.map((p) => p.text);

  it('reads each row as one passage, its wrapped title joined', () => {
    expect(texts()).toContain(
      'KN 2027/0418 | 2027-08-12 | Ansökan om stöd från Nordisk kulturfond, teaterutbyte med Bergen | Per Wik | Pågående',
    );
    expect(texts()).toContain('Dnr | Datum | Ärendemening | Handläggare | Status');
  });

  it('does not cut a line of the page head that runs on past the columns’ gap', () => {
    expect(texts()).toContain(
      'Urval: internationella ärenden, registrerade 2027-08-01 – 2027-08-31 hos kulturförvaltningen',
    );
  });

  it('takes no table row for the title', () => {
    const title = kb.snapshot.documents.find((d) => d.id === EXTRACT)!.cases[0]?.title?.value ?? '';
    expect(title).not.toContain('|');
  });
});

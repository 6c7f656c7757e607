import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Two fictional registers of several cases side by side: a list of delegation decisions on four trips
// (each entry "Nr n" over its fields, its own case number among them) and a web page of three
// consultations, each a heading over a definition list.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-registers');

describe('a register of several cases side by side', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  it('asks back among the entries when the question fits each of them', () => {
    const result = kb.snapshot.engine.answer('Hur mycket kostar resan?');
    const dnrs = result.clarify.map((c) => c.dnr);
    expect(dnrs).toEqual(expect.arrayContaining(['IDN 2027/0019', 'IDN 2027/0077', 'IDN 2027/0121']));
    expect(result.answer).toContain('Resa till Tallinn');
  });

  it('answers from the entry the question names, not asking back', () => {
    const result = kb.snapshot.engine.answer('Hur mycket kostar resan till Wien?');
    expect(result.clarify).toEqual([]);
    expect(result.answer).toContain('14 700 kronor');
  });

  it('reads who decided from the entry’s field', () => {
    const result = kb.snapshot.engine.answer('Vem godkände resan till Madrid?');
    expect(result.clarify).toEqual([]);
    expect(result.answer).toContain('Sofia Amini');
  });

  it('answers why with the reason the entry gives, not with who decided', () => {
    const result = kb.snapshot.engine.answer('Varför var det stabschefen som beslutade om resan till Oslo?');
    expect(result.answer).toContain('eftersom idrottsdirektören själv är resenär');
  });

  it('reads "åker" as travelling, as "reser" is', () => {
    const result = kb.snapshot.engine.answer('Vem åker till Oslo i april?');
    expect(result.clarify).toEqual([]);
    expect(result.answer).toContain('Sofia Amini');
  });

  it('asks back among the consultations of a page, each a definition list under its heading', () => {
    const result = kb.snapshot.engine.answer('När är sista svarsdag för samrådet?');
    expect(result.clarify.map((c) => c.dnr)).toEqual(
      expect.arrayContaining(['MF 2027/210', 'MF 2027/233', 'MF 2027/240']),
    );
  });

  it('answers the consultation the question names with its own date', () => {
    const result = kb.snapshot.engine.answer('När är sista svarsdag för samrådet om luftkvalitet?');
    expect(result.clarify).toEqual([]);
    expect(result.answer).toContain('2 juni 2027');
  });
});

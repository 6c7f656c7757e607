import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional tjänsteutlåtande written for these tests, loaded beside the bundled seed: it counts schools,
// years and visits, but no pupils; states the project's cost, but not the course fee, and a fee per lesson, but none per hour; and names a project
// manager, but no head of schools.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-asked-thing');
const DOC = 'tjansteutlatande-blueschools.txt';

describe('a sentence of the asked type answers only about the asked thing', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('answers how many of what the document counts', () => {
    const result = ask('Hur många skolor deltar i BlueSchools?');
    expect(result.citations[0]?.doc).toBe(DOC);
    expect(result.citations[0]?.quote).toContain('fyra skolor');
  });

  it('declines how many of what it never counts, though it counts other things', () => {
    expect(ask('Hur många elever deltar i BlueSchools?').abstained).toBe(true);
    expect(ask('How many pupils take part in BlueSchools?').abstained).toBe(true);
  });

  it('answers what a sum the document states is', () => {
    const result = ask('Vad är kostnaden för BlueSchools per år?');
    expect(result.citations[0]?.doc).toBe(DOC);
    expect(result.citations[0]?.quote).toContain('300 000 kronor');
  });

  it('declines a sum it never states, though it states another', () => {
    expect(ask('Vilken avgift betalar lärarna för sommarkursen i BlueSchools?').abstained).toBe(true);
  });

  it('answers a sum per the unit the document states it per', () => {
    const result = ask('Hur mycket får gästlärarna i BlueSchools per lektion?');
    expect(result.citations[0]?.quote).toContain('500 kronor per lektion');
  });

  it('declines a sum per another unit', () => {
    expect(ask('Hur mycket får gästlärarna i BlueSchools per timme?').abstained).toBe(true);
  });

  it('answers who holds a role the document names someone as', () => {
    const result = ask('Vem är projektledare för BlueSchools?');
    expect(result.citations[0]?.doc).toBe(DOC);
    expect(result.citations[0]?.quote).toContain('Lina Ek');
  });

  it('declines who holds a role nobody is named as, though the document names others', () => {
    expect(ask('Vem är skolchef i Aarhus?').abstained).toBe(true);
  });
});

import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional documents written for these tests (an English memorandum with Kraków and an extract of minutes
// on a trip to Rotterdam), loaded beside the bundled seed.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/names');

describe('names as people type them', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  it('finds "Kraków" when the question writes "Krakow", and reads "the Krakow MoU" as the city and the memorandum', () => {
    const result = kb.snapshot.engine.answer('When was the Krakow MoU signed?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.doc).toBe('fiktiv-mou-krakow-en.txt');
    expect(result.citations[0]!.quote).toContain('12 January 2027');
  });

  it('answers who pays under the memorandum named by its city', () => {
    const result = kb.snapshot.engine.answer('Who pays the costs under the Kraków MoU?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('bears its own costs');
  });

  it('reads a compound on a place name ("Rotterdamresan") as the place and the trip', () => {
    const result = kb.snapshot.engine.answer('Hur mycket får Rotterdamresan kosta?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.doc).toBe('fiktiv-protokollsutdrag-rotterdam.txt');
    expect(result.citations[0]!.quote).toContain('95 000 kronor');
  });

  it('answers a deadline stated as a time after an event ("senast en månad efter hemkomsten")', () => {
    const result = kb.snapshot.engine.answer(
      'By when must the delegation leader hand in the report on the Rotterdam trip?',
    );
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('senast en månad efter hemkomsten');
  });

  it('still declines a trip to a place no document mentions', () => {
    const result = kb.snapshot.engine.answer('Hur mycket får Antwerpenresan kosta?');
    expect(result.abstained).toBe(true);
  });

  it('answers a how-many question with a count, not with a sentence that only names a year', () => {
    const result = kb.snapshot.engine.answer('Hur många förtroendevalda får åka till Rotterdam?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('högst fyra förtroendevalda');
  });
});

describe('who answers a who-question', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(path.resolve(import.meta.dirname, '../fixtures/answer-who'));
  });

  it('does not take the role the question asks about for its answer', () => {
    // "säkerhetscheferna" is the role asked about, not a name or body that answers who holds it.
    const result = kb.snapshot.engine.answer('Vem är säkerhetschef i Tallinn?');
    expect(result.citations.map((c) => c.quote)).not.toContainEqual(
      expect.stringContaining('enades säkerhetscheferna'),
    );
  });

  it('still answers with the body a sentence names', () => {
    const result = kb.snapshot.engine.answer('Vem ska samordna arbetet med landström?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('trafikkontoret');
  });
});

describe('tables', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(path.resolve(import.meta.dirname, '../fixtures/answer-tables'));
  });

  it('answers from the row of a table, not from the header row that names its columns', () => {
    const result = kb.snapshot.engine.answer('What are the award criteria for the boat tours lot?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('Quality 35 %, price 65 %');
  });
});

describe('a table row read with its header row', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(path.resolve(import.meta.dirname, '../fixtures/answer-tables'));
  });

  it('answers who is responsible from the row under the "Ansvarig" column', () => {
    const result = kb.snapshot.engine.answer(
      'Who is responsible for drawing up the maintenance plan for the cycle routes?',
    );
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('Exploateringskontoret');
  });
});

describe('a which-question about cities, answered by their names', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(path.resolve(import.meta.dirname, '../fixtures/answer-tables'));
  });

  it('answers "Which cities …" from the row that names them, not from a sentence that names none', () => {
    const result = kb.snapshot.engine.answer('Which cities will the study visit on bicycle parking go to?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('Malmö och Aarhus');
  });
});

import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional documents written for these tests: four tjänsteutlåtanden of different administrations, each
// with its own "Handläggare:" line (a Nordplus project in Skarpnäck, named in its title, a noise survey, a residency and a
// tournament), three short texts that mention Skarpnäck's Nordplus matters in passing, the notes of a
// network's meeting that give its next meeting, and a newsletter whose calendar lists the network's get-together.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-singled-out');

describe('a question that names what only one case holds', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  it('answers from that case, though every case states the asked role in the same words', () => {
    const result = kb.snapshot.engine.answer('vem handlägger skarpnäcks nordplus-ärende?');
    expect(result.clarify).toEqual([]);
    expect(result.citations[0]!.doc).toBe('skarpnack-tjansteutlatande-nordplus.txt');
    expect(result.answer).toContain('Lina Holmgren');
  });

  it('still asks back when the question names nothing but the role', () => {
    const result = kb.snapshot.engine.answer('Vem är handläggare?');
    expect(result.citations).toEqual([]);
    expect(result.clarify.length).toBeGreaterThan(1);
  });

  it('answers from the case that holds what the question names, not from one that holds the rest', () => {
    const result = kb.snapshot.engine.answer('When do the climate coordinators meet next?');
    expect(result.clarify).toEqual([]);
    expect(result.citations[0]!.doc).toBe('minnesanteckningar-klimatsamordnare.txt');
    expect(result.citations[0]!.quote).toContain('20 april 2027');
  });
});

import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional tjänsteutlåtande on joining a network whose lead partner is a city: "Leadpartner är staden
// Braga i Portugal."
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-city-party');
const REPORT = 'tu-natverk-harbour-voices.txt';

describe('a city named as a party answers who', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  it('answers who the lead partner is with the city', () => {
    const result = kb.snapshot.engine.answer('Vem är leadpartner i Harbour Voices?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]?.doc).toBe(REPORT);
    expect(result.answer).toContain('Leadpartner är staden Braga i Portugal.');
  });
});

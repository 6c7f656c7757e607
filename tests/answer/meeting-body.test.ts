import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeWith } from '../support/knowledge.js';

// Two fictional agendas: a district council's, with an item sent from the city executive board, and the
// board's own. "When does the board meet?" asks for the board's meeting, not the district council's.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-meeting-body');

describe('a meeting asked by its body', () => {
  it("is that body's meeting, not another body's agenda that names it in an item", async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const engine = kb.snapshot.engine;
    const result = engine.answer('När sammanträder kommunstyrelsen?');
    expect(result.clarify).toEqual([]);
    expect(result.citations[0]?.doc).toBe('ks-mote-2026-11-18.txt');
    expect(result.answer).toContain('18 november 2026');
    // The district council's own meeting is still its own.
    expect(engine.answer('När sammanträder Spånga-Tensta stadsdelsnämnd?').citations[0]?.doc).toBe(
      'sdn-dagordning-2026-10-14.txt',
    );
  });
});

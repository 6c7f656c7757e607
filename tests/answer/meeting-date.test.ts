import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutReferences } from '../../src/answer/references.js';
import { knowledgeWith } from '../support/knowledge.js';

// Two fictional meeting pages of the same board, on 10 March and 12 May 2027.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-meeting-date');

describe('a question that names a day as 2027-05-12', () => {
  it('keeps the day, and a span of years, as words of the question; a case number is set aside', () => {
    expect(withoutReferences('När sammanträdde kommunstyrelsen 2027-05-12?')).toContain('2027-05-12');
    expect(withoutReferences('Vad gäller för perioden 2027-2030?')).toContain('2027-2030');
    expect(withoutReferences('Vad gäller för ärende 2006-152-307?')).not.toContain('2006-152-307');
  });

  it("asks for that day's meeting, not for a choice among the board's meetings", async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const result = kb.snapshot.engine.answer('Var sammanträdde kommunstyrelsen 2027-03-10?');
    expect(result.clarify).toEqual([]);
    expect(result.citations[0]?.doc).toBe('ks-sammantrade-2027-03-10.txt');
    expect(result.answer).toContain('Stadshusets sessionssal');
  });
});

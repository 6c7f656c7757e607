import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional standing order that counts times ("högst tre gånger", "en enda gång") beside a rate ("fyra
// gånger per år"): "Hur många gånger …?" asks for the count, "Hur ofta …?" for the rate.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-times-counted');

describe('how many times', () => {
  it('is answered by the sentence that counts the times, in either language', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const engine = kb.snapshot.engine;
    expect(
      engine.answer('Hur många gånger får en ledamot begära ordet i samma ärende?').citations[0]?.quote,
    ).toBe('En ledamot får begära ordet högst tre gånger i samma ärende.');
    expect(engine.answer('How many times may a matter be postponed?').citations[0]?.quote).toBe(
      'Ett ärende får skjutas upp en enda gång, därefter ska rådet besluta i sak.',
    );
    expect(engine.answer('Hur ofta sammanträder ungdomsrådet?').citations[0]?.quote).toBe(
      'Ungdomsrådet sammanträder fyra gånger per år.',
    );
  });
});

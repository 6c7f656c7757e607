import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/answer/language.js';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional district committee's meeting page in the layout of a public agenda site: an item sent back says
// so on the line after its case numbers ("Dnr 3-512-2027 och 4-513-2027 / Återremitterat ärende."), and the
// referrals stand under "Remisser".
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-agenda-status');

describe('an agenda item’s standing after its case numbers, and referrals under "Remisser"', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('answers which item was sent back with its title, under the standing without its case numbers', () => {
    for (const question of [
      'Vilket ärende återremitterades?',
      'Which item was sent back (återremitterat)?',
    ]) {
      const result = ask(question);
      expect(result.answer, question).toBe('Återremitterat ärende: Vänortsdag för skolor i stadsdelen');
    }
  });

  it('lists the referrals when asked for "remisser"', () => {
    const result = ask('Vilka remisser behandlar Lindhagens stadsdelsnämnd?');
    expect(result.clarify).toEqual([]);
    expect(result.answer).toContain('Program för stadens internationella arbete 2028–2031');
    expect(result.answer).toContain('Riktlinjer för mottagande av utländska delegationer');
    expect(result.answer).not.toMatch(/lekplats|Vänortsdag/);
  });

  it('reads a question in English as English though it quotes a Swedish word', () => {
    expect(detectLanguage('Which item was sent back (återremitterat)?')).toBe('en');
    expect(detectLanguage('Vilket ärende kallas ”sent back” på engelska?')).toBe('sv');
  });
});

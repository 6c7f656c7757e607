import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional English web page in the layout of the city's international pages: a heading per organisation
// with a short paragraph under it.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-memberships-page');
const PAGE = 'memberships-en.txt';

describe('answers from an English page of memberships', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('answers who pays a fee with the payer, in English and in Swedish', () => {
    for (const question of [
      'Who pays the fee for Baltic Metropoles Forum?',
      'Vem betalar avgiften för Baltic Metropoles Forum?',
    ]) {
      const result = ask(question);
      expect(result.citations[0]?.doc).toBe(PAGE);
      expect(result.citations[0]?.quote).toBe('The membership fee is paid by the City Executive Office.');
    }
  });

  it('answers who chairs an organisation with the city named as its agent', () => {
    const result = ask('Who chairs the Healthy Cities Alliance?');
    expect(result.citations[0]?.quote).toContain('chaired by Copenhagen');
  });

  it('declines to give a fee the page does not state', () => {
    expect(ask('How much is the fee for Baltic Metropoles Forum?').abstained).toBe(true);
  });
});

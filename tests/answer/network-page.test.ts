import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional web page in the layout of the city's pages on its networks: a heading per network, a short
// paragraph under each, and an update line at the foot.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-network-page');
const PAGE = 'natverk-kultur-webbsida.txt';

describe('answers from a web page that presents networks one by one', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('answers when the city joined with the year the page gives', () => {
    const result = ask('When did the city join Young Stage Network?');
    expect(result.citations[0]?.doc).toBe(PAGE);
    expect(result.citations[0]?.quote).toBe('Staden gick med 2022.');
  });

  it('answers who leads a network with the city named as its agent', () => {
    const result = ask('Who leads Libraries of the North?');
    expect(result.citations[0]?.doc).toBe(PAGE);
    expect(result.citations[0]?.quote).toContain('leds av Oslo');
  });

  it('answers whom to turn to with the contact line under the network, not the body that holds it', () => {
    const result = ask('Vart vänder jag mig med frågor om Culture Cities Baltic?');
    expect(result.citations[0]?.quote).toBe('Kontakt: Enheten för publikutveckling, kulturförvaltningen');
    const english = ask('Who do I turn to with questions about Young Stage Network?');
    expect(english.citations[0]?.quote).toBe('Kontakt: Scenkonstenheten, kulturförvaltningen');
  });

  it('answers when the page was updated with the date the page gives for itself', () => {
    const result = ask('När uppdaterades sidan om nätverk för kulturlivet?');
    expect(result.intent).toBe('updated');
    expect(result.answer).toContain('Sidan uppdaterades senast');
    expect(result.citations[0]?.doc).toBe(PAGE);
    expect(result.citations[0]?.quote).toBe('Senast uppdaterad: 12 mars 2027');
    const english = ask('When was the page about networks for cultural life last updated?');
    expect(english.answer).toMatch(/^The page was last updated on .*2027\./);
  });

  it('answers how many with a number written as a word', () => {
    const result = ask('Hur många städer ingår i Culture Cities Baltic?');
    expect(result.citations[0]?.doc).toBe(PAGE);
    expect(result.citations[0]?.quote).toContain('fjorton städer');
  });
});

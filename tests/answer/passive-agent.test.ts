import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional news item whose decision was taken "av Hamnstadsnätverkets förbundsstämma": the network is
// the question's own word, and its assembly is who decided.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-passive-agent');

describe("a passive's agent in lower case after the asked organisation's genitive", () => {
  it('answers who decided, in Swedish and in English', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const engine = kb.snapshot.engine;
    const quote =
      'Beslutet om höjningen av årsavgiften fattades av Hamnstadsnätverkets förbundsstämma i Gdynia den 4 maj 2027.';
    expect(
      engine.answer('Vem beslutade att höja årsavgiften till Hamnstadsnätverket?').citations[0]?.quote,
    ).toBe(quote);
    expect(
      engine.answer('Who decided to raise the annual fee of Hamnstadsnätverket?').citations[0]?.quote,
    ).toBe(quote);
  });

  it('names an association or a company in lower case after "av"/"by" as the owner', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const engine = kb.snapshot.engine;
    const quote =
      'Hamnstadsnätverkets sekretariat i Gdynia ägs av en ideell förening med tolv medlemsstäder.';
    expect(engine.answer('Vem äger Hamnstadsnätverkets sekretariat?').citations[0]?.quote).toBe(quote);
    expect(engine.answer('Who owns the secretariat of Hamnstadsnätverket?').citations[0]?.quote).toBe(quote);
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional page on the city's vice mayors: English questions use the words the city's own English uses
// ("commissioner", "portfolio", "the international committee") for "borgarråd", "rotel" and "internationella
// beredningen".
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-city-roles');

describe("the city's own roles asked in English", () => {
  it('are met by their Swedish names', async () => {
    const kb = await knowledgeWith(DOCUMENTS);
    const engine = kb.snapshot.engine;
    expect(engine.answer('Which commissioner heads the culture portfolio?').citations[0]?.quote).toBe(
      'Kulturroteln leds av borgarrådet Ingrid Sandahl, som också ansvarar för stadens vänortsarbete.',
    );
    expect(engine.answer('How often does the international committee meet?').citations[0]?.quote).toBe(
      'Internationella beredningen leds av finansborgarrådet och sammanträder tio gånger per år.',
    );
    // "X handlägger Y" says who handles Y, as a contact line would.
    expect(engine.answer('Who handles requests for receptions?').citations[0]?.quote).toBe(
      'Mottagningsenheten vid kommunikationsavdelningen handlägger förfrågningar om representationsmottagningar.',
    );
  });

  it('reads a list of label lines as one line each, a name cut at the margin too', async () => {
    const kb = await knowledgeWith(path.resolve(import.meta.dirname, '../fixtures/answer-wrapped-fields'));
    expect(kb.snapshot.engine.answer('Vem är borgarråd för kulturroteln?').citations[0]?.quote).toBe(
      'Rotel II: Kulturroteln; borgarrådet Ingrid Sandahl',
    );
  });
});

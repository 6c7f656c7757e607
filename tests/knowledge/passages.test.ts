import { describe, expect, it } from 'vitest';
import { parseBlocks } from '../../src/knowledge/blocks.js';
import { toPassages } from '../../src/knowledge/passages.js';
import { bundledKnowledge } from '../support/knowledge.js';

describe('splitting documents into passages', () => {
  it('gives each list item its section heading and the sentence that introduces the list', async () => {
    const kb = await bundledKnowledge();
    const seed = kb.snapshot.documents[0]!;
    const item = seed.passages.find((p) => p.text.includes('bolagsstyrelser ansvarar för aktiv bevakning'))!;
    expect(item.kind).toBe('list_item');
    expect(item.section).toBe('Övergripande mål och riktlinjer för det internationella arbetet');
    expect(item.lead).toBe(
      'Utifrån inriktningen om bevakning och påverkan läggs följande riktlinjer fast för arbetet:',
    );
  });

  it('recognises plain-text headings and keeps field lines apart', async () => {
    const kb = await bundledKnowledge();
    const seed = kb.snapshot.documents[0]!;
    const sections = new Set(seed.passages.map((p) => p.section));
    expect(sections).toContain('Sammanfattning');
    expect(sections).toContain('Förvaltningens synpunkter');
    expect(seed.passages[0]).toMatchObject({ kind: 'line', text: 'Handläggare: Christina Hermansson' });
  });

  it('removes Markdown emphasis but keeps the words', async () => {
    const kb = await bundledKnowledge();
    const text = kb.snapshot.documents[0]!.passages.map((p) => p.text).join('\n');
    expect(text).toContain('inriktas på: Positionering, Verksamhetsutveckling samt Bevakning och påverkan.');
    expect(text).not.toContain('*');
  });

  it('reads Markdown headings, numbered lists and wrapped paragraphs', () => {
    const blocks = parseBlocks(
      '# Plan\n\n## Mål\n\nEn mening som\nfortsätter här.\n\n1. Först\n2. Sedan\n',
      true,
    );
    const passages = toPassages('plan.md', blocks);
    // "Plan" heads only a deeper heading: it gives its name to no passage, so it is one of its own.
    expect(passages.map((p) => [p.kind, p.section, p.text])).toEqual([
      ['heading', null, 'Plan'],
      ['paragraph', 'Mål', 'En mening som fortsätter här.'],
      ['list_item', 'Mål', 'Först'],
      ['list_item', 'Mål', 'Sedan'],
    ]);
  });

  it("reads an agenda's items numbered one after another as items, not as headings over the next", () => {
    const blocks = parseBlocks(
      [
        '2 Nr 2027:14 av Siri Holm (C) om kostnaderna för stadens vänortsresor under det senaste året. RI',
        '3 Nr 2027:15 av Adam Berg (L) om tolkning och översättning vid statsbesök i Stadshuset. RVII',
        '4 Nr 2027:16 av Maja Lind (V) om hamnbesök från Tallinn och Helsingfors under sommaren. RII',
        '',
        'Beredning',
        '',
        'Ärendet har beretts av stadsledningskontoret.',
      ].join('\n\n'),
      false,
    );
    const passages = toPassages('kf.txt', blocks);
    expect(passages.filter((p) => p.text.includes(' Nr 2027:')).map((p) => p.section)).toEqual([
      null,
      null,
      null,
    ]);
    // A numbered heading over its text is still a heading.
    expect(passages.at(-1)?.section).toBe('Beredning');
  });

  it('keeps a heading over sub-sections only, with the section it stands in', () => {
    const blocks = parseBlocks(
      '## 2. Syfte\n\nText.\n\n## 3. Fyra fokusområden\n\n### 3.1 Klimat\n\n- Ett\n\n### 3.2 Välfärd\n\n- Två\n',
      true,
    );
    expect(toPassages('program.md', blocks).map((p) => [p.kind, p.section, p.text])).toEqual([
      ['paragraph', '2. Syfte', 'Text.'],
      ['heading', '2. Syfte', '3. Fyra fokusområden'],
      ['list_item', '3.1 Klimat', 'Ett'],
      ['list_item', '3.2 Välfärd', 'Två'],
    ]);
  });
  it("gives a table's rows its header row as context, but not the rows of a table of facts", () => {
    const blocks = parseBlocks(
      [
        '## Insatser',
        '',
        '| Åtgärd | Ansvarig | Klart |',
        '|---|---|---|',
        '| Kartlägga nätverken | Stadsledningskontoret | 2028-06 |',
        '| Utbilda chefer | Kulturförvaltningen | 2028-12 |',
        '',
        'Sedan en vanlig mening.',
        '',
        '| Diarienummer | KS 2027/55 |',
        '| Handläggare | Eva Lind |',
        '',
      ].join('\n'),
      true,
    );
    const passages = toPassages('plan.md', blocks);
    const row = passages.find((p) => p.text.startsWith('Utbilda chefer'))!;
    expect(row.lead).toBe('Åtgärd | Ansvarig | Klart');
    expect(row.section).toBe('Insatser');
    expect(passages.find((p) => p.text === 'Åtgärd | Ansvarig | Klart')!.lead).toBeNull();
    expect(passages.find((p) => p.text.startsWith('Sedan'))!.lead).toBeNull();
    expect(passages.find((p) => p.text.startsWith('Handläggare'))!.lead).toBeNull();
  });

  it('reads headings over lists and short sentences, field heads and contact blocks without blank lines', () => {
    const text = [
      'PROMEMORIA',
      'Datum: 2027-04-06',
      'Till: Stadsdirektören',
      'Ärende: Deltagande i en fiktiv sommarskola',
      '',
      'Beslut',
      '1. Nämnden ansöker om medlemskap.',
      '2. Avgiften betalas av förvaltningen.',
      '',
      'Ekonomi',
      'Kostnaderna beräknas enligt följande.',
      '',
      'Kontakt',
      'Johanna Berglund',
      '08-508 00 000',
    ].join('\n');
    const passages = toPassages('pm.txt', parseBlocks(text, false));
    expect(passages.map((p) => [p.kind, p.section, p.text])).toEqual([
      ['line', null, 'PROMEMORIA'],
      ['line', null, 'Datum: 2027-04-06'],
      ['line', null, 'Till: Stadsdirektören'],
      ['line', null, 'Ärende: Deltagande i en fiktiv sommarskola'],
      ['list_item', 'Beslut', 'Nämnden ansöker om medlemskap.'],
      ['list_item', 'Beslut', 'Avgiften betalas av förvaltningen.'],
      ['paragraph', 'Ekonomi', 'Kostnaderna beräknas enligt följande.'],
      ['line', 'Kontakt', 'Johanna Berglund'],
      ['line', 'Kontakt', '08-508 00 000'],
    ]);
  });

  it('reads each footnote under a rule as a passage of its own, and the rule as no text', () => {
    const text = [
      'Jag föreslår att nämnden beslutar i enlighet med förslaget.',
      '',
      '________________________',
      '¹ Lag (2030:1) om ett fiktivt ämne.',
      '² Anteckningar från ett fiktivt möte i Bergen, bilaga 1,',
      'som finns i akten.',
    ].join('\n');
    const passages = toPassages('skrivelse.txt', parseBlocks(text, false));
    expect(passages.map((p) => p.text)).toEqual([
      'Jag föreslår att nämnden beslutar i enlighet med förslaget.',
      '¹ Lag (2030:1) om ett fiktivt ämne.',
      '² Anteckningar från ett fiktivt möte i Bergen, bilaga 1, som finns i akten.',
    ]);
  });
});

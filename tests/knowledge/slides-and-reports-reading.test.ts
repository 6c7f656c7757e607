import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/knowledge/load.js';
import type { KnowledgeDocument } from '../../src/knowledge/types.js';

/**
 * How a presentation saved as text, a trip report's head and cost list, and a survey's tables are read (the
 * fictional documents of tests/fixtures/answer-slides-and-reports, and short fictional texts): the passages an
 * answer can quote, their sections and the column names over a table's rows.
 */
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/answer-slides-and-reports');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'utblick-slides-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fixture(name: string): Promise<KnowledgeDocument> {
  const doc = await loadDocument(FIXTURES, path.join(FIXTURES, name), { maxFileBytes: 1024 * 1024 });
  if ('reason' in doc) throw new Error(doc.reason);
  return doc;
}

async function read(name: string, text: string): Promise<KnowledgeDocument> {
  await writeFile(path.join(dir, name), text);
  const doc = await loadDocument(dir, path.join(dir, name), { maxFileBytes: 1024 * 1024 });
  if ('reason' in doc) throw new Error(doc.reason);
  return doc;
}

const passage = (doc: KnowledgeDocument, text: string) => doc.passages.find((p) => p.text === text);

describe('a presentation saved as text', () => {
  it('heads each slide’s points with its title and keeps each point a passage of its own', async () => {
    const doc = await fixture('fiktiv-bildspel-vattenprojekt.txt');
    expect(passage(doc, 'AP3 Pilotstränder – Gdynia stad')?.section).toBe('Arbetspaket');
    expect(passage(doc, 'Åbo stad')).toMatchObject({ kind: 'list_item', section: 'Partner' });
    expect(passage(doc, 'Anteckningar: Fyra städer från fyra länder.')?.kind).toBe('paragraph');
    expect(doc.passages.some((p) => /^Bild \d/.test(p.text))).toBe(false);
  });

  it('leaves a text with figures captioned "Bild 1" and "Bild 2" as text', async () => {
    const doc = await read(
      'rapport.txt',
      [
        'Rapport om stränder',
        '',
        'Bild 1',
        'Stranden i Gdynia före ombyggnaden. Stranden var smal och översvämmades varje vinter.',
        '',
        'Bild 2',
        'Stranden efter ombyggnaden. Nu tål den högre vattenstånd.',
      ].join('\n'),
    );
    expect(
      passage(doc, 'Stranden i Gdynia före ombyggnaden. Stranden var smal och översvämmades varje vinter.')
        ?.kind,
    ).toBe('paragraph');
    expect(doc.meta.title).toBe('Rapport om stränder');
  });
});

describe('a trip report', () => {
  it('reads labels with colons beside values, a value going on set in under it as a further item', async () => {
    const doc = await fixture('fiktiv-reserapport-forum-gent.txt');
    expect(passage(doc, 'Resenärer: Elsa Lind, kulturstrateg; Pontus Berg, projektsamordnare')?.kind).toBe(
      'line',
    );
    expect(passage(doc, 'Datum: 2026-10-20')?.kind).toBe('line');
  });

  it('reads a cost list set out with spaces, sums with their unit, as a table row by row', async () => {
    const doc = await fixture('fiktiv-reserapport-forum-gent.txt');
    expect(passage(doc, 'Forumavgift, 300 euro per person | 6 800 kronor')?.section).toBe('2. Kostnader');
  });

  it('reads a numbered chapter over a list numbered from 1 as the heading of the list', async () => {
    const doc = await fixture('fiktiv-reserapport-forum-gent.txt');
    expect(passage(doc, 'Erfarenheterna redovisas för kulturnämnden i december 2026.')).toMatchObject({
      kind: 'list_item',
      section: '3. Förslag',
    });
  });
});

describe('a survey summary’s tables', () => {
  it('keeps an empty first column name in its place, so that years name the columns of the rows under them', async () => {
    const doc = await fixture('fiktiv-enkat-utbyten.md');
    expect(passage(doc, 'Antal svar | 11 | 9')?.lead).toBe('– | 2026 | 2025');
  });

  it('takes column names with a unit or scale in brackets as a header', async () => {
    const doc = await fixture('fiktiv-enkat-utbyten.md');
    expect(passage(doc, 'Resebolaget Norr AB | 410 000 | 8 | 1')?.lead).toBe(
      'Anbudsgivare | Pris (kr) | Poäng (av 10) | Placering',
    );
  });
});

describe('a web page’s contact box', () => {
  it('keeps a contact aside within the main content, its lines broken with <br> apart, and leaves other asides out', async () => {
    const doc = await read(
      'sida.html',
      [
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Youth exchanges</title></head><body>',
        '<main>',
        '<h1>Grants for youth exchanges</h1>',
        '<p>The culture committee gives grants to associations that arrange exchanges for young people abroad.</p>',
        '<aside class="contact"><h2>Contact</h2>',
        '<p>Exchange desk, Culture Administration<br>exchanges@example.stockholm.se<br>Phone hours: Mondays 10–12</p>',
        '</aside>',
        '<aside><h2>About the city</h2><p>The city has almost a million inhabitants.</p></aside>',
        '</main></body></html>',
      ].join('\n'),
    );
    expect(passage(doc, 'Phone hours: Mondays 10–12')).toMatchObject({ kind: 'line', section: 'Contact' });
    expect(passage(doc, 'exchanges@example.stockholm.se')?.kind).toBe('line');
    expect(doc.passages.some((p) => p.text.includes('million inhabitants'))).toBe(false);
  });
});

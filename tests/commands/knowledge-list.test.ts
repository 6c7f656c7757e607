import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommands } from '../../src/commands/index.js';
import { loadConfig } from '../../src/config/config.js';
import { fixedClock } from '../../src/core/clock.js';
import type { Lang } from '../../src/core/lang.js';
import type { Block } from '../../src/core/reply.js';
import { type LoadResult, loadKnowledge } from '../../src/knowledge/load.js';
import { createSqliteStore } from '../../src/registry/index.js';

/**
 * `knowledge list` (`kunskap lista`): every document with its kind and number of cases in the reader's
 * language, and the files in the folder that were not read, with the reason, in the text and the JSON.
 */
const REFERRAL = `Stadsledningskontoret

Remiss
Dnr KS 2027/188

Remiss av förslag till program för studentutbyten

Kommunstyrelsen remitterar härmed förslaget. Remissvaren ska ha kommit in till kommunstyrelsen senast den 14 maj 2027.
`;

const AGENDA = `Kulturnämnden
Föredragningslista
Sammanträde 2027-04-07

1. Val av justerare

2. Budgetuppföljning per mars
Dnr 4.1-101-2027
`;

let dir: string;
let folder: LoadResult;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'utblick-knowledge-list-'));
  await writeFile(path.join(dir, 'remiss.txt'), REFERRAL);
  await writeFile(path.join(dir, 'dagordning.txt'), AGENDA);
  await writeFile(path.join(dir, 'bild.png'), 'not a document');
  await writeFile(path.join(dir, 'trasig.pdf'), 'not a pdf');
  folder = await loadKnowledge(dir, { maxFileBytes: 1024 * 1024 });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function commands(withSkipped = true) {
  const config = loadConfig({ UTBLICK_DATA_DIR: '/nonexistent', UTBLICK_ADMINS: 'web:admin' }, '/');
  return createCommands({
    store: createSqliteStore(':memory:'),
    clock: fixedClock('2027-03-01T09:00:00Z'),
    config,
    documents: () => folder.documents,
    ...(withSkipped ? { skipped: () => folder.skipped } : {}),
  });
}

async function list(lang: Lang, withSkipped = true) {
  const outcome = await commands(withSkipped).run({
    platform: 'web',
    text: lang === 'sv' ? 'kunskap lista' : 'knowledge list',
    userId: 'web:admin',
    locale: lang,
    audience: 'private',
  });
  const text = outcome!.reply.blocks
    .map((b: Block) => (b.type === 'list' ? b.items.join('\n') : 'text' in b ? b.text : ''))
    .join('\n');
  return { text, data: outcome!.data as Record<string, unknown>[] };
}

describe('knowledge list', () => {
  it('lists the files that were not read, with the reason, after the documents in the JSON', async () => {
    const { data } = await list('en');
    expect(data.map((d) => d.doc)).toEqual(['dagordning.txt', 'remiss.txt', 'bild.png', 'trasig.pdf']);
    expect(data.slice(0, 2).every((d) => !('skipped' in d))).toBe(true);
    expect(data[2]).toMatchObject({ doc: 'bild.png', skipped: 'unsupported file type .png', cases: [] });
    expect(data[3]).toMatchObject({ doc: 'trasig.pdf', title: null, cases: [] });
    expect(data[3]!.skipped).toMatch(/PDF/);
  });

  it('names the skipped files in the reply, with the reason in the reader’s language', async () => {
    const en = await list('en');
    expect(en.text).toContain('Files not read (2)');
    expect(en.text).toContain('bild.png — unsupported file type .png');
    const sv = await list('sv');
    expect(sv.text).toContain('Filer som inte lästes in (2)');
    expect(sv.text).toContain('bild.png — filtypen .png läses inte');
    expect(sv.text).toContain('trasig.pdf — filen kunde inte läsas (skadad eller i fel format)');
  });

  it('says nothing of skipped files when the folder has none to report', async () => {
    const { text, data } = await list('en', false);
    expect(text).not.toContain('Files not read');
    expect(data).toHaveLength(2);
  });

  it('gives the kind in the reader’s language and a count that agrees with it', async () => {
    const sv = await list('sv');
    expect(sv.text).toContain(
      'remiss.txt — Remiss av förslag till program för studentutbyten (remiss, 1 ärende)',
    );
    expect(sv.text).toMatch(/dagordning\.txt — .* \(övrigt, 2 ärenden\)/);
    const en = await list('en');
    expect(en.text).toContain(
      'remiss.txt — Remiss av förslag till program för studentutbyten (referral, 1 case)',
    );
    expect(en.text).toMatch(/dagordning\.txt — .* \(other, 2 cases\)/);
  });
});

import { cpSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.js';
import { DocumentCache } from '../../src/knowledge/document-cache.js';
import { type LoadOptions, loadKnowledge } from '../../src/knowledge/load.js';
import { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { temporaryFolders } from '../support/temp-dirs.js';

const BANK = path.resolve(import.meta.dirname, '../fixtures/eval/bank/documents');
const OPTIONS: LoadOptions = { maxFileBytes: 10_000_000 };
const tempDir = temporaryFolders();

/** A knowledge folder with the question bank's documents, which a test may change. */
function knowledge(): string {
  const dir = tempDir('utblick-cached-knowledge-');
  cpSync(BANK, dir, { recursive: true });
  return dir;
}

/** One load of the folder through the cache, as a restart (a new cache object on the same folder) does it. */
async function load(dir: string, cacheDir: string, options: { reread?: boolean; fingerprint?: string } = {}) {
  const cache = new DocumentCache(cacheDir, options.fingerprint);
  const session = cache.session(options.reread ?? false);
  const result = await loadKnowledge(dir, { ...OPTIONS, read: session.read });
  session.finish();
  await cache.saved();
  return { ...result, ...cache.lastLoad };
}

/** Changes a file's bytes and moves its modification time on, as an editor saving it would. */
function edit(file: string, text: string) {
  writeFileSync(file, text);
  const later = new Date(Date.now() + 5_000);
  utimesSync(file, later, later);
}

describe('the document cache', () => {
  it('gives back exactly what reading the files gives, and a restart reads only the files that changed', async () => {
    const dir = knowledge();
    const cacheDir = tempDir('utblick-documents-');
    const fresh = await loadKnowledge(dir, OPTIONS);
    const first = await load(dir, cacheDir);
    expect(first).toMatchObject({ hits: 0, reads: fresh.documents.length });

    const second = await load(dir, cacheDir);
    expect(second).toMatchObject({ hits: fresh.documents.length, reads: 0 });
    expect(second.documents).toEqual(fresh.documents);
    expect(second.skipped).toEqual(fresh.skipped);

    const changed = path.join(dir, 'b4-medlemskap-beslut.txt');
    edit(changed, 'Beslut om medlemskap\n\nKulturnämnden beslutar att gå med i Eurocities.\n');
    const third = await load(dir, cacheDir);
    expect(third).toMatchObject({ hits: fresh.documents.length - 1, reads: 1 });
    expect(third.documents).toEqual((await loadKnowledge(dir, OPTIONS)).documents);
    expect(third.documents.find((d) => d.id === 'b4-medlemskap-beslut.txt')!.passages.at(-1)!.text).toBe(
      'Kulturnämnden beslutar att gå med i Eurocities.',
    );
  });

  it('reads a document again when its side file appears, and forgets a removed file', async () => {
    const dir = knowledge();
    const cacheDir = tempDir('utblick-documents-');
    await load(dir, cacheDir);
    writeFileSync(path.join(dir, 'b5-remiss-aldre.meta.yaml'), 'title: Remiss om äldreomsorgen\n');
    const withSide = await load(dir, cacheDir);
    expect(withSide.reads).toBe(1);
    expect(withSide.documents.find((d) => d.id === 'b5-remiss-aldre.txt')!.meta.title).toBe(
      'Remiss om äldreomsorgen',
    );
    rmSync(path.join(dir, 'a6-eu-call-en.txt'));
    const removed = await load(dir, cacheDir);
    expect(removed.reads).toBe(0);
    expect(removed.documents.map((d) => d.id)).not.toContain('a6-eu-call-en.txt');
    // Put back with the same bytes and time, it is read again: the cache no longer holds it.
    cpSync(path.join(BANK, 'a6-eu-call-en.txt'), path.join(dir, 'a6-eu-call-en.txt'), {
      preserveTimestamps: true,
    });
    expect((await load(dir, cacheDir)).reads).toBe(1);
  });

  it('reads everything again for reindex, for another extractor, and past a damaged cache file', async () => {
    const dir = knowledge();
    const cacheDir = tempDir('utblick-documents-');
    const all = (await load(dir, cacheDir)).reads;
    expect((await load(dir, cacheDir, { reread: true })).reads).toBe(all);
    expect((await load(dir, cacheDir)).hits).toBe(all);

    const other = await load(dir, cacheDir, { fingerprint: '0123456789abcdef' });
    expect(other.reads).toBe(all);
    expect(readdirSync(cacheDir).every((n) => n.includes('0123456789abcdef'))).toBe(true);

    for (const name of readdirSync(cacheDir)) writeFileSync(path.join(cacheDir, name), '{"file": broken');
    const repaired = await load(dir, cacheDir, { fingerprint: '0123456789abcdef' });
    expect(repaired.reads).toBe(all);
    expect(repaired.documents).toEqual((await loadKnowledge(dir, OPTIONS)).documents);
  });

  it('answers every bank question from the cache and the saved index as from the files', async () => {
    const dir = knowledge();
    const cacheDir = tempDir('utblick-documents-');
    const indexDir = tempDir('utblick-index-');
    const options = {
      dir,
      maxFileBytes: OPTIONS.maxFileBytes,
      clock: fixedClock('2027-03-01T10:00:00+01:00'),
      timeZone: 'Europe/Stockholm',
    };
    const questions = readFileSync(path.join(BANK, '..', 'bank.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => (JSON.parse(line) as { q: string }).q);
    const fresh = await KnowledgeBase.open(options);
    const first = await KnowledgeBase.open({ ...options, cacheDir, indexDir });
    await first.saved();
    // The restart reads the documents from the cache (their passages decoded only when read).
    const restarted = await KnowledgeBase.open({ ...options, cacheDir, indexDir });
    for (const question of questions) {
      const expected = JSON.stringify(fresh.snapshot.engine.answer(question));
      expect(JSON.stringify(restarted.snapshot.engine.answer(question))).toBe(expected);
    }
    expect(restarted.snapshot.documents).toEqual(fresh.snapshot.documents);
    // Three loads of the bank and 224 answers: on a busy two-core machine this takes past the default 30 s.
  }, 120_000);

  it('reads the metadata and cases of a cached document as the loaded ones, and resolves what replaces what', async () => {
    const dir = tempDir('utblick-replaces-');
    writeFileSync(
      path.join(dir, 'gammal.md'),
      '# Riktlinjer för vänortssamarbete\n\nStaden samarbetar med vänorter i Norden.\n',
    );
    writeFileSync(
      path.join(dir, 'ny.md'),
      '---\nreplaces: "Riktlinjer för vänortssamarbete"\n---\n# Nya riktlinjer för vänorter\n\n' +
        'KS-dnr: 006-1137/2007\n\nStaden samarbetar med vänorter i Europa.\n',
    );
    const cacheDir = tempDir('utblick-documents-');
    const fresh = await loadKnowledge(dir, OPTIONS);
    await load(dir, cacheDir);
    const cached = await load(dir, cacheDir);
    expect(cached.hits).toBe(2);
    const byId = (docs: typeof fresh.documents, id: string) => docs.find((d) => d.id === id)!;
    // Validity read the title and what is replaced without the whole metadata, and marked the old one.
    expect(byId(cached.documents, 'gammal.md').meta).toMatchObject({ status: 'replaced' });
    expect(cached.documents).toStrictEqual(fresh.documents);
    // A case's fields, a copy and an assignment behave as on the loaded case.
    const [c] = byId(cached.documents, 'ny.md').cases;
    const [loaded] = byId(fresh.documents, 'ny.md').cases;
    expect(c!.dnr).toStrictEqual(loaded!.dnr);
    expect({ ...c }).toStrictEqual({ ...loaded });
    expect(Object.keys(c!)).toEqual(Object.keys(loaded!));
    c!.title = null;
    expect(c!.title).toBeNull();
    expect(JSON.stringify(c)).toBe(JSON.stringify({ ...loaded, title: null }));
  });

  it('serves the knowledge base: a restart trusts an unchanged size and time, `reindex` reads every file', async () => {
    const dir = knowledge();
    const cacheDir = tempDir('utblick-documents-');
    const open = () =>
      KnowledgeBase.open({
        dir,
        cacheDir,
        maxFileBytes: OPTIONS.maxFileBytes,
        clock: fixedClock('2027-03-01T10:00:00+01:00'),
        timeZone: 'Europe/Stockholm',
      });
    const question = 'Vilka områden ska samarbetet med Vilnius omfatta?';
    // A whole second, so that the time can be put back exactly (the cache compares nanoseconds).
    const file = path.join(dir, 'a1-utlatande.txt');
    const second = new Date('2027-01-15T12:00:00Z');
    utimesSync(file, second, second);
    const first = await open();
    const answer = first.snapshot.engine.answer(question);
    expect(answer.citations[0]!.quote).toContain('vuxenutbildning, kulturarv och digital förvaltning');
    await first.saved();

    // Same size, same modification time, other words: only reading the file again can tell.
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('vuxenutbildning, kulturarv', 'vuxenutbildning, kulturliv'));
    utimesSync(file, second, second);

    const restarted = await open();
    expect(restarted.snapshot.engine.answer(question)).toEqual(answer);
    const reindexed = await restarted.reload(true);
    expect(reindexed.engine.answer(question).citations[0]!.quote).toContain('vuxenutbildning, kulturliv');
  });
});

import { mkdtemp, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/answer/engine.js';
import { fixedClock } from '../../src/core/clock.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { KnowledgeDocument } from '../../src/knowledge/types.js';
import { loadLexicon } from '../../src/runtime/knowledge-base.js';
import type { Lexicon } from '../../src/search/lexicon.js';
import { loadIndex, openIndex, readIndexAhead, saveIndex } from '../../src/search/persist.js';
import type { SearchIndex } from '../../src/search/search-index.js';

const knowledgeDir = path.resolve(import.meta.dirname, '../../knowledge');
const questions = [
  'Vem ansvarar för bevakning och påverkan?',
  'Who is responsible for EU monitoring?',
  'Vilken vision bygger strategin på?',
  'What is the weather in Stockholm tomorrow?',
];
let documents: KnowledgeDocument[];
let lexicon: Lexicon;
const dirs: string[] = [];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'utblick-persist-'));
  dirs.push(dir);
  return dir;
}

function answers(index: SearchIndex, docs = documents) {
  const engine = new AnswerEngine(index, docs, lexicon, {
    clock: fixedClock(new Date('2026-01-15T09:00:00Z')),
    timeZone: 'Europe/Stockholm',
  });
  return questions.map((q) => engine.answer(q));
}

beforeAll(async () => {
  documents = (await loadKnowledge(knowledgeDir, { maxFileBytes: 10_000_000 })).documents;
  lexicon = await loadLexicon(knowledgeDir);
});

afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('the persisted index', () => {
  it('is built once, then read back and answers exactly as the built one', async () => {
    const dir = await tempDir();
    const first = await openIndex(documents, dir);
    expect(first.source).toBe('built');
    await first.saved;
    const second = await openIndex(documents, dir);
    expect(second.source).toBe('disk');
    expect(second.index.size).toBe(first.index.size);
    expect(answers(second.index)).toEqual(answers(first.index));
  });

  it('is read ahead of the documents and used only when it fits them', async () => {
    const dir = await tempDir();
    await (await openIndex(documents, dir)).saved;
    const ahead = await openIndex(documents, dir, undefined, readIndexAhead(dir));
    expect(ahead.source).toBe('disk');
    expect(answers(ahead.index)).toEqual(answers((await openIndex(documents, dir)).index));
    // The file read ahead does not fit changed documents: their index is built.
    const changed = documents.map((d) => ({ ...d, hash: `${d.hash}x` }));
    const stale = await openIndex(changed, dir, undefined, readIndexAhead(dir));
    expect(stale.source).toBe('built');
    await stale.saved;
    // An empty or missing folder reads nothing ahead.
    expect((await readIndexAhead(path.join(dir, 'missing'))).size).toBe(0);
  });

  it('is not used for a changed corpus, and the stale file is replaced', async () => {
    const dir = await tempDir();
    await (await openIndex(documents, dir)).saved;
    const changed = documents.map((d) => ({ ...d, hash: `${d.hash}x` }));
    expect(await loadIndex(changed, dir)).toBeNull();
    const rebuilt = await openIndex(changed, dir);
    expect(rebuilt.source).toBe('built');
    await rebuilt.saved;
    expect((await readdir(dir)).filter((n) => n.endsWith('.bin'))).toHaveLength(1);
  });

  it('ignores a damaged file and builds afresh', async () => {
    const dir = await tempDir();
    const { index, saved } = await openIndex(documents, dir);
    await saved;
    const [file] = (await readdir(dir)).filter((n) => n.endsWith('.bin'));
    await truncate(path.join(dir, file!), 100);
    expect(await loadIndex(documents, dir)).toBeNull();
    await writeFile(path.join(dir, file!), 'not an index');
    const reopened = await openIndex(documents, dir);
    expect(reopened.source).toBe('built');
    await reopened.saved;
    expect(answers(reopened.index)).toEqual(answers(index));
    await saveIndex(index, documents, dir);
    expect((await openIndex(documents, dir)).source).toBe('disk');
  });

  it('round-trips an empty knowledge folder', async () => {
    const dir = await tempDir();
    const empty = await openIndex([], dir);
    expect(empty.source).toBe('built');
    await empty.saved;
    const reopened = await openIndex([], dir);
    expect(reopened.source).toBe('disk');
    expect(reopened.index.size).toBe(0);
    expect(reopened.index.lookup('stad', 10)).toEqual([]);
  });
});

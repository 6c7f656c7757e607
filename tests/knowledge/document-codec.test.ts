import { cpSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DocumentCache } from '../../src/knowledge/document-cache.js';
import { type CacheRecord, decodeRecords, encodeRecord } from '../../src/knowledge/document-codec.js';
import { type LoadOptions, loadKnowledge } from '../../src/knowledge/load.js';
import { blockSourceOf, passageCount } from '../../src/knowledge/passage-block.js';
import type { KnowledgeDocument } from '../../src/knowledge/types.js';
import { temporaryFolders } from '../support/temp-dirs.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const OPTIONS: LoadOptions = { maxFileBytes: 10_000_000 };
const tempDir = temporaryFolders();

/** Documents in every format the loader reads: the bank's and the holdout's texts, Word and PDF files. */
function knowledge(): string {
  const dir = tempDir('utblick-codec-knowledge-');
  cpSync(path.join(FIXTURES, 'eval/bank/documents'), path.join(dir, 'bank'), { recursive: true });
  cpSync(path.join(FIXTURES, 'eval/holdout/documents'), path.join(dir, 'holdout'), { recursive: true });
  for (const name of ['remiss-fiktiv.pdf', 'remiss-fiktiv-spalter.pdf', 'remiss-fiktiv.docx'])
    cpSync(path.join(FIXTURES, 'formats', name), path.join(dir, 'formats', name));
  return dir;
}

async function load(dir: string, cacheDir: string, fingerprint?: string) {
  const cache = new DocumentCache(cacheDir, fingerprint);
  const session = cache.session(false);
  const result = await loadKnowledge(dir, { ...OPTIONS, read: session.read });
  session.finish();
  await cache.saved();
  return { ...result, ...cache.lastLoad };
}

const records = (buffer: Buffer) => [...decodeRecords(buffer)];

describe('the document codec', () => {
  it('gives back every loaded document exactly: the same values, keys in the same order, shared strings', async () => {
    const { documents } = await loadKnowledge(knowledge(), OPTIONS);
    expect(documents.map((d) => d.format)).toEqual(expect.arrayContaining(['txt', 'pdf', 'docx']));
    for (const result of documents) {
      const record: CacheRecord = { file: result.path, key: `key|${result.hash}`, result };
      const [back] = records(encodeRecord(record));
      expect(back).toStrictEqual(record);
      expect(JSON.stringify(back)).toBe(JSON.stringify(record));
      const passages = back!.result && 'passages' in back!.result ? back!.result.passages : [];
      expect(passages.every((p) => p.docId === passages[0]!.docId)).toBe(true);
    }
  });

  it('keeps what JSON would lose or change, and shapes it has no layout for', () => {
    const result = {
      id: 'a.txt',
      wide: 'Remiss – svar senast 😀 \ud800',
      numbers: [0, 1, 127, 128, 2 ** 31, -1, 0.5, -0, Number.MAX_SAFE_INTEGER],
      missing: undefined,
      // An own "__proto__" key, as JSON.parse makes it from front matter.
      nested: JSON.parse('{"__proto__": "own", "list": [null, true, false, "a.txt"]}') as object,
      passages: [{ text: 'no passage layout', id: 'x' }],
    };
    const record = { file: '/k/a.txt', key: 'k', result } as unknown as CacheRecord;
    const [back] = records(encodeRecord(record));
    expect(back).toStrictEqual(record);
    expect(Object.is((back!.result as unknown as typeof result).numbers[7], -0)).toBe(true);
    expect(Object.hasOwn((back!.result as unknown as typeof result).nested, '__proto__')).toBe(true);
    expect(records(encodeRecord({ file: 'b', key: 'k', result: { reason: 'confidential' } }))).toEqual([
      { file: 'b', key: 'k', result: { reason: 'confidential' } },
    ]);
  });

  it('decodes passages when they are first read, and writes unread ones back byte for byte', async () => {
    const { documents } = await loadKnowledge(knowledge(), OPTIONS);
    const loaded = documents.find((d) => d.format === 'docx')!;
    const bytes = encodeRecord({ file: loaded.path, key: 'k', result: loaded });
    const back = records(bytes)[0]!.result as KnowledgeDocument;
    // Not decoded yet: its count is known, and saving it again copies its block.
    expect(blockSourceOf(back, back.id)).not.toBeNull();
    expect(passageCount(back)).toBe(loaded.passages.length);
    expect(encodeRecord({ file: loaded.path, key: 'k', result: back })).toEqual(bytes);
    // Read: the same passages, kept, and encoded to the same bytes again.
    expect(back.passages).toStrictEqual(loaded.passages);
    expect(back.passages).toBe(back.passages);
    expect(blockSourceOf(back, back.id)).toBeNull();
    expect(encodeRecord({ file: loaded.path, key: 'k', result: back })).toEqual(bytes);
    // A copy (as validity makes one) and an assignment behave as on a plain object.
    expect({ ...back }).toStrictEqual({ ...loaded });
    back.passages = back.passages.slice(0, 1);
    expect(back.passages).toHaveLength(1);
  });

  it('leaves out a record damaged anywhere: in its structure, its metadata, a case or its passages', async () => {
    const { documents } = await loadKnowledge(knowledge(), OPTIONS);
    const doc = documents.find((d) => d.cases.length > 0 && d.passages.length > 3)!;
    const good = encodeRecord({ file: doc.path, key: 'k', result: doc });
    // Each part decoded only when read is covered by the record's checksum, checked when the file is read.
    for (let at = 8; at < good.length; at += 7) {
      const damaged = Buffer.from(good);
      damaged[at]! ^= 0x01;
      expect(records(damaged)).toEqual([]);
    }
  });

  it('fails loudly, never answering from it, when a part is malformed although its checksum is right', async () => {
    const { documents } = await loadKnowledge(knowledge(), OPTIONS);
    const doc = documents[0]!;
    const body = Buffer.from(encodeRecord({ file: doc.path, key: 'k', result: doc }).subarray(8));
    // The passage blocks end the record: a back-reference to a string the block never had, and the
    // checksum written for the wrong bytes, as only a defect in the writer could make it.
    body[body.length - 1] = 0x7f;
    const frame = Buffer.alloc(8);
    frame.writeUInt32LE(body.length, 0);
    frame.writeUInt32LE(crc32(body), 4);
    const back = records(Buffer.concat([frame, body]))[0]!.result as KnowledgeDocument;
    expect(back.meta).toStrictEqual(doc.meta);
    expect(() => back.passages).toThrow(/malformed/);
  });

  it('leaves out a damaged record and keeps the others', () => {
    const one = encodeRecord({ file: 'a', key: 'k', result: { reason: 'first' } });
    const two = encodeRecord({ file: 'b', key: 'k', result: { reason: 'second' } });
    const damaged = Buffer.from(one);
    damaged[damaged.length - 2]! ^= 0xff;
    expect(records(Buffer.concat([damaged, two])).map((r) => r.file)).toEqual(['b']);
    // A cut-off file keeps the records before the cut.
    expect(records(Buffer.concat([one, two.subarray(0, two.length - 3)])).map((r) => r.file)).toEqual(['a']);
    expect(records(Buffer.from('{"file": broken'))).toEqual([]);
  });
});

describe('the document cache on the codec', () => {
  it('serves an unchanged folder from the cache, equal to reading it', async () => {
    const dir = knowledge();
    const cacheDir = tempDir('utblick-codec-cache-');
    const fresh = await loadKnowledge(dir, OPTIONS);
    const first = await load(dir, cacheDir);
    expect(first.hits).toBe(0);
    const second = await load(dir, cacheDir);
    expect(second).toMatchObject({ hits: first.reads, reads: 0 });
    expect(second.documents).toStrictEqual(fresh.documents);
    expect(second.skipped).toStrictEqual(fresh.skipped);
  });

  it('reads a file again when its size, its modification time or the extractor changes', async () => {
    const dir = knowledge();
    const cacheDir = tempDir('utblick-codec-cache-');
    const all = (await load(dir, cacheDir)).reads;
    const file = path.join(dir, 'bank', 'a1-utlatande.txt');
    const text = readFileSync(file, 'utf8');
    const at = new Date('2027-01-15T12:00:00Z');

    // Same size, a new time.
    utimesSync(file, at, at);
    expect(await load(dir, cacheDir)).toMatchObject({ hits: all - 1, reads: 1 });
    // Same time, a new size.
    writeFileSync(file, `${text}\nEn mening till.\n`);
    utimesSync(file, at, at);
    const grown = await load(dir, cacheDir);
    expect(grown).toMatchObject({ hits: all - 1, reads: 1 });
    expect(grown.documents.find((d) => d.id === 'bank/a1-utlatande.txt')!.passages.at(-1)!.text).toBe(
      'En mening till.',
    );
    expect(await load(dir, cacheDir)).toMatchObject({ hits: all, reads: 0 });
    // Another extractor reads everything and leaves only its own files.
    expect(await load(dir, cacheDir, 'fedcba9876543210')).toMatchObject({ hits: 0, reads: all });
    expect(readdirSync(cacheDir).every((n) => n.includes('fedcba9876543210'))).toBe(true);
  });

  it('reads afresh the files whose records a damaged cache file lost, and gives the same documents', async () => {
    const dir = knowledge();
    const cacheDir = tempDir('utblick-codec-cache-');
    const fresh = await loadKnowledge(dir, OPTIONS);
    const all = (await load(dir, cacheDir)).reads;
    const shards = readdirSync(cacheDir).sort();
    // One byte flipped in the middle of one shard, another shard cut short, a third overwritten.
    const flipped = path.join(cacheDir, shards[0]!);
    const bytes = readFileSync(flipped);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x20;
    writeFileSync(flipped, bytes);
    const cut = path.join(cacheDir, shards[1]!);
    writeFileSync(cut, readFileSync(cut).subarray(0, 20));
    writeFileSync(path.join(cacheDir, shards[2]!), 'not a cache file');

    const repaired = await load(dir, cacheDir);
    expect(repaired.reads).toBeGreaterThanOrEqual(3);
    expect(repaired.hits + repaired.reads).toBe(all);
    expect(repaired.documents).toStrictEqual(fresh.documents);
    expect(await load(dir, cacheDir)).toMatchObject({ hits: all, reads: 0 });
  });
});

import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { metaHint } from '../knowledge/meta-hint.js';
import { passageCount } from '../knowledge/passage-block.js';
import type { KnowledgeDocument } from '../knowledge/types.js';
import { splitSentences } from '../text/sentences.js';
import { analyzeText } from './analyzer.js';
import type { IndexData, SmallInts } from './index-data.js';
import { SearchIndex } from './search-index.js';

/**
 * The index on disk, so that a restart does not re-analyse an unchanged corpus: a small JSON header, the
 * term list, and every typed array of the index (the per-passage data and FlexSearch's postings) byte for
 * byte. Loading reads the file once and uses the arrays in place; FlexSearch's term map gets views of them
 * (flex-postings.ts), so nothing is parsed or replayed. A file is used only when its key matches: the
 * documents (ids and content hashes), the file format, and a fingerprint of what the analyzer and sentence
 * splitter make of a sample of the corpus today, so that tuning the analyzer makes old files stale by
 * itself. Anything unreadable is ignored and the index is built afresh.
 */
const FORMAT = 'utblick-index/4';
const MAGIC = Buffer.from('UTBLIDX4');
const FILE = /^index-[0-9a-f]{16}\.bin$/;
const SAMPLE = 400;

const ARRAYS = [
  'df',
  'bodyOffsets',
  'bodyIds',
  'bodyFreqs',
  'lengths',
  'contextOffsets',
  'contextIds',
  'sentenceOffsets',
  'sentenceBounds',
  'sentenceTermOffsets',
  'sentenceTermIds',
  'contextDf',
  'titleOffsets',
  'titleIds',
  'bodyPostings',
  'contextPostings',
] as const satisfies readonly (keyof IndexData)[];

/** The arrays that may be narrower than Int32 (see `SmallInts`). */
const NARROW: ReadonlySet<string> = new Set([
  'bodyIds',
  'bodyFreqs',
  'lengths',
  'contextIds',
  'sentenceBounds',
  'sentenceTermIds',
  'titleIds',
]);

type Header = {
  format: string;
  key: string;
  endian: 'LE' | 'BE';
  termBytes: number;
  lengths: number[];
  /** Bytes per element of each array: 1 (Uint8), 2 (Uint16) or 4 (Int32); each array starts on a 4-byte boundary. */
  widths: number[];
};

/** An array's bytes padded to a multiple of 4, so that the next one starts aligned. */
const padded = (bytes: number) => Math.ceil(bytes / 4) * 4;

function arrayOf(width: number, buffer: ArrayBufferLike, byteOffset: number, length: number): SmallInts {
  if (width === 1) return new Uint8Array(buffer, byteOffset, length);
  if (width === 2) return new Uint16Array(buffer, byteOffset, length);
  return new Int32Array(buffer, byteOffset, length);
}

const endian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE';

/** What the documents are and how today's analyzer reads them. */
export function corpusKey(documents: KnowledgeDocument[]): string {
  const h = createHash('sha256').update(FORMAT);
  let total = 0;
  // Hashed a thousand documents at a time: one update per document cost a tenth of a second at 50,000.
  let lines: string[] = [];
  for (const doc of documents) {
    const count = passageCount(doc);
    lines.push(`\n${doc.id}\t${doc.hash}\t${metaHint(doc).title}\t${count}`);
    total += count;
    if (lines.length === 1000) {
      h.update(lines.join(''));
      lines = [];
    }
  }
  h.update(lines.join(''));
  const step = Math.max(1, Math.floor(total / SAMPLE));
  h.update(
    `\n${analyzeText('Omvärldsbevakningen, Värtahamnen, konferens, den 10 februari 2027, 2027-02-10, EU-projekt och stadsdelsnämndernas ansvar i Gdańsk och Zürich, städer och länder, ärendena, renoveras, vad händer, whether, EU:s och UBC:s, ägs av, nådde, bidragen, förslagen, samlade').join(' ')}`,
  );
  // Only the sampled passages are read: a cached document's passages are decoded when first read.
  let first = 0;
  for (const doc of documents) {
    const count = passageCount(doc);
    for (let at = Math.ceil(first / step) * step; at < first + count; at += step) {
      const p = doc.passages[at - first]!;
      const sentences = splitSentences(p.text).map((s) => `${s.start}:${s.end}`);
      h.update(`\n${analyzeText(`${p.section ?? ''} ${p.lead ?? ''} ${p.text}`).join(' ')}|${sentences}`);
    }
    first += count;
  }
  return h.digest('hex').slice(0, 16);
}

function encode(data: IndexData, key: string): Buffer[] {
  const terms = Buffer.from(data.terms.join('\n'), 'utf8');
  const header: Header = {
    format: FORMAT,
    key,
    endian,
    termBytes: terms.length,
    lengths: ARRAYS.map((name) => data[name].length),
    widths: ARRAYS.map((name) => data[name].BYTES_PER_ELEMENT),
  };
  let json = Buffer.from(JSON.stringify(header), 'utf8');
  // Pad so that the typed arrays start on a 4-byte boundary and can be read in place.
  const unaligned = (MAGIC.length + 4 + json.length + terms.length) % 4;
  if (unaligned) json = Buffer.concat([json, Buffer.alloc(4 - unaligned, 0x20)]);
  const size = Buffer.alloc(4);
  size.writeUInt32LE(json.length);
  const arrays: Buffer[] = [];
  for (const name of ARRAYS) {
    const array = data[name];
    arrays.push(Buffer.from(array.buffer, array.byteOffset, array.byteLength));
    const pad = padded(array.byteLength) - array.byteLength;
    if (pad > 0) arrays.push(Buffer.alloc(pad));
  }
  return [MAGIC, size, json, terms, ...arrays];
}

function decode(buffer: Buffer, key: string): IndexData | null {
  if (buffer.length < MAGIC.length + 4 || !buffer.subarray(0, MAGIC.length).equals(MAGIC)) return null;
  const jsonLength = buffer.readUInt32LE(MAGIC.length);
  let offset = MAGIC.length + 4;
  const header = JSON.parse(buffer.toString('utf8', offset, offset + jsonLength)) as Header;
  if (header.format !== FORMAT || header.key !== key || header.endian !== endian) return null;
  offset += jsonLength;
  const terms =
    header.termBytes === 0 ? [] : buffer.toString('utf8', offset, offset + header.termBytes).split('\n');
  offset += header.termBytes;
  const widths = header.widths;
  if (header.lengths.length !== ARRAYS.length || widths?.length !== ARRAYS.length) return null;
  if (widths.some((w) => w !== 1 && w !== 2 && w !== 4)) return null;
  const expected = offset + header.lengths.reduce((sum, n, k) => sum + padded(n * widths[k]!), 0);
  if (expected !== buffer.length) return null;
  const aligned = (buffer.byteOffset + offset) % 4 === 0;
  const data: Record<string, unknown> = { terms };
  ARRAYS.forEach((name, k) => {
    const length = header.lengths[k]!;
    const width = widths[k]!;
    const bytes = buffer.subarray(offset, offset + length * width);
    const array = aligned
      ? arrayOf(width, bytes.buffer, bytes.byteOffset, length)
      : arrayOf(width, new Uint8Array(bytes).buffer, 0, length);
    // The offsets, counts and postings are read as Int32Array everywhere: a file that says otherwise is foreign.
    if (!NARROW.has(name) && width !== 4) throw new Error(`${name} is not 32-bit`);
    data[name] = array;
    offset += padded(length * width);
  });
  return data as IndexData;
}

/** Index files read before their key is known, by file name (see `readIndexAhead`). */
export type IndexFilesAhead = Promise<Map<string, Buffer>>;

/**
 * Starts reading the saved index files of `dir` (normally one: a save removes the others) before the
 * documents that make their key are loaded, so that reading a file of hundreds of megabytes overlaps
 * loading the documents instead of following it. `loadIndex` uses a file only when its key matches.
 */
export function readIndexAhead(dir: string): IndexFilesAhead {
  return (async () => {
    const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => FILE.test(n));
    const files = new Map<string, Buffer>();
    await Promise.all(
      names.map(async (name) => {
        const buffer = await readFile(path.join(dir, name)).catch(() => null);
        if (buffer) files.set(name, buffer);
      }),
    );
    return files;
  })();
}

/** The saved index for exactly these documents, or null when there is none (or it is stale or damaged). */
export async function loadIndex(
  documents: KnowledgeDocument[],
  dir: string,
  ahead?: IndexFilesAhead,
): Promise<SearchIndex | null> {
  const key = corpusKey(documents);
  const name = `index-${key}.bin`;
  const buffer = (await ahead)?.get(name) ?? (await readFile(path.join(dir, name)).catch(() => null));
  if (!buffer) return null;
  try {
    const data = decode(buffer, key);
    return data ? new SearchIndex(documents, data) : null;
  } catch {
    return null;
  }
}

/** Saves to one folder run one after another, so that a later save's clean-up never races an earlier one. */
const queues = new Map<string, Promise<unknown>>();
let serial = 0;

/** Writes the index atomically and removes files of earlier corpora. */
export function saveIndex(index: SearchIndex, documents: KnowledgeDocument[], dir: string): Promise<string> {
  const previous = queues.get(dir) ?? Promise.resolve();
  const run = previous.then(
    () => writeIndex(index, documents, dir),
    () => writeIndex(index, documents, dir),
  );
  const settled = run.catch(() => {});
  queues.set(dir, settled);
  void settled.then(() => {
    if (queues.get(dir) === settled) queues.delete(dir);
  });
  return run;
}

/** Settles when every save to the folder started so far has finished (or failed). */
export async function savesSettled(dir: string): Promise<void> {
  await queues.get(dir);
}

async function writeIndex(index: SearchIndex, documents: KnowledgeDocument[], dir: string): Promise<string> {
  const key = corpusKey(documents);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `index-${key}.bin`);
  const temporary = `${file}.${process.pid}-${++serial}.tmp`;
  await writeFile(temporary, encode(index.data, key));
  await rename(temporary, file);
  for (const name of await readdir(dir)) {
    if (FILE.test(name) && name !== path.basename(file)) await rm(path.join(dir, name), { force: true });
  }
  return file;
}

export type OpenedIndex = {
  index: SearchIndex;
  source: 'disk' | 'built';
  ms: number;
  /** Settles when a built index has been written (at once for one read from disk); it never rejects. */
  saved: Promise<void>;
};

/**
 * The index for these documents: read from `dir` when the corpus is unchanged, else built, returned at once,
 * and saved there in the background (off the path of the questions that wait for it). A failure to save is
 * reported through `onSaveError` and does not fail the build.
 */
export async function openIndex(
  documents: KnowledgeDocument[],
  dir: string,
  onSaveError: (error: Error) => void = () => {},
  ahead?: IndexFilesAhead,
): Promise<OpenedIndex> {
  const started = performance.now();
  const loaded = await loadIndex(documents, dir, ahead);
  const ms = () => Math.round(performance.now() - started);
  if (loaded) return { index: loaded, source: 'disk', ms: ms(), saved: Promise.resolve() };
  const index = new SearchIndex(documents);
  const built = ms();
  const saved = saveIndex(index, documents, dir).then(
    () => {},
    (error: Error) => onSaveError(error),
  );
  return { index, source: 'built', ms: built, saved };
}

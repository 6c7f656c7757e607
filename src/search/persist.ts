import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { KnowledgeDocument } from '../knowledge/types.js';
import { splitSentences } from '../text/sentences.js';
import { analyzeText } from './analyzer.js';
import type { IndexData } from './index-data.js';
import { type FlexChunks, SearchIndex } from './search-index.js';

/**
 * The index on disk, so that a restart does not re-analyse an unchanged corpus: the per-passage arrays as
 * they are, and FlexSearch's own export (imported into an index built with identical options). A file is used only when
 * its key matches: the documents (ids and content hashes), the file format, and a fingerprint of what the
 * analyzer and sentence splitter make of a sample of the corpus today, so that tuning the analyzer makes
 * old files stale by itself. Anything unreadable is ignored and the index is built afresh.
 */
const FORMAT = 'utblick-index/2';
const MAGIC = Buffer.from('UTBLIDX1');
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
] as const satisfies readonly (keyof IndexData)[];

type Header = {
  format: string;
  key: string;
  endian: 'LE' | 'BE';
  termBytes: number;
  lengths: number[];
  /** FlexSearch's export, as JSON after the arrays. */
  flexBytes: number;
};

const endian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE';

/** What the documents are and how today's analyzer reads them. */
export function corpusKey(documents: KnowledgeDocument[]): string {
  const h = createHash('sha256').update(FORMAT);
  for (const doc of documents)
    h.update(`\n${doc.id}\t${doc.hash}\t${doc.meta.title}\t${doc.passages.length}`);
  let total = 0;
  for (const doc of documents) total += doc.passages.length;
  const step = Math.max(1, Math.floor(total / SAMPLE));
  h.update(`\n${analyzeText('Omvärldsbevakningen, EU-projekt och stadsdelsnämndernas ansvar').join(' ')}`);
  let at = 0;
  for (const doc of documents) {
    for (const p of doc.passages) {
      if (at++ % step !== 0) continue;
      const sentences = splitSentences(p.text).map((s) => `${s.start}:${s.end}`);
      h.update(`\n${analyzeText(`${p.section ?? ''} ${p.lead ?? ''} ${p.text}`).join(' ')}|${sentences}`);
    }
  }
  return h.digest('hex').slice(0, 16);
}

function encode(data: IndexData, flex: FlexChunks, key: string): Buffer[] {
  const terms = Buffer.from(data.terms.join('\n'), 'utf8');
  const flexJson = Buffer.from(JSON.stringify(flex), 'utf8');
  const header: Header = {
    format: FORMAT,
    key,
    endian,
    termBytes: terms.length,
    lengths: ARRAYS.map((name) => data[name].length),
    flexBytes: flexJson.length,
  };
  let json = Buffer.from(JSON.stringify(header), 'utf8');
  // Pad so that the typed arrays start on a 4-byte boundary and can be read in place.
  const unaligned = (MAGIC.length + 4 + json.length + terms.length) % 4;
  if (unaligned) json = Buffer.concat([json, Buffer.alloc(4 - unaligned, 0x20)]);
  const size = Buffer.alloc(4);
  size.writeUInt32LE(json.length);
  const arrays = ARRAYS.map((name) =>
    Buffer.from(data[name].buffer, data[name].byteOffset, data[name].byteLength),
  );
  return [MAGIC, size, json, terms, ...arrays, flexJson];
}

function decode(buffer: Buffer, key: string): { data: IndexData; flex: FlexChunks } | null {
  if (buffer.length < MAGIC.length + 4 || !buffer.subarray(0, MAGIC.length).equals(MAGIC)) return null;
  const jsonLength = buffer.readUInt32LE(MAGIC.length);
  let offset = MAGIC.length + 4;
  const header = JSON.parse(buffer.toString('utf8', offset, offset + jsonLength)) as Header;
  if (header.format !== FORMAT || header.key !== key || header.endian !== endian) return null;
  offset += jsonLength;
  const terms =
    header.termBytes === 0 ? [] : buffer.toString('utf8', offset, offset + header.termBytes).split('\n');
  offset += header.termBytes;
  const expected = offset + header.lengths.reduce((sum, n) => sum + n * 4, 0) + header.flexBytes;
  if (expected !== buffer.length || header.lengths.length !== ARRAYS.length) return null;
  const aligned = (buffer.byteOffset + offset) % 4 === 0;
  const data: Partial<IndexData> = { terms };
  ARRAYS.forEach((name, k) => {
    const length = header.lengths[k]!;
    const bytes = buffer.subarray(offset, offset + length * 4);
    data[name] = aligned
      ? new Int32Array(bytes.buffer, bytes.byteOffset, length)
      : new Int32Array(new Uint8Array(bytes).buffer);
    offset += length * 4;
  });
  const flex = JSON.parse(buffer.toString('utf8', offset, offset + header.flexBytes)) as FlexChunks;
  return { data: data as IndexData, flex };
}

/** The saved index for exactly these documents, or null when there is none (or it is stale or damaged). */
export async function loadIndex(documents: KnowledgeDocument[], dir: string): Promise<SearchIndex | null> {
  const key = corpusKey(documents);
  const buffer = await readFile(path.join(dir, `index-${key}.bin`)).catch(() => null);
  if (!buffer) return null;
  try {
    const decoded = decode(buffer, key);
    return decoded ? new SearchIndex(documents, decoded.data, decoded.flex) : null;
  } catch {
    return null;
  }
}

/** Writes the index atomically and removes files of earlier corpora. */
export async function saveIndex(
  index: SearchIndex,
  documents: KnowledgeDocument[],
  dir: string,
): Promise<string> {
  const key = corpusKey(documents);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `index-${key}.bin`);
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, encode(index.data, index.exportFlex(), key));
  await rename(temporary, file);
  for (const name of await readdir(dir)) {
    if (FILE.test(name) && name !== path.basename(file)) await rm(path.join(dir, name), { force: true });
  }
  return file;
}

export type OpenedIndex = { index: SearchIndex; source: 'disk' | 'built'; ms: number };

/**
 * The index for these documents: read from `dir` when the corpus is unchanged, else built and saved there.
 * A failure to save is reported through `onSaveError` and does not fail the build.
 */
export async function openIndex(
  documents: KnowledgeDocument[],
  dir: string,
  onSaveError: (error: Error) => void = () => {},
): Promise<OpenedIndex> {
  const started = performance.now();
  const saved = await loadIndex(documents, dir);
  if (saved) return { index: saved, source: 'disk', ms: Math.round(performance.now() - started) };
  const index = new SearchIndex(documents);
  await saveIndex(index, documents, dir).catch((error: Error) => onSaveError(error));
  return { index, source: 'built', ms: Math.round(performance.now() - started) };
}

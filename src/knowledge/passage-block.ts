import { defineLazy, lazyHint, unreadSource } from './lazy-values.js';
import type { Passage } from './types.js';

/**
 * A document's passages as the document cache keeps them, and decoded only when something reads them.
 *
 * A restart at 50,000 documents brings back over a million passages, and each decoded passage is an object,
 * an id and a text: millions of objects that cost more in garbage collection than everything else the
 * start does. Loading needs only how many passages each document has (to lay out the index); answering
 * reads the passages of a few documents. So a cached document's `passages` is an accessor that decodes
 * its passages on first read and keeps them: to every reader (spread, JSON, equality) it is the same array
 * that `loadDocument` made.
 *
 * Block: per passage a byte (kind, and whether section and lead are null), the ordinal, the section, the
 * text and the lead. Strings are written as in the record (`document-codec.ts`): `2n + 1` is the n-th
 * string of this block seen before; `4 × length + 2 × wide` (even) a new one, the next characters of the
 * record's Latin-1 or UTF-16 blob. A block refers only to its own strings, so that it can be decoded
 * without the rest of its record. The id and the document id are the document's own.
 */
export const KINDS: readonly Passage['kind'][] = ['heading', 'paragraph', 'list_item', 'line'];

/** The keys of a passage in the order `toPassages` makes them; any other shape is written as tagged values. */
const PASSAGE_KEYS = 'id,docId,section,kind,text,lead,ordinal';

/** True for passages exactly as `toPassages` makes them for document `docId`: those get the block layout. */
export function isPassageList(list: unknown, docId: unknown): list is Passage[] {
  if (!Array.isArray(list) || typeof docId !== 'string') return false;
  return list.every(
    (p: Passage) =>
      typeof p === 'object' &&
      p !== null &&
      Object.keys(p).join(',') === PASSAGE_KEYS &&
      p.docId === docId &&
      Number.isInteger(p.ordinal) &&
      p.ordinal >= 0 &&
      p.ordinal < 2 ** 31 &&
      p.id === `${docId}#${p.ordinal}` &&
      KINDS.includes(p.kind) &&
      typeof p.text === 'string' &&
      (p.section === null || typeof p.section === 'string') &&
      (p.lead === null || typeof p.lead === 'string'),
  );
}

/** Where the encoder puts a block: its bytes, and each string into the record's blobs. */
export type BlockWriter = {
  byte(b: number): void;
  varint(n: number): void;
  /** A new string into the record's blobs; `varint` must already hold its `4 × length + 2 × wide`. */
  fresh(s: string): void;
};

/** Writes one document's passages as a block (see above). */
export function encodeBlock(list: Passage[], out: BlockWriter, isWide: (s: string) => boolean) {
  const seen = new Map<string, number>();
  const string = (s: string, shared: boolean) => {
    const at = shared ? seen.get(s) : undefined;
    if (at !== undefined) {
      out.varint(at * 2 + 1);
      return;
    }
    if (shared) seen.set(s, seen.size);
    out.varint(s.length * 4 + (isWide(s) ? 2 : 0));
    out.fresh(s);
  };
  for (const p of list) {
    out.byte(KINDS.indexOf(p.kind) | (p.section === null ? 4 : 0) | (p.lead === null ? 8 : 0));
    out.varint(p.ordinal);
    if (p.section !== null) string(p.section, true);
    // Texts rarely repeat, and remembering them costs.
    string(p.text, false);
    if (p.lead !== null) string(p.lead, true);
  }
}

/**
 * Part of a record kept for a lazy decode: its bytes `bytes[from, to)` (a copy, so that the cache file is not
 * kept in memory) and the characters of the record's blobs that its strings take.
 */
export type Section = {
  bytes: Uint8Array;
  from: number;
  to: number;
  narrow: string;
  narrowAt: number;
  narrowChars: number;
  wide: string;
  wideAt: number;
  wideChars: number;
};

/** A passage block: a section and the number of passages in it. */
export type BlockSource = Section & { count: number };

/**
 * Decodes a block. Every read is checked: a block whose record had a right checksum but is malformed all the
 * same (a defect, never a damaged disk: the checksum tells those) fails here, loudly.
 */
export function decodeBlock(source: BlockSource, docId: string): Passage[] {
  const { bytes, narrow, wide } = source;
  const malformed = () => new Error('a passage block of the document cache is malformed');
  const narrowEnd = source.narrowAt + source.narrowChars;
  const wideEnd = source.wideAt + source.wideChars;
  let at = source.from;
  let narrowAt = source.narrowAt;
  let wideAt = source.wideAt;
  const strings: string[] = [];
  const byte = (): number => {
    if (at >= source.to) throw malformed();
    return bytes[at++]!;
  };
  const varint = (): number => {
    let n = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const b = byte();
      n += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return n;
    }
    throw malformed();
  };
  const string = (shared: boolean): string => {
    const v = varint();
    if (v % 2 === 1) {
      const s = shared ? strings[(v - 1) / 2] : undefined;
      if (s === undefined) throw malformed();
      return s;
    }
    const length = Math.floor(v / 4);
    let s: string;
    if (v % 4 === 2) {
      if (wideAt + length > wideEnd) throw malformed();
      s = wide.slice(wideAt, wideAt + length);
      wideAt += length;
    } else {
      if (narrowAt + length > narrowEnd) throw malformed();
      s = narrow.slice(narrowAt, narrowAt + length);
      narrowAt += length;
    }
    if (shared) strings.push(s);
    return s;
  };
  const list: Passage[] = new Array(source.count);
  for (let k = 0; k < source.count; k++) {
    const flags = byte();
    if (flags > 15) throw malformed();
    const kind = KINDS[flags & 3]!;
    const ordinal = varint();
    const section = flags & 4 ? null : string(true);
    const text = string(false);
    const lead = flags & 8 ? null : string(true);
    list[k] = { id: `${docId}#${ordinal}`, docId, section, kind, text, lead, ordinal };
  }
  if (at !== source.to || narrowAt !== narrowEnd || wideAt !== wideEnd) throw malformed();
  return list;
}

/** Gives a document a `passages` decoded from its block on first read (see `lazy-values.ts`). */
export function defineLazyPassages(object: object, docId: string, source: BlockSource) {
  defineLazy(object, 'passages', { docId, source }, decodePassages, source.count);
}

const decodePassages = ({ docId, source }: { docId: string; source: BlockSource }) =>
  decodeBlock(source, docId);

/** The block of an object's passages when they have not been decoded (for `docId`), else null. */
export function blockSourceOf(object: object, docId: string): BlockSource | null {
  const unread = unreadSource(object, 'passages') as { docId: string; source: BlockSource } | null;
  return unread?.docId === docId ? unread.source : null;
}

/** How many passages a document has, without decoding a cached document's passages. */
export function passageCount(doc: { passages: readonly unknown[] }): number {
  const count = lazyHint(doc, 'passages');
  return typeof count === 'number' ? count : doc.passages.length;
}

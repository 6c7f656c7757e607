import { crc32 } from 'node:zlib';
import type { FileResult } from './document-cache.js';
import type { Passage } from './types.js';

/**
 * The document cache's records in a compact binary form: reading 50,000 documents back from JSON lines
 * spent most of a restart decoding the text and parsing it. A record holds a file's path, its cache key
 * and what `loadDocument` returned for it, and decodes to an equal value (same keys in the same order,
 * `undefined` kept).
 *
 * A record's strings are written apart from its structure, in two blobs: the strings whose characters all
 * fit in one byte (most Swedish text) as Latin-1, the others as UTF-16. Each blob becomes one JavaScript
 * string with a single decode, and every string of the record is a slice of it, which is much cheaper than
 * a decode per string. A string seen before in the same record (a passage's document id, section and list
 * lead) is written as a back-reference, so that the decoded passages share one copy as the loaded ones do.
 * Passages, a million of them at city scale, have a layout of their own; everything else is written as
 * tagged values. Every record carries a CRC-32, so that a damaged file is noticed and read afresh instead
 * of serving a wrong sentence.
 *
 * Record: u32 length of what follows, u32 CRC-32 of what follows, then varint Latin-1 bytes, varint
 * UTF-16 bytes, the two blobs, and the structure: the path, the key, the result.
 */
export type CacheRecord = { file: string; key: string; result: FileResult };

const Tag = {
  Null: 0,
  False: 1,
  True: 2,
  Int: 3,
  Float: 4,
  String: 5,
  Array: 6,
  Object: 7,
  Undefined: 8,
  /** A document's passages in their own layout (see `passages`). */
  Passages: 9,
} as const;

const KINDS: readonly Passage['kind'][] = ['heading', 'paragraph', 'list_item', 'line'];
/** The keys of a passage in the order `toPassages` makes them; any other shape is written as tagged values. */
const PASSAGE_KEYS = 'id,docId,section,kind,text,lead,ordinal';
const ONE_BYTE = /^[\u0000-\u00ff]*$/;

/** Grows as needed; `bytes()` is a view of what was written. */
class Writer {
  private buffer = Buffer.allocUnsafe(1 << 16);
  length = 0;

  private room(n: number) {
    if (this.length + n <= this.buffer.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + n));
    this.buffer.copy(next, 0, 0, this.length);
    this.buffer = next;
  }

  byte(b: number) {
    this.room(1);
    this.buffer[this.length++] = b;
  }

  varint(n: number) {
    this.room(5);
    let v = n >>> 0;
    while (v >= 0x80) {
      this.buffer[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buffer[this.length++] = v;
  }

  float(x: number) {
    this.room(8);
    this.buffer.writeDoubleLE(x, this.length);
    this.length += 8;
  }

  bytes(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}

/** Writes one record's structure, collecting its strings into the two blobs. */
class RecordEncoder {
  readonly out = new Writer();
  private readonly seen = new Map<string, number>();
  private readonly narrow: string[] = [];
  private readonly wide: string[] = [];

  /**
   * A string: `2n + 1` refers to the n-th string of the record; `4 × length + 2 × wide` (even) is a new
   * one, taken from the next characters of its blob.
   */
  string(s: string, shared = true) {
    if (!shared) {
      this.fresh(s);
      return;
    }
    const at = this.seen.get(s);
    if (at !== undefined) {
      this.out.varint(at * 2 + 1);
      return;
    }
    this.seen.set(s, this.seen.size);
    this.fresh(s);
  }

  /** A new string, never referred to again (a passage's text: texts rarely repeat, and keeping them costs). */
  private fresh(s: string) {
    const wide = !ONE_BYTE.test(s);
    (wide ? this.wide : this.narrow).push(s);
    this.out.varint(s.length * 4 + (wide ? 2 : 0));
  }

  value(v: unknown) {
    const out = this.out;
    if (v === null) out.byte(Tag.Null);
    else if (v === undefined) out.byte(Tag.Undefined);
    else if (v === true) out.byte(Tag.True);
    else if (v === false) out.byte(Tag.False);
    else if (typeof v === 'number') {
      if (Number.isInteger(v) && v >= 0 && v < 2 ** 31 && !Object.is(v, -0)) {
        out.byte(Tag.Int);
        out.varint(v);
      } else {
        out.byte(Tag.Float);
        out.float(v);
      }
    } else if (typeof v === 'string') {
      out.byte(Tag.String);
      this.string(v);
    } else if (Array.isArray(v)) {
      out.byte(Tag.Array);
      out.varint(v.length);
      for (const item of v) this.value(item);
    } else if (typeof v === 'object') {
      const keys = Object.keys(v);
      out.byte(Tag.Object);
      out.varint(keys.length);
      // The decoder knows the document's id only once it has read it: passages after it get their layout.
      let id: unknown;
      for (const key of keys) {
        this.string(key);
        const item = (v as Record<string, unknown>)[key];
        if (key === 'passages' && isPassageList(item, id)) this.passages(item);
        else this.value(item);
        if (key === 'id') id = item;
      }
    } else throw new Error(`the document cache cannot keep a ${typeof v}`);
  }

  /**
   * Passages: the count, then per passage a byte (kind, and whether section and lead are null), the
   * ordinal, the section, the text and the lead. The id and the document id are the document's own.
   */
  private passages(list: Passage[]) {
    const out = this.out;
    out.byte(Tag.Passages);
    out.varint(list.length);
    for (const p of list) {
      out.byte(KINDS.indexOf(p.kind) | (p.section === null ? 4 : 0) | (p.lead === null ? 8 : 0));
      out.varint(p.ordinal);
      if (p.section !== null) this.string(p.section);
      this.string(p.text, false);
      if (p.lead !== null) this.string(p.lead);
    }
  }

  /** The record: its framing, the blobs, then the structure. */
  finish(): Buffer {
    const narrow = Buffer.from(this.narrow.join(''), 'latin1');
    const wide = Buffer.from(this.wide.join(''), 'utf16le');
    const head = new Writer();
    head.varint(narrow.length);
    head.varint(wide.length);
    const body = Buffer.concat([head.bytes(), narrow, wide, this.out.bytes()]);
    const frame = Buffer.allocUnsafe(8);
    frame.writeUInt32LE(body.length, 0);
    frame.writeUInt32LE(crc32(body), 4);
    return Buffer.concat([frame, body]);
  }
}

/** True for passages exactly as `toPassages` makes them for document `docId`: those get the compact layout. */
function isPassageList(list: unknown, docId: unknown): list is Passage[] {
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

export function encodeRecord(record: CacheRecord): Buffer {
  const encoder = new RecordEncoder();
  encoder.string(record.file);
  encoder.string(record.key);
  encoder.value(record.result);
  return encoder.finish();
}

class Damaged extends Error {}

/** Reads one record's structure; every read is checked against the record's end. */
class RecordDecoder {
  private at: number;
  private readonly strings: string[] = [];
  private narrowAt = 0;
  private wideAt = 0;

  constructor(
    private readonly buffer: Buffer,
    start: number,
    private readonly end: number,
    private readonly narrow: string,
    private readonly wide: string,
  ) {
    this.at = start;
  }

  private byte(): number {
    if (this.at >= this.end) throw new Damaged();
    return this.buffer[this.at++]!;
  }

  varint(): number {
    let n = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const b = this.byte();
      n += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return n;
    }
    throw new Damaged();
  }

  string(shared = true): string {
    const v = this.varint();
    if (v % 2 === 1) {
      const s = this.strings[(v - 1) / 2];
      if (s === undefined) throw new Damaged();
      return s;
    }
    const length = Math.floor(v / 4);
    let s: string;
    if (v % 4 === 2) {
      if (this.wideAt + length > this.wide.length) throw new Damaged();
      s = this.wide.slice(this.wideAt, this.wideAt + length);
      this.wideAt += length;
    } else {
      if (this.narrowAt + length > this.narrow.length) throw new Damaged();
      s = this.narrow.slice(this.narrowAt, this.narrowAt + length);
      this.narrowAt += length;
    }
    if (shared) this.strings.push(s);
    return s;
  }

  value(docId?: string): unknown {
    switch (this.byte()) {
      case Tag.Null:
        return null;
      case Tag.Undefined:
        return undefined;
      case Tag.True:
        return true;
      case Tag.False:
        return false;
      case Tag.Int:
        return this.varint();
      case Tag.Float: {
        if (this.at + 8 > this.end) throw new Damaged();
        const x = this.buffer.readDoubleLE(this.at);
        this.at += 8;
        return x;
      }
      case Tag.String:
        return this.string();
      case Tag.Array: {
        const n = this.varint();
        if (n > this.end - this.at) throw new Damaged();
        const list: unknown[] = [];
        for (let k = 0; k < n; k++) list.push(this.value());
        return list;
      }
      case Tag.Object: {
        const n = this.varint();
        const object: Record<string, unknown> = {};
        let id: string | undefined;
        for (let k = 0; k < n; k++) {
          const key = this.string();
          const item = this.value(id);
          if (key === 'id' && typeof item === 'string') id = item;
          // An own property, as JSON.parse makes it, never the prototype.
          if (key === '__proto__')
            Object.defineProperty(object, key, {
              value: item,
              enumerable: true,
              writable: true,
              configurable: true,
            });
          else object[key] = item;
        }
        return object;
      }
      case Tag.Passages:
        if (docId === undefined) throw new Damaged();
        return this.passages(docId);
      default:
        throw new Damaged();
    }
  }

  private passages(docId: string): Passage[] {
    const n = this.varint();
    if (n > this.end - this.at) throw new Damaged();
    const list: Passage[] = [];
    for (let k = 0; k < n; k++) {
      const flags = this.byte();
      const kind = KINDS[flags & 3]!;
      const ordinal = this.varint();
      const section = flags & 4 ? null : this.string();
      const text = this.string(false);
      const lead = flags & 8 ? null : this.string();
      list.push({ id: `${docId}#${ordinal}`, docId, section, kind, text, lead, ordinal });
    }
    return list;
  }

  get done(): boolean {
    return this.at === this.end;
  }
}

/**
 * Every intact record in a file's bytes, in order. A record whose checksum or structure is wrong is left
 * out (its file is read afresh); a damaged length ends the file there.
 */
export function* decodeRecords(buffer: Buffer): Generator<CacheRecord> {
  let at = 0;
  while (at + 8 <= buffer.length) {
    const length = buffer.readUInt32LE(at);
    const start = at + 8;
    const end = start + length;
    if (end > buffer.length) return;
    const checksum = buffer.readUInt32LE(at + 4);
    at = end;
    if (crc32(buffer.subarray(start, end)) !== checksum) continue;
    const record = decodeRecord(buffer, start, end);
    if (record) yield record;
  }
}

function decodeRecord(buffer: Buffer, start: number, end: number): CacheRecord | null {
  try {
    const head = new RecordDecoder(buffer, start, end, '', '');
    const narrowBytes = head.varint();
    const wideBytes = head.varint();
    const blobs = start + varintSize(narrowBytes) + varintSize(wideBytes);
    const structure = blobs + narrowBytes + wideBytes;
    if (structure > end || wideBytes % 2 !== 0) return null;
    const narrow = buffer.toString('latin1', blobs, blobs + narrowBytes);
    const wide = buffer.toString('utf16le', blobs + narrowBytes, structure);
    const decoder = new RecordDecoder(buffer, structure, end, narrow, wide);
    const file = decoder.string();
    const key = decoder.string();
    const result = decoder.value() as FileResult;
    if (!decoder.done || typeof result !== 'object' || result === null) return null;
    return { file, key, result };
  } catch (error) {
    if (error instanceof Damaged) return null;
    throw error;
  }
}

function varintSize(n: number): number {
  let size = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 128);
    size++;
  }
  return size;
}

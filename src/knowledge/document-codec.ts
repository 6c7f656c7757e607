import { crc32 } from 'node:zlib';
import type { FileResult } from './document-cache.js';
import {
  type BlockSource,
  blockSourceOf,
  defineLazyPassages,
  encodeBlock,
  isPassageList,
  scanBlock,
} from './passage-block.js';
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
 * a decode per string. A string seen before in the same record (a document id, a field's evidence) is
 * written as a back-reference. Passages, a million of them at city scale, are written as a block of their
 * own after the rest of the record (`passage-block.ts`), which loading checks but does not decode: a
 * document's passages are decoded when something first reads them. Everything else is written as tagged
 * values. Every record carries a CRC-32, so that a damaged file is noticed and read afresh instead of
 * serving a wrong sentence, and a block's structure is checked as well when the record is read.
 *
 * Record: u32 length of what follows, u32 CRC-32 of what follows, then varint Latin-1 bytes, varint
 * UTF-16 bytes, the two blobs, the structure (the path, the key, the result, where a passage list is its
 * count), and the passage blocks in the order of their lists.
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
  /** A document's passages: their count here, their block after the structure (see `passage-block.ts`). */
  Passages: 9,
} as const;

const ONE_BYTE = /^[\u0000-\u00ff]*$/;
const isWide = (s: string) => !ONE_BYTE.test(s);

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

  raw(bytes: Uint8Array) {
    this.room(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
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
  /** Passage lists met in the structure (or their blocks, when never decoded), written after it. */
  private readonly blocks: (Passage[] | BlockSource)[] = [];

  /**
   * A string: `2n + 1` refers to the n-th string of the record; `4 × length + 2 × wide` (even) is a new
   * one, taken from the next characters of its blob.
   */
  string(s: string) {
    const at = this.seen.get(s);
    if (at !== undefined) {
      this.out.varint(at * 2 + 1);
      return;
    }
    this.seen.set(s, this.seen.size);
    this.out.varint(s.length * 4 + (isWide(s) ? 2 : 0));
    this.fresh(s);
  }

  /** A string's characters into their blob. */
  private fresh(s: string) {
    (isWide(s) ? this.wide : this.narrow).push(s);
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
        // Passages read from the cache and never decoded are written again as they were read.
        const source = key === 'passages' && typeof id === 'string' ? blockSourceOf(v, id) : null;
        const item = source ?? (v as Record<string, unknown>)[key];
        if (source || (key === 'passages' && isPassageList(item, id))) {
          const block = item as Passage[] | BlockSource;
          out.byte(Tag.Passages);
          out.varint(Array.isArray(block) ? block.length : block.count);
          this.blocks.push(block);
        } else this.value(item);
        if (key === 'id') id = item;
      }
    } else throw new Error(`the document cache cannot keep a ${typeof v}`);
  }

  /** The record: its framing, the blobs, then the structure. */
  finish(): Buffer {
    for (const list of this.blocks) this.block(list);
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

  /** A passage block, from its passages or copied from the block it was read from. */
  private block(block: Passage[] | BlockSource) {
    const out = this.out;
    if (Array.isArray(block)) {
      const writer = { byte: (b: number) => out.byte(b), varint: (n: number) => out.varint(n) };
      encodeBlock(block, { ...writer, fresh: (s) => this.fresh(s) }, isWide);
      return;
    }
    out.raw(block.bytes);
    this.narrow.push(block.narrow.slice(block.narrowAt, block.narrowAt + block.narrowChars));
    this.wide.push(block.wide.slice(block.wideAt, block.wideAt + block.wideChars));
  }
}

export function encodeRecord(record: CacheRecord): Buffer {
  const encoder = new RecordEncoder();
  encoder.string(record.file);
  encoder.string(record.key);
  encoder.value(record.result);
  return encoder.finish();
}

class Damaged extends Error {}

const NO_BYTES = new Uint8Array(0);

/** Reads one record's structure; every read is checked against the record's end. */
class RecordDecoder {
  private at: number;
  private readonly strings: string[] = [];
  private narrowAt: number;
  private wideAt: number;
  private readonly narrow: string;
  private readonly wide: string;
  private readonly narrowEnd: number;
  private readonly wideEnd: number;
  private readonly pending: BlockSource[] = [];

  /** The record's structure is `buffer[start, end)`; its blobs' characters are `narrow` and `wide`. */
  constructor(
    private readonly buffer: Buffer,
    start: number,
    private readonly end: number,
    narrow: Span,
    wide: Span,
  ) {
    this.at = start;
    this.narrow = narrow.text;
    this.narrowAt = narrow.from;
    this.narrowEnd = narrow.to;
    this.wide = wide.text;
    this.wideAt = wide.from;
    this.wideEnd = wide.to;
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

  string(): string {
    const v = this.varint();
    if (v % 2 === 1) {
      const s = this.strings[(v - 1) / 2];
      if (s === undefined) throw new Damaged();
      return s;
    }
    const length = Math.floor(v / 4);
    let s: string;
    if (v % 4 === 2) {
      if (this.wideAt + length > this.wideEnd) throw new Damaged();
      s = this.wide.slice(this.wideAt, this.wideAt + length);
      this.wideAt += length;
    } else {
      if (this.narrowAt + length > this.narrowEnd) throw new Damaged();
      s = this.narrow.slice(this.narrowAt, this.narrowAt + length);
      this.narrowAt += length;
    }
    this.strings.push(s);
    return s;
  }

  value(): unknown {
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
      case Tag.Object:
        return this.object();
      default:
        throw new Damaged();
    }
  }

  private object(): Record<string, unknown> {
    const n = this.varint();
    const object: Record<string, unknown> = {};
    let id: string | undefined;
    for (let k = 0; k < n; k++) {
      const key = this.string();
      if (this.at < this.end && this.buffer[this.at] === Tag.Passages) {
        this.at++;
        if (key !== 'passages' || id === undefined) throw new Damaged();
        this.lazyPassages(object, id);
        continue;
      }
      const item = this.value();
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

  /** A passage list: its count here, its block after the structure (filled in by `blocks`). */
  private lazyPassages(object: object, docId: string) {
    const count = this.varint();
    if (count > this.end - this.at) throw new Damaged();
    const source: BlockSource = {
      bytes: NO_BYTES,
      count,
      narrow: this.narrow,
      narrowAt: 0,
      narrowChars: 0,
      wide: this.wide,
      wideAt: 0,
      wideChars: 0,
    };
    defineLazyPassages(object, docId, source);
    this.pending.push(source);
  }

  /** The passage blocks after the structure: each checked, and its bytes kept for the lazy decode. */
  blocks() {
    for (const source of this.pending) {
      const narrowLeft = this.narrowEnd - this.narrowAt;
      const wideLeft = this.wideEnd - this.wideAt;
      const extent = scanBlock(this.buffer, this.at, this.end, source.count, narrowLeft, wideLeft);
      if (!extent) throw new Damaged();
      // A copy: a view would keep the whole cache file in memory.
      source.bytes = Buffer.from(this.buffer.subarray(this.at, extent.end));
      source.narrowAt = this.narrowAt;
      source.narrowChars = extent.narrowChars;
      source.wideAt = this.wideAt;
      source.wideChars = extent.wideChars;
      this.at = extent.end;
      this.narrowAt += extent.narrowChars;
      this.wideAt += extent.wideChars;
    }
  }

  /** Every byte and every blob character read. */
  get done(): boolean {
    return this.at === this.end && this.narrowAt === this.narrowEnd && this.wideAt === this.wideEnd;
  }
}

/** Characters `[from, to)` of `text`. */
type Span = { text: string; from: number; to: number };

/** Where one record's parts are in a file's bytes. */
type Frame = {
  structure: number;
  end: number;
  narrow: number;
  narrowBytes: number;
  wide: number;
  wideBytes: number;
};

/**
 * Every intact record in a file's bytes, in order. A record whose checksum or structure is wrong is left
 * out (its file is read afresh); a damaged length ends the file there.
 *
 * The blobs of all the file's records are decoded together, into one Latin-1 and one UTF-16 string, and
 * each record's strings are slices of those. A string that large is kept outside V8's heap (Node makes it
 * external), so that a restart's hundred megabytes of text are not copied from one generation of the heap
 * to the next as thousands of per-record strings were.
 */
export function* decodeRecords(buffer: Buffer): Generator<CacheRecord> {
  const frames = framesOf(buffer);
  const narrow = joined(buffer, frames, 'narrow', 'narrowBytes', 'latin1');
  const wide = joined(buffer, frames, 'wide', 'wideBytes', 'utf16le');
  let narrowAt = 0;
  let wideAt = 0;
  for (const frame of frames) {
    const narrowChars = frame.narrowBytes;
    const wideChars = frame.wideBytes / 2;
    const record = decodeRecord(
      buffer,
      frame,
      { text: narrow, from: narrowAt, to: narrowAt + narrowChars },
      { text: wide, from: wideAt, to: wideAt + wideChars },
    );
    narrowAt += narrowChars;
    wideAt += wideChars;
    if (record) yield record;
  }
}

/** The records whose checksum is right and whose blobs fit in them. */
function framesOf(buffer: Buffer): Frame[] {
  const frames: Frame[] = [];
  let at = 0;
  while (at + 8 <= buffer.length) {
    const length = buffer.readUInt32LE(at);
    const start = at + 8;
    const end = start + length;
    if (end > buffer.length) break;
    const checksum = buffer.readUInt32LE(at + 4);
    at = end;
    if (crc32(buffer.subarray(start, end)) !== checksum) continue;
    try {
      const none = { text: '', from: 0, to: 0 };
      const head = new RecordDecoder(buffer, start, end, none, none);
      const narrowBytes = head.varint();
      const wideBytes = head.varint();
      const narrow = start + varintSize(narrowBytes) + varintSize(wideBytes);
      const structure = narrow + narrowBytes + wideBytes;
      if (structure > end || wideBytes % 2 !== 0) continue;
      frames.push({ structure, end, narrow, narrowBytes, wide: narrow + narrowBytes, wideBytes });
    } catch (error) {
      if (!(error instanceof Damaged)) throw error;
    }
  }
  return frames;
}

/** The blobs of one kind, of every record, as one string. */
function joined(
  buffer: Buffer,
  frames: Frame[],
  at: 'narrow' | 'wide',
  bytes: 'narrowBytes' | 'wideBytes',
  encoding: 'latin1' | 'utf16le',
): string {
  let total = 0;
  for (const frame of frames) total += frame[bytes];
  const all = Buffer.allocUnsafe(total);
  let offset = 0;
  for (const frame of frames) {
    buffer.copy(all, offset, frame[at], frame[at] + frame[bytes]);
    offset += frame[bytes];
  }
  return all.toString(encoding);
}

function decodeRecord(buffer: Buffer, frame: Frame, narrow: Span, wide: Span): CacheRecord | null {
  try {
    const decoder = new RecordDecoder(buffer, frame.structure, frame.end, narrow, wide);
    const file = decoder.string();
    const key = decoder.string();
    const result = decoder.value() as FileResult;
    decoder.blocks();
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

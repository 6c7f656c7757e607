import { crc32 } from 'node:zlib';
import { ByteWriter } from './byte-writer.js';
import type { FileResult } from './document-cache.js';
import { defineLazy, makeShell, shellKey } from './lazy-values.js';
import {
  type BlockSource,
  blockSourceOf,
  defineLazyPassages,
  encodeBlock,
  isPassageList,
  type Section,
} from './passage-block.js';
import type { Passage } from './types.js';
import { titleKey } from './validity.js';

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
 * written as a back-reference. Everything is written as tagged values, except what a restart need not
 * decode (see `lazy-shell.ts` and `passage-block.ts`):
 * - a document's passages, a million of them at city scale, are a block of their own after the rest of the
 *   record, decoded when something first reads them;
 * - a document's metadata and each of its cases are shells: their fields needed at start as they are
 *   (the title and what the document replaces; a case's id and document id), the others as a section
 *   with strings of its own, decoded on first read.
 * Every record carries a CRC-32, so that a damaged file is noticed and read afresh instead of serving a
 * wrong sentence, and the structure of its blocks and sections is checked as well when it is read.
 *
 * Record: u32 length of what follows, u32 CRC-32 of what follows, then varint Latin-1 bytes, varint
 * UTF-16 bytes, the two blobs, the structure (the path, the key, the result, where a passage list is its
 * count), and the passage blocks in the order of their lists. A shell: its keys, each with a byte saying
 * whether its value follows here (1) or is in the section (0), then the section: its byte length, its
 * Latin-1 and UTF-16 characters, and the values of its keys.
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
  /** An object some of whose values are in a section of their own, decoded on first read (see above). */
  Shell: 10,
  /** A value in a section of its own, decoded on first read, with a hint: some of its keys and values. */
  Lazy: 11,
} as const;

/**
 * What a restart reads of a document's metadata (a hint beside it, with the title's key for validity; see
 * `meta-hint.ts`) and of its cases (kept in the shell).
 */
const META_HINT: readonly string[] = ['title', 'replaces'];
const CASE_AT_ONCE: readonly string[] = ['id', 'docId'];

const ONE_BYTE = /^[\u0000-\u00ff]*$/;
const isWide = (s: string) => !ONE_BYTE.test(s);

/** Writes one record's structure, collecting its strings into the two blobs. */
class RecordEncoder {
  out = new ByteWriter();
  private seen = new Map<string, number>();
  private readonly narrow: string[] = [];
  private readonly wide: string[] = [];
  private narrowChars = 0;
  private wideChars = 0;
  /** Writing a shell's section: plain tagged values only. */
  private inSection = false;
  /** Passage blocks met in the structure, written after it: their bytes and their strings. */
  private readonly blocks: { bytes: Uint8Array; narrow: string; wide: string }[] = [];

  /**
   * A string: `2n + 1` refers to the n-th string of the record (or of the section); `4 × length + 2 × wide`
   * (even) is a new one, taken from the next characters of its blob.
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

  /** A string's characters into their blob (`wide` for the UTF-16 one). */
  private fresh(s: string, wide = isWide(s)) {
    if (wide) {
      this.wide.push(s);
      this.wideChars += s.length;
    } else {
      this.narrow.push(s);
      this.narrowChars += s.length;
    }
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
      this.object(v as Record<string, unknown>);
    } else throw new Error(`the document cache cannot keep a ${typeof v}`);
  }

  private object(v: Record<string, unknown>) {
    const out = this.out;
    const keys = Object.keys(v);
    out.byte(Tag.Object);
    out.varint(keys.length);
    // A document's parts get their layouts once its id is known (the decoder reads it first, too).
    let id: unknown;
    for (const key of keys) {
      this.string(key);
      const document = typeof id === 'string' && !this.inSection;
      // Passages read from the cache and never decoded are written again as they were read.
      const source = document && key === 'passages' ? blockSourceOf(v, id as string) : null;
      const item = source ?? v[key];
      if (source || (document && key === 'passages' && isPassageList(item, id))) {
        this.passages(item as Passage[] | BlockSource);
      } else if (document && key === 'meta' && shellable(item, META_HINT) && typeof item.title === 'string') {
        const hint = META_HINT.map((k): [string, unknown] => [k, item[k]]);
        this.lazy(item, [...hint, ['titleKey', titleKey(item.title)]]);
      } else if (
        document &&
        key === 'cases' &&
        Array.isArray(item) &&
        item.every((c) => shellable(c, CASE_AT_ONCE))
      ) {
        out.byte(Tag.Array);
        out.varint(item.length);
        for (const c of item) this.shell(c, CASE_AT_ONCE);
      } else this.value(item);
      if (key === 'id') id = item;
    }
  }

  /** An object as a shell: the values of `atOnce` here, the others in a section. */
  private shell(v: Record<string, unknown>, atOnce: readonly string[]) {
    const out = this.out;
    const keys = Object.keys(v);
    out.byte(Tag.Shell);
    out.varint(keys.length);
    for (const key of keys) {
      this.string(key);
      const here = atOnce.includes(key);
      out.byte(here ? 1 : 0);
      if (here) this.value(v[key]);
    }
    this.section(keys.filter((key) => !atOnce.includes(key)).map((key) => v[key]));
  }

  /** A value in a section, after a hint: keys and values that stand for it until it is read. */
  private lazy(v: unknown, hint: [string, unknown][]) {
    const out = this.out;
    out.byte(Tag.Lazy);
    out.varint(hint.length);
    for (const [key, value] of hint) {
      this.string(key);
      this.value(value);
    }
    this.section([v]);
  }

  /** Values in a section: its byte length and blob characters, then the values, with strings of their own. */
  private section(values: unknown[]) {
    const outer = { out: this.out, seen: this.seen, narrow: this.narrowChars, wide: this.wideChars };
    this.out = new ByteWriter(256);
    this.seen = new Map();
    this.inSection = true;
    for (const value of values) this.value(value);
    const section = this.out.bytes();
    this.inSection = false;
    this.out = outer.out;
    this.seen = outer.seen;
    this.out.varint(section.length);
    this.out.varint(this.narrowChars - outer.narrow);
    this.out.varint(this.wideChars - outer.wide);
    this.out.raw(section);
  }

  /** The record: its framing, the blobs, then the structure and the passage blocks. */
  finish(): Buffer {
    for (const block of this.blocks) {
      this.out.raw(block.bytes);
      this.fresh(block.narrow, false);
      this.fresh(block.wide, true);
    }
    const narrow = Buffer.from(this.narrow.join(''), 'latin1');
    const wide = Buffer.from(this.wide.join(''), 'utf16le');
    const head = new ByteWriter(16);
    head.varint(narrow.length);
    head.varint(wide.length);
    const body = Buffer.concat([head.bytes(), narrow, wide, this.out.bytes()]);
    const frame = Buffer.allocUnsafe(8);
    frame.writeUInt32LE(body.length, 0);
    frame.writeUInt32LE(crc32(body), 4);
    return Buffer.concat([frame, body]);
  }

  /**
   * A passage list: here its count, the byte length of its block and the blob characters the block's
   * strings take; the block itself after the structure. Passages read from the cache and never decoded are
   * copied as they were read.
   */
  private passages(list: Passage[] | BlockSource) {
    let block: { bytes: Uint8Array; narrow: string; wide: string };
    if (Array.isArray(list)) {
      const out = new ByteWriter(1024);
      const narrow: string[] = [];
      const wide: string[] = [];
      const fresh = (s: string) => (isWide(s) ? wide : narrow).push(s);
      encodeBlock(list, { byte: (b) => out.byte(b), varint: (n) => out.varint(n), fresh }, isWide);
      block = { bytes: out.bytes(), narrow: narrow.join(''), wide: wide.join('') };
    } else {
      block = {
        bytes: list.bytes.subarray(list.from, list.to),
        narrow: list.narrow.slice(list.narrowAt, list.narrowAt + list.narrowChars),
        wide: list.wide.slice(list.wideAt, list.wideAt + list.wideChars),
      };
    }
    this.out.byte(Tag.Passages);
    this.out.varint(Array.isArray(list) ? list.length : list.count);
    this.out.varint(block.bytes.length);
    this.out.varint(block.narrow.length);
    this.out.varint(block.wide.length);
    this.blocks.push(block);
  }
}

/** A plain object whose `atOnce` keys (all of them present) make a shell worth having. */
function shellable(v: unknown, atOnce: readonly string[]): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return (
    atOnce.every((key) => keys.includes(key)) && keys.length > atOnce.length && !keys.includes('__proto__')
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

/** What a lazy decode of a malformed part says (see `decodeSection`). */
const MALFORMED = 'a document cache record is malformed although its checksum is right';

const NO_BYTES = new Uint8Array(0);

/** Characters `[from, to)` of `text`. */
type Span = { text: string; from: number; to: number };

/** A part of the record that a lazy decode reads later: where its bytes are, to be copied once decoded. */
type Kept = { section: Section; start: number };

/**
 * Reads one record's structure (or one section of it); every read is checked against the end and against
 * what the blobs have left.
 */
class RecordDecoder {
  private at: number;
  private readonly strings: string[] = [];
  private narrowAt: number;
  private wideAt: number;
  private readonly narrow: string;
  private readonly wide: string;
  private readonly narrowEnd: number;
  private readonly wideEnd: number;
  /** Passage lists met in the structure, whose blocks follow it. */
  private readonly pending: BlockSource[] = [];
  /** Blocks and sections to copy out of the file's bytes. */
  readonly kept: Kept[] = [];

  /**
   * The structure is `buffer[start, end)`; its blobs' characters are `narrow` and `wide`. A decoder of a
   * section (`inSection`) reads plain tagged values only.
   */
  constructor(
    private readonly buffer: Uint8Array,
    start: number,
    private readonly end: number,
    narrow: Span,
    wide: Span,
    private readonly inSection = false,
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

  private float(): number {
    if (this.at + 8 > this.end) throw new Damaged();
    const x = Buffer.from(this.buffer.buffer, this.buffer.byteOffset + this.at, 8).readDoubleLE(0);
    this.at += 8;
    return x;
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
      case Tag.Float:
        return this.float();
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
      case Tag.Shell:
        if (this.inSection) throw new Damaged();
        return this.shell();
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
      const next = this.at < this.end ? this.buffer[this.at] : undefined;
      if (next === Tag.Passages || next === Tag.Lazy) {
        this.at++;
        if (id === undefined || this.inSection || key === '__proto__') throw new Damaged();
        if (next === Tag.Passages && key !== 'passages') throw new Damaged();
        if (next === Tag.Passages) this.lazyPassages(object, id);
        else this.lazy(object, key);
        continue;
      }
      const item = this.value();
      if (key === 'id' && typeof item === 'string') id = item;
      own(object, key, item);
    }
    return object;
  }

  /** A shell: its values here as they are, the others kept for `decodeSection`. */
  private shell(): Record<string, unknown> {
    const n = this.varint();
    const object: Record<string, unknown> = {};
    const section = this.section(0);
    makeShell(object, section, decodeSection);
    for (let k = 0; k < n; k++) {
      const key = this.string();
      const here = this.byte();
      if (here === 1) own(object, key, this.value());
      else if (here === 0 && key !== '__proto__') shellKey(object, key);
      else throw new Damaged();
    }
    this.readSection(section);
    return object;
  }

  /** A lazy value: its hint, then its section, kept for `decodeLazy`. */
  private lazy(object: object, key: string) {
    const n = this.varint();
    const hint: Record<string, unknown> = Object.create(null);
    for (let k = 0; k < n; k++) hint[this.string()] = this.value();
    const section = this.section(1);
    this.readSection(section);
    defineLazy(object, key, section, decodeLazy, hint);
  }

  /**
   * A section: its extent is checked against the record's (the record's checksum covers its bytes), and
   * its bytes are kept for a decode on first read.
   */
  private readSection(section: BlockSource) {
    const bytes = this.varint();
    const narrowChars = this.varint();
    const wideChars = this.varint();
    const end = this.at + bytes;
    if (
      end > this.end ||
      this.narrowAt + narrowChars > this.narrowEnd ||
      this.wideAt + wideChars > this.wideEnd
    )
      throw new Damaged();
    Object.assign(section, {
      to: bytes,
      narrowAt: this.narrowAt,
      narrowChars,
      wideAt: this.wideAt,
      wideChars,
    });
    this.kept.push({ section, start: this.at });
    this.at = end;
    this.narrowAt += narrowChars;
    this.wideAt += wideChars;
  }

  /** A section of this record's blobs, its bytes and characters to be filled in. */
  private section(count: number): BlockSource {
    return {
      bytes: NO_BYTES,
      from: 0,
      to: 0,
      count,
      narrow: this.narrow,
      narrowAt: 0,
      narrowChars: 0,
      wide: this.wide,
      wideAt: 0,
      wideChars: 0,
    };
  }

  /** A passage list: its count and the extent of its block, which follows the structure (see `blocks`). */
  private lazyPassages(object: object, docId: string) {
    const source = this.section(this.varint());
    Object.assign(source, { to: this.varint(), narrowChars: this.varint(), wideChars: this.varint() });
    defineLazyPassages(object, docId, source);
    this.pending.push(source);
  }

  /** The passage blocks after the structure, kept for the lazy decode. */
  blocks() {
    for (const source of this.pending) {
      const end = this.at + source.to;
      if (end > this.end) throw new Damaged();
      this.kept.push({ section: source, start: this.at });
      this.at = end;
      Object.assign(source, { narrowAt: this.narrowAt, wideAt: this.wideAt });
      this.narrowAt += source.narrowChars;
      this.wideAt += source.wideChars;
      if (this.narrowAt > this.narrowEnd || this.wideAt > this.wideEnd) throw new Damaged();
    }
  }

  /** Every byte and every blob character read. */
  get done(): boolean {
    return this.at === this.end && this.narrowAt === this.narrowEnd && this.wideAt === this.wideEnd;
  }
}

/** Sets an own property, as JSON.parse makes it: "__proto__" is a key, never the prototype. */
function own(object: Record<string, unknown>, key: string, value: unknown) {
  if (key === '__proto__')
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
}

/**
 * The values of a shell's lazy keys, from its section. Every read is checked: a section whose record had a
 * right checksum but is malformed all the same (a defect, never a damaged disk) fails here, loudly.
 */
function decodeSection(section: Section, keys: readonly string[]): unknown[] {
  const decoder = new RecordDecoder(
    section.bytes,
    section.from,
    section.to,
    { text: section.narrow, from: section.narrowAt, to: section.narrowAt + section.narrowChars },
    { text: section.wide, from: section.wideAt, to: section.wideAt + section.wideChars },
    true,
  );
  try {
    const values = keys.map(() => decoder.value());
    if (decoder.done) return values;
  } catch (error) {
    if (!(error instanceof Damaged)) throw error;
  }
  throw new Error(MALFORMED);
}

/** A lazy value, from its section (checked when the record was read). */
function decodeLazy(section: Section): unknown {
  return decodeSection(section, ['value'])[0];
}

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
 * to the next as thousands of per-record strings were. Likewise the bytes of every block and section kept
 * for a lazy decode are copied into one buffer per file.
 */
export function* decodeRecords(buffer: Buffer): Generator<CacheRecord> {
  const frames = framesOf(buffer);
  const narrow = joined(buffer, frames, 'narrow', 'narrowBytes', 'latin1');
  const wide = joined(buffer, frames, 'wide', 'wideBytes', 'utf16le');
  const records: CacheRecord[] = [];
  const kept: Kept[] = [];
  let narrowAt = 0;
  let wideAt = 0;
  for (const frame of frames) {
    const narrowChars = frame.narrowBytes;
    const wideChars = frame.wideBytes / 2;
    const decoder = new RecordDecoder(
      buffer,
      frame.structure,
      frame.end,
      { text: narrow, from: narrowAt, to: narrowAt + narrowChars },
      { text: wide, from: wideAt, to: wideAt + wideChars },
    );
    const record = decodeRecord(decoder);
    if (record) {
      records.push(record);
      kept.push(...decoder.kept);
    }
    narrowAt += narrowChars;
    wideAt += wideChars;
  }
  keepBytes(buffer, kept);
  yield* records;
}

/** Copies the bytes of the kept blocks and sections into one buffer and points each at its part. */
function keepBytes(buffer: Buffer, kept: Kept[]) {
  let total = 0;
  for (const { section } of kept) total += section.to - section.from;
  const bytes = Buffer.allocUnsafeSlow(total);
  let offset = 0;
  for (const { section, start } of kept) {
    const length = section.to - section.from;
    buffer.copy(bytes, offset, start, start + length);
    section.bytes = bytes;
    section.from = offset;
    section.to = offset + length;
    offset += length;
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

function decodeRecord(decoder: RecordDecoder): CacheRecord | null {
  try {
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

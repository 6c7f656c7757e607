import type { KnowledgeDocument } from '../knowledge/types.js';
import { splitSentences } from '../text/sentences.js';
import { analyzeText } from './analyzer.js';

/**
 * The index as flat typed arrays: term ids instead of strings, per-passage ranges instead of Maps and Sets.
 * At a million passages, Maps and Sets per passage and sentence cost gigabytes; these arrays cost a few
 * hundred megabytes, build in one pass, and are written to disk and read back as they are (persist.ts).
 * The inverted index is built here in the same pass and handed to FlexSearch as its term map (search-index.ts).
 */
/**
 * Arrays of small numbers (term ids, counts, character offsets within a passage) are kept in the narrowest
 * unsigned type that holds their largest value: at 50,000 documents that is about 90 MB less than Int32.
 */
export type SmallInts = Int32Array | Uint16Array | Uint8Array;

export type IndexData = {
  /** Term id → term. */
  terms: string[];
  /** Per term id: passages whose text holds it. */
  df: Int32Array;
  /** Per passage p: its distinct text terms are bodyIds[bodyOffsets[p] .. bodyOffsets[p+1]], in order of first occurrence. */
  bodyOffsets: Int32Array;
  bodyIds: SmallInts;
  bodyFreqs: SmallInts;
  /** Number of analysed terms (with repetitions) per passage. */
  lengths: SmallInts;
  /** Per passage: distinct terms of its section heading (unless it repeats the title) and list lead. */
  contextOffsets: Int32Array;
  contextIds: SmallInts;
  /**
   * Per passage: its sentences sentenceOffsets[p] .. sentenceOffsets[p+1]; none means the passage is one
   * sentence whose terms are its text terms. Per sentence s: character span sentenceBounds[2s], [2s+1] in
   * the passage text, distinct terms sentenceTermIds[sentenceTermOffsets[s] .. sentenceTermOffsets[s+1]].
   */
  sentenceOffsets: Int32Array;
  sentenceBounds: SmallInts;
  sentenceTermOffsets: Int32Array;
  sentenceTermIds: SmallInts;
  /** Per term id: passages whose heading or list lead holds it. */
  contextDf: Int32Array;
  /** Per document d: its title's distinct terms, titleIds[titleOffsets[d] .. titleOffsets[d+1]]. */
  titleOffsets: Int32Array;
  titleIds: SmallInts;
  /**
   * The inverted index that FlexSearch serves (search-index.ts): per term id t, the passages whose text
   * holds it in ascending order, bodyPostings[Σ df[0..t) .. Σ df[0..t]]; contextPostings likewise with
   * contextDf.
   */
  bodyPostings: Int32Array;
  contextPostings: Int32Array;
};

/** Where each term's postings start: prefix sums of the counts, one more entry than terms. */
export function postingStarts(counts: Int32Array): Int32Array {
  const starts = new Int32Array(counts.length + 1);
  for (let t = 0; t < counts.length; t++) starts[t + 1] = starts[t]! + counts[t]!;
  return starts;
}

/** Turns per-passage term lists into per-term passage lists (a counting sort: ascending ids, one pass). */
export function invert(offsets: Int32Array, ids: SmallInts, counts: Int32Array): Int32Array {
  const starts = postingStarts(counts);
  const next = starts.slice(0, counts.length);
  const out = new Int32Array(starts[counts.length]!);
  const passages = offsets.length - 1;
  for (let p = 0; p < passages; p++) {
    for (let k = offsets[p]!; k < offsets[p + 1]!; k++) out[next[ids[k]!]!++] = p;
  }
  return out;
}

/** A growable Int32Array: plain arrays of numbers cost twice the memory at this size. */
class IntBuffer {
  private data = new Int32Array(1024);
  length = 0;
  push(value: number) {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  at(k: number): number {
    return this.data[k]!;
  }
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }

  /** The values in the narrowest unsigned array that holds them (they are never negative). */
  toSmall(): SmallInts {
    return narrow(this.data.subarray(0, this.length));
  }
}

/** A copy in the narrowest of Uint8, Uint16 and Int32 that holds every value (all at least 0). */
export function narrow(values: Int32Array): SmallInts {
  let max = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > max) max = values[i]!;
  if (max <= 0xff) return Uint8Array.from(values);
  if (max <= 0xffff) return Uint16Array.from(values);
  return values.slice();
}

class Builder {
  readonly terms: string[] = [];
  private readonly ids = new Map<string, number>();
  readonly df: number[] = [];
  /** Scratch per term id: the serial of the last list it was seen in, and its count there. */
  private readonly seen: number[] = [];
  private readonly count: number[] = [];
  private serial = 0;
  readonly bodyOffsets = new IntBuffer();
  readonly bodyIds = new IntBuffer();
  readonly bodyFreqs = new IntBuffer();
  readonly lengths = new IntBuffer();
  readonly contextOffsets = new IntBuffer();
  readonly contextIds = new IntBuffer();
  readonly sentenceOffsets = new IntBuffer();
  readonly sentenceBounds = new IntBuffer();
  readonly sentenceTermOffsets = new IntBuffer();
  readonly sentenceTermIds = new IntBuffer();
  readonly contextDf: number[] = [];
  readonly titleOffsets = new IntBuffer();
  readonly titleIds = new IntBuffer();

  constructor() {
    const offsets = [this.bodyOffsets, this.contextOffsets, this.sentenceOffsets, this.sentenceTermOffsets];
    for (const b of [...offsets, this.titleOffsets]) b.push(0);
  }

  addTitle(termIds: number[]) {
    this.distinct(termIds, 0, termIds.length, this.titleIds);
    this.titleOffsets.push(this.titleIds.length);
  }

  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
      this.df.push(0);
      this.contextDf.push(0);
      this.seen.push(0);
      this.count.push(0);
    }
    return id;
  }

  /** Appends the distinct ids of `list` (in order of first occurrence) to `out`, counting repetitions. */
  private distinct(list: number[], from: number, to: number, out: IntBuffer): number {
    const mark = ++this.serial;
    const start = out.length;
    for (let k = from; k < to; k++) {
      const id = list[k]!;
      if (this.seen[id] === mark) {
        this.count[id]!++;
        continue;
      }
      this.seen[id] = mark;
      this.count[id] = 1;
      out.push(id);
    }
    return start;
  }

  addPassage(text: string, contextIds: number[]) {
    const termIds = analyzeText(text).map((t) => this.id(t));
    const start = this.distinct(termIds, 0, termIds.length, this.bodyIds);
    for (let k = start; k < this.bodyIds.length; k++) {
      const id = this.bodyIds.at(k);
      this.bodyFreqs.push(this.count[id]!);
      this.df[id]!++;
    }
    this.bodyOffsets.push(this.bodyIds.length);
    this.lengths.push(termIds.length);
    const contextStart = this.distinct(contextIds, 0, contextIds.length, this.contextIds);
    for (let k = contextStart; k < this.contextIds.length; k++) this.contextDf[this.contextIds.at(k)]!++;
    this.contextOffsets.push(this.contextIds.length);
    this.addSentences(text);
  }

  /**
   * Each sentence is analysed on its own, exactly as scoring would: the analyzer rewrites text before
   * tokenising (abbreviations), so offsets into the passage's tokens would not line up.
   */
  private addSentences(text: string) {
    const spans = splitSentences(text);
    if (spans.length > 1) {
      for (const span of spans) {
        this.sentenceBounds.push(span.start);
        this.sentenceBounds.push(span.end);
        const own = analyzeText(span.text).map((t) => this.id(t));
        this.distinct(own, 0, own.length, this.sentenceTermIds);
        this.sentenceTermOffsets.push(this.sentenceTermIds.length);
      }
    }
    this.sentenceOffsets.push(this.sentenceBounds.length / 2);
  }
}

export function buildIndexData(documents: KnowledgeDocument[]): IndexData {
  const b = new Builder();
  const analysed = new Map<string, number[]>();
  const termIdsOf = (text: string | null): number[] => {
    const key = text ?? '';
    let hit = analysed.get(key);
    if (!hit) {
      hit = analyzeText(key).map((t) => b.id(t));
      // Headings and list leads repeat within a document; titles are analysed once per document.
      if (analysed.size > 10_000) analysed.clear();
      analysed.set(key, hit);
    }
    return hit;
  };
  for (const doc of documents) {
    b.addTitle(analyzeText(doc.meta.title).map((t) => b.id(t)));
    for (const passage of doc.passages) {
      // A heading that repeats the document title says no more than the title does.
      const section = passage.section && passage.section !== doc.meta.title ? passage.section : null;
      b.addPassage(passage.text, [...termIdsOf(section), ...termIdsOf(passage.lead)]);
    }
  }
  const df = Int32Array.from(b.df);
  const contextDf = Int32Array.from(b.contextDf);
  const bodyOffsets = b.bodyOffsets.toArray();
  const bodyIds = b.bodyIds.toSmall();
  const contextOffsets = b.contextOffsets.toArray();
  const contextIds = b.contextIds.toSmall();
  return {
    terms: b.terms,
    df,
    bodyOffsets,
    bodyIds,
    bodyFreqs: b.bodyFreqs.toSmall(),
    lengths: b.lengths.toSmall(),
    contextOffsets,
    contextIds,
    sentenceOffsets: b.sentenceOffsets.toArray(),
    sentenceBounds: b.sentenceBounds.toSmall(),
    sentenceTermOffsets: b.sentenceTermOffsets.toArray(),
    sentenceTermIds: b.sentenceTermIds.toSmall(),
    contextDf,
    titleOffsets: b.titleOffsets.toArray(),
    titleIds: b.titleIds.toSmall(),
    bodyPostings: invert(bodyOffsets, bodyIds, df),
    contextPostings: invert(contextOffsets, contextIds, contextDf),
  };
}

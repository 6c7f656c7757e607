import type { KnowledgeDocument } from '../knowledge/types.js';
import { splitSentences } from '../text/sentences.js';
import { analyzeText, termsOfToken } from './analyzer.js';
import { normalizeForSearch, tokenize } from './tokenize.js';

/**
 * The index as flat typed arrays: term ids instead of strings, per-passage ranges instead of Maps and Sets.
 * At a million passages, Maps and Sets per passage and sentence cost gigabytes; these arrays cost a few
 * hundred megabytes, build in one pass, and are written to disk and read back as they are (persist.ts).
 */
export type IndexData = {
  /** Term id → term. */
  terms: string[];
  /** Per term id: passages whose text holds it. */
  df: Int32Array;
  /** Per passage p: its distinct text terms are bodyIds[bodyOffsets[p] .. bodyOffsets[p+1]], in order of first occurrence. */
  bodyOffsets: Int32Array;
  bodyIds: Int32Array;
  bodyFreqs: Int32Array;
  /** Number of analysed terms (with repetitions) per passage. */
  lengths: Int32Array;
  /** Per passage: distinct terms of section heading, list lead and title, in that order. */
  contextOffsets: Int32Array;
  contextIds: Int32Array;
  /**
   * Per passage: its sentences sentenceOffsets[p] .. sentenceOffsets[p+1]; none means the passage is one
   * sentence whose terms are its text terms. Per sentence s: character span sentenceBounds[2s], [2s+1] in
   * the passage text, distinct terms sentenceTermIds[sentenceTermOffsets[s] .. sentenceTermOffsets[s+1]].
   */
  sentenceOffsets: Int32Array;
  sentenceBounds: Int32Array;
  sentenceTermOffsets: Int32Array;
  sentenceTermIds: Int32Array;
  /** Per term id: the passages holding it in text (body) and in context, in FlexSearch's result order. */
  bodyPostingOffsets: Int32Array;
  bodyPostings: Int32Array;
  contextPostingOffsets: Int32Array;
  contextPostings: Int32Array;
};

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
}

/** FlexSearch's default resolution: a term's position in the passage puts it in one of 9 score slots. */
const RESOLUTION = 9;

/** FlexSearch's get_score for a term at position i of n: earlier terms rank first in a lookup. */
export function scoreSlot(n: number, i: number): number {
  if (i === 0) return 0;
  return n <= RESOLUTION ? i : (((RESOLUTION - 1) / n) * i + 1) | 0;
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

  constructor() {
    for (const b of [this.bodyOffsets, this.contextOffsets, this.sentenceOffsets, this.sentenceTermOffsets])
      b.push(0);
  }

  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
      this.df.push(0);
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
    const termIds: number[] = [];
    const tokenStarts: number[] = [];
    for (const token of tokenize(text)) {
      if (/^\d+$/.test(token.text) && token.text.length < 4) continue;
      for (const term of termsOfToken(token.text)) {
        termIds.push(this.id(term));
        tokenStarts.push(token.start);
      }
    }
    const start = this.distinct(termIds, 0, termIds.length, this.bodyIds);
    for (let k = start; k < this.bodyIds.length; k++) {
      const id = this.bodyIds.at(k);
      this.bodyFreqs.push(this.count[id]!);
      this.df[id]!++;
    }
    this.bodyOffsets.push(this.bodyIds.length);
    this.lengths.push(termIds.length);
    this.distinct(contextIds, 0, contextIds.length, this.contextIds);
    this.contextOffsets.push(this.contextIds.length);
    this.addSentences(text, termIds, tokenStarts);
  }

  /** Sentence terms come from the passage's own tokens when offsets line up, else from analysing the sentence. */
  private addSentences(text: string, termIds: number[], tokenStarts: number[]) {
    const spans = splitSentences(text);
    if (spans.length > 1) {
      const aligned = normalizeForSearch(text).length === text.length;
      let k = 0;
      for (const span of spans) {
        this.sentenceBounds.push(span.start);
        this.sentenceBounds.push(span.end);
        if (aligned) {
          while (k < termIds.length && tokenStarts[k]! < span.start) k++;
          const from = k;
          while (k < termIds.length && tokenStarts[k]! < span.end) k++;
          this.distinct(termIds, from, k, this.sentenceTermIds);
        } else {
          const own = analyzeText(span.text).map((t) => this.id(t));
          this.distinct(own, 0, own.length, this.sentenceTermIds);
        }
        this.sentenceTermOffsets.push(this.sentenceTermIds.length);
      }
    }
    this.sentenceOffsets.push(this.sentenceBounds.length / 2);
  }
}

/**
 * Postings per term in FlexSearch's order (score slot, then insertion order), laid out as one array with
 * offsets per term: a counting sort over (term, slot).
 */
function postings(
  termCount: number,
  offsets: Int32Array,
  ids: Int32Array,
): { postingOffsets: Int32Array; postings: Int32Array } {
  const passages = offsets.length - 1;
  const cells = new Int32Array(termCount * RESOLUTION + 1);
  for (let p = 0; p < passages; p++) {
    const from = offsets[p]!;
    const n = offsets[p + 1]! - from;
    for (let i = 0; i < n; i++) cells[ids[from + i]! * RESOLUTION + scoreSlot(n, i) + 1]!++;
  }
  for (let c = 1; c < cells.length; c++) cells[c]! += cells[c - 1]!;
  const out = new Int32Array(ids.length);
  const cursor = cells.slice(0, termCount * RESOLUTION);
  for (let p = 0; p < passages; p++) {
    const from = offsets[p]!;
    const n = offsets[p + 1]! - from;
    for (let i = 0; i < n; i++) out[cursor[ids[from + i]! * RESOLUTION + scoreSlot(n, i)]!++] = p;
  }
  const postingOffsets = new Int32Array(termCount + 1);
  for (let t = 0; t <= termCount; t++) postingOffsets[t] = cells[t * RESOLUTION]!;
  return { postingOffsets, postings: out };
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
    const title = analyzeText(doc.meta.title).map((t) => b.id(t));
    for (const passage of doc.passages) {
      const context = [...termIdsOf(passage.section), ...termIdsOf(passage.lead), ...title];
      b.addPassage(passage.text, context);
    }
  }
  const bodyOffsets = b.bodyOffsets.toArray();
  const bodyIds = b.bodyIds.toArray();
  const contextOffsets = b.contextOffsets.toArray();
  const contextIds = b.contextIds.toArray();
  const body = postings(b.terms.length, bodyOffsets, bodyIds);
  const context = postings(b.terms.length, contextOffsets, contextIds);
  return {
    terms: b.terms,
    df: Int32Array.from(b.df),
    bodyOffsets,
    bodyIds,
    bodyFreqs: b.bodyFreqs.toArray(),
    lengths: b.lengths.toArray(),
    contextOffsets,
    contextIds,
    sentenceOffsets: b.sentenceOffsets.toArray(),
    sentenceBounds: b.sentenceBounds.toArray(),
    sentenceTermOffsets: b.sentenceTermOffsets.toArray(),
    sentenceTermIds: b.sentenceTermIds.toArray(),
    bodyPostingOffsets: body.postingOffsets,
    bodyPostings: body.postings,
    contextPostingOffsets: context.postingOffsets,
    contextPostings: context.postings,
  };
}

import { passageCount } from '../knowledge/passage-block.js';
import type { KnowledgeDocument, Passage } from '../knowledge/types.js';
import { PART, ROOT } from './analyzer.js';
import { createFlex, type Field, installPostings, postingsOf } from './flex-postings.js';
import { buildIndexData, type IndexData, postingStarts, type SmallInts } from './index-data.js';
import { lowerBound, ReachCounter } from './sorted-ids.js';
import { derivationalRoot } from './stemmer.js';

/** How strongly a passage term answers a query term: a whole word beats a compound part or a root. */
export type TermMatch = { term: string; strength: number };

/** A set of analysed terms, read-only: what scoring asks of a passage, a sentence or a context. */
export type TermBag = {
  has(term: string): boolean;
  /** How often the term occurs (1 for sets without counts), or undefined. */
  get(term: string): number | undefined;
  keys(): IterableIterator<string>;
  readonly size: number;
  /** The bag's terms as index term ids, ids[from … to), when it is a view of the index's arrays. */
  idRange?(): { ids: ArrayLike<number>; from: number; to: number };
};

/**
 * Whether any of a run of passages holds a term. `passages` is the run as ids [from, to) when it is one, so
 * that a reader asking for many terms can look each up in postings it already holds.
 */
export type PassagesBag = { has(term: string): boolean; passages?: { from: number; to: number } };

export type SentenceEntry = { text: string; terms: TermBag };

export type PassageEntry = {
  passage: Passage;
  /** The passage's sentences with their terms: evidence counts most when it sits in one sentence. */
  readonly sentences: readonly SentenceEntry[];
  doc: KnowledgeDocument;
  /** Term → frequency in the passage text. */
  readonly terms: TermBag;
  /** Terms of the passage's section heading and list lead. */
  readonly context: TermBag;
  /** Terms of the document title (shared by all passages of a document). */
  readonly title: TermBag;
  readonly length: number;
};

/** A view of a range of term ids in one of the index's arrays. */
class RangeBag implements TermBag {
  constructor(
    private readonly index: SearchIndex,
    readonly ids: SmallInts,
    readonly from: number,
    readonly to: number,
    private readonly freqs: SmallInts | null,
  ) {}

  private position(term: string): number {
    const id = this.index.termId(term);
    if (id === undefined) return -1;
    for (let k = this.from; k < this.to; k++) if (this.ids[k] === id) return k;
    return -1;
  }

  has(term: string): boolean {
    return this.position(term) >= 0;
  }

  get(term: string): number | undefined {
    const k = this.position(term);
    if (k < 0) return undefined;
    return this.freqs ? this.freqs[k] : 1;
  }

  /** The bag itself: a new object per call was a fortieth of what an answer allocates. */
  idRange(): { ids: ArrayLike<number>; from: number; to: number } {
    return this;
  }

  *keys(): IterableIterator<string> {
    for (let k = this.from; k < this.to; k++) yield this.index.termAt(this.ids[k]!);
  }

  get size(): number {
    return this.to - this.from;
  }
}

/**
 * One passage, read from the flat arrays on demand: a million of these cost little when idle. The passage
 * itself is looked up in its document when asked for, so that a document read from the cache need not
 * decode its passages until one of them is a candidate.
 */
class CompactEntry implements PassageEntry {
  constructor(
    private readonly index: SearchIndex,
    readonly id: number,
    private readonly docIndex: number,
    readonly doc: KnowledgeDocument,
  ) {}

  get passage(): Passage {
    return this.doc.passages[this.id - this.index.starts[this.docIndex]!]!;
  }

  get title(): TermBag {
    const d = this.index.data;
    const from = d.titleOffsets[this.docIndex]!;
    return new RangeBag(this.index, d.titleIds, from, d.titleOffsets[this.docIndex + 1]!, null);
  }

  get terms(): TermBag {
    const d = this.index.data;
    return new RangeBag(
      this.index,
      d.bodyIds,
      d.bodyOffsets[this.id]!,
      d.bodyOffsets[this.id + 1]!,
      d.bodyFreqs,
    );
  }

  get context(): TermBag {
    const d = this.index.data;
    const from = d.contextOffsets[this.id]!;
    return new RangeBag(this.index, d.contextIds, from, d.contextOffsets[this.id + 1]!, null);
  }

  get length(): number {
    return this.index.data.lengths[this.id]!;
  }

  get sentences(): readonly SentenceEntry[] {
    const d = this.index.data;
    const from = d.sentenceOffsets[this.id]!;
    const to = d.sentenceOffsets[this.id + 1]!;
    const whole = this.passage.text;
    if (from === to) return [{ text: whole, terms: this.terms }];
    const out: SentenceEntry[] = [];
    for (let s = from; s < to; s++) {
      const text = whole.slice(d.sentenceBounds[2 * s], d.sentenceBounds[2 * s + 1]);
      const terms = new RangeBag(
        this.index,
        d.sentenceTermIds,
        d.sentenceTermOffsets[s]!,
        d.sentenceTermOffsets[s + 1]!,
        null,
      );
      out.push({ text, terms });
    }
    return out;
  }
}

/**
 * A `CompactEntry` made as an object literal: V8 learns that what one literal makes lives long and then
 * makes it in the old generation at once, instead of copying a million entries out of the young one.
 */
function compactEntry(
  index: SearchIndex,
  id: number,
  docIndex: number,
  doc: KnowledgeDocument,
): PassageEntry {
  return { __proto__: CompactEntry.prototype, index, id, docIndex, doc } as unknown as PassageEntry;
}

/**
 * The passage index: FlexSearch Document over analysed terms (our analyzer does Swedish stemming and
 * compounds; FlexSearch keeps the inverted index), plus per-passage term frequencies, sentence, context and
 * title terms, document frequencies for scoring, and a sorted vocabulary for prefix-equivalent stems
 * (ansv ~ ansvar). The per-passage data and the postings live in flat typed arrays (index-data.ts) so that
 * it scales to a million passages; FlexSearch's term map holds views of the postings (flex-postings.ts), and
 * all of it is saved and loaded as it is (persist.ts).
 */
export class SearchIndex {
  readonly entries: PassageEntry[];
  readonly df = new Map<string, number>();
  private readonly flex = createFlex();
  private readonly ids = new Map<string, number>();
  private vocabulary: string[] = [];
  private vocabularySet = new Set<string>();
  private readonly docIndexes = new Map<KnowledgeDocument, number>();
  /** Per document, in the order given: the id of its first passage; one more at the end, the total. */
  readonly starts: Int32Array;

  /** Builds the index, or adopts data saved earlier for exactly these documents. */
  constructor(
    documents: KnowledgeDocument[],
    readonly data: IndexData = buildIndexData(documents),
  ) {
    this.starts = new Int32Array(documents.length + 1);
    documents.forEach((doc, docIndex) => {
      this.docIndexes.set(doc, docIndex);
      this.starts[docIndex + 1] = this.starts[docIndex]! + passageCount(doc);
    });
    const total = this.starts[documents.length]!;
    if (total !== data.lengths.length || documents.length + 1 !== data.titleOffsets.length) {
      throw new Error('index data does not match the documents');
    }
    this.entries = new Array(total);
    for (let docIndex = 0; docIndex < documents.length; docIndex++) {
      const doc = documents[docIndex]!;
      for (let id = this.starts[docIndex]!; id < this.starts[docIndex + 1]!; id++)
        this.entries[id] = compactEntry(this, id, docIndex, doc);
    }
    data.terms.forEach((term, id) => {
      this.ids.set(term, id);
      const df = data.df[id]!;
      if (df > 0) this.df.set(term, df);
    });
    installPostings(this.flex, 'body', data.terms, postingStarts(data.df), data.bodyPostings);
    installPostings(this.flex, 'context', data.terms, postingStarts(data.contextDf), data.contextPostings);
    this.vocabulary = [...this.df.keys()].filter((t) => !t.startsWith(PART) && !t.startsWith(ROOT)).sort();
    this.vocabularySet = new Set(this.vocabulary);
  }

  get size(): number {
    return this.entries.length;
  }

  /**
   * The passages of one document, without a scan over every passage (a scan per document is
   * documents × passages: minutes per question at 50,000 documents).
   */
  entriesOf(doc: KnowledgeDocument): PassageEntry[] {
    const docIndex = this.docIndexes.get(doc);
    return docIndex === undefined ? [] : this.entries.slice(this.starts[docIndex], this.starts[docIndex + 1]);
  }

  termId(term: string): number | undefined {
    // Scoring asks a union of bags for one term, bag after bag: the same term several times in a row.
    if (term === this.lastTerm) return this.lastId;
    const id = this.ids.get(term);
    this.lastTerm = term;
    this.lastId = id;
    return id;
  }

  private lastTerm: string | null = null;
  private lastId: number | undefined = undefined;

  /**
   * One bag for a run of consecutive passages (a case): a term is in it when any of their texts, headings
   * or list leads holds it. Answered from the postings, a binary search per field, instead of asking each
   * passage's bag in turn (a case has dozens of passages, and its bag is asked for every topic term).
   */
  passagesBag(entries: readonly PassageEntry[]): PassagesBag {
    const first = entries[0];
    const last = entries.at(-1);
    const from = first instanceof CompactEntry ? first.id : -1;
    const to = last instanceof CompactEntry ? last.id + 1 : -1;
    if (from < 0 || to - from !== entries.length || this.entries[from] !== first) {
      const bags = entries.flatMap((e) => [e.terms, e.context]);
      return { has: (term) => bags.some((b) => b.has(term)) };
    }
    return new PassageRunBag(this, from, to);
  }

  /** See `ReachCounter`: how many passages a concept's alternatives reach, counted without merging. */
  countReached(alternatives: readonly (readonly (readonly ArrayLike<number>[])[])[], any = false): number {
    this.reach ??= new ReachCounter(this.size);
    return this.reach.count(alternatives, any);
  }

  private reach: ReachCounter | null = null;

  termAt(id: number): string {
    return this.data.terms[id]!;
  }

  /** Passage ids whose text (or context) holds the term, ascending, at most `limit` of them. */
  lookup(term: string, limit: number, field: Field = 'body'): number[] {
    const results = this.flex.search(term, { index: field, limit });
    const ids: number[] = [];
    for (const r of results) for (const id of r.result) ids.push(Number(id));
    return ids;
  }

  /** Every passage id whose text (or context) holds the term, ascending: a view, never to be modified. */
  postings(term: string, field: Field = 'body'): Int32Array {
    return postingsOf(this.flex, field, term);
  }

  /**
   * The index terms a query stem reaches, each with a strength: itself (1), as a compound part (0.7),
   * stems that differ only in a short ending (0.85: Snowball gives ansv for ansvar but ansvar for
   * ansvarar), and the derivational root (0.7).
   */
  expand(stem: string): TermMatch[] {
    const out = new Map<string, number>();
    const put = (term: string, strength: number) => {
      if (this.known(term) && (out.get(term) ?? 0) < strength) out.set(term, strength);
    };
    put(stem, 1);
    put(PART + stem, 0.7);
    if (stem.length >= 4) {
      for (const variant of this.prefixVariants(stem)) {
        put(variant, 0.85);
        put(PART + variant, 0.6);
      }
    }
    const root = derivationalRoot(stem) ?? (stem.length >= 4 ? stem : null);
    if (root) {
      put(ROOT + root, 0.7);
      put(root, 0.7);
    }
    return [...out].map(([term, strength]) => ({ term, strength }));
  }

  /**
   * Terms that occur only in headings or list leads still reach their passages, and a term only a document's
   * title holds ("Internationellt samarbete inom idrotten") is still a word of the corpus: the title cover
   * of that document's sentences counts it.
   */
  private known(term: string): boolean {
    if ((this.df.get(term) ?? 0) > 0) return true;
    const id = this.ids.get(term);
    return id !== undefined && (this.data.contextDf[id]! > 0 || this.inTitles()[id] === 1);
  }

  /**
   * The documents (their indexes, ascending) whose titles hold the term. A title is in no posting list: a
   * name only the title says ("Styrelseprotokoll, Sambruk") would otherwise reach none of the passages it
   * speaks for.
   */
  titleDocuments(term: string): Int32Array {
    const id = this.ids.get(term);
    if (id === undefined) return NO_DOCUMENTS;
    const { starts, docs } = this.titlePostings();
    return docs.subarray(starts[id]!, starts[id + 1]!);
  }

  private titleLists: { starts: Int32Array; docs: Int32Array } | null = null;

  /** Per term id, the documents whose titles hold it, built once when first asked for (one pass over titles). */
  private titlePostings(): { starts: Int32Array; docs: Int32Array } {
    if (!this.titleLists) {
      const d = this.data;
      const starts = new Int32Array(d.terms.length + 1);
      for (let k = 0; k < d.titleIds.length; k++) starts[d.titleIds[k]! + 1]!++;
      for (let t = 0; t < d.terms.length; t++) starts[t + 1]! += starts[t]!;
      const docs = new Int32Array(d.titleIds.length);
      const next = starts.slice(0, d.terms.length);
      for (let doc = 0; doc + 1 < d.titleOffsets.length; doc++)
        for (let k = d.titleOffsets[doc]!; k < d.titleOffsets[doc + 1]!; k++)
          docs[next[d.titleIds[k]!]!++] = doc;
      this.titleLists = { starts, docs };
    }
    return this.titleLists;
  }

  private titled: Uint8Array | null = null;

  /** Per term id, 1 when some document's title holds the term. */
  private inTitles(): Uint8Array {
    if (!this.titled) {
      const d = this.data;
      this.titled = new Uint8Array(d.terms.length);
      for (let k = 0; k < d.titleIds.length; k++) this.titled[d.titleIds[k]!] = 1;
    }
    return this.titled;
  }

  private prefixVariants(stem: string): string[] {
    const variants: string[] = [];
    for (let k = stem.length - 2; k < stem.length; k++) {
      const shorter = stem.slice(0, k);
      if (k >= 4 && this.vocabularySet.has(shorter)) variants.push(shorter);
    }
    let lo = 0;
    let hi = this.vocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.vocabulary[mid]! < stem) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.vocabulary.length; i++) {
      const word = this.vocabulary[i]!;
      if (!word.startsWith(stem)) break;
      if (word !== stem && word.length - stem.length <= 2) variants.push(word);
    }
    return variants;
  }

  documentFrequency(term: string): number {
    return this.df.get(term) ?? 0;
  }
}

/** A run of consecutive passages [from, to), answered from the postings (a class: one is made per case). */
class PassageRunBag implements PassagesBag {
  readonly passages: { from: number; to: number };

  constructor(
    private readonly index: SearchIndex,
    from: number,
    to: number,
  ) {
    this.passages = { from, to };
  }

  has(term: string): boolean {
    const { from, to } = this.passages;
    return (
      holdsIn(this.index.postings(term, 'body'), from, to) ||
      holdsIn(this.index.postings(term, 'context'), from, to)
    );
  }
}

/** Whether a sorted id list holds an id in [from, to). */
function holdsIn(ids: Int32Array, from: number, to: number): boolean {
  const at = lowerBound(ids, from);
  return at < ids.length && ids[at]! < to;
}

const NO_DOCUMENTS = new Int32Array(0);

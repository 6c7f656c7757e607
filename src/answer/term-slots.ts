import type { SearchIndex } from '../search/search-index.js';
import type { WeightedConcept } from './rank.js';

/**
 * Masks of the question's terms, one bit per slot (see `QuestionTerms`), laid end to end in one array:
 * mask m is words [m × words, (m + 1) × words). One array per passage instead of one per sentence, because
 * a typed array costs more to make and to collect than the few words it holds.
 */
export type Masks = Uint32Array;

/** What a bag must answer to be read into a mask: its terms as index term ids, or `has` one by one. */
type Readable = {
  has(term: string): boolean;
  idRange?(): { ids: ArrayLike<number>; from: number; to: number };
  passages?: { from: number; to: number };
};

/** One alternative of a concept against slots: per stem, its terms' slots and strengths. */
export type CompiledAlternative = {
  quality: number;
  stems: { slots: Int32Array; strengths: Float64Array }[];
};

/** One concept matched against slots, its alternatives in the concept's order. */
type Compiled = CompiledAlternative[];

/**
 * The question's index terms numbered 0 … n−1 ("slots"), so that a sentence's, a passage's or a case's
 * terms are read once into a bit mask, and each concept is then matched against bits. Matching a concept
 * against a bag asked the bag for every term of every alternative (a map lookup and a scan of the bag's term
 * ids each time), for every concept, for each of some 250 candidate sentences and their neighbours.
 * `match` gives exactly what `conceptMatch` gives for the bag the mask was read from.
 */
export class QuestionTerms {
  /** How many 32-bit words a mask has. */
  readonly words: number;
  private readonly terms: string[] = [];
  private readonly compiled = new Map<WeightedConcept, Compiled>();
  private readonly slotOfTerm = new Map<string, number>();
  private readonly bestFirst = new Map<WeightedConcept, Compiled>();
  /**
   * Term id → slot + 1 (0: not the question's), over the whole vocabulary: reading a case's terms looks up
   * hundreds of ids, and an array read is the cheapest lookup (4 bytes a term: 70 KB at 10,000 documents).
   */
  private readonly slotTable: Int32Array;
  /** Slot → index term id (−1: not in the index). */
  private readonly slotIds: Int32Array;

  constructor(
    private readonly index: SearchIndex,
    concepts: readonly WeightedConcept[],
  ) {
    const slotOfTerm = this.slotOfTerm;
    const ids: number[] = [];
    for (const w of concepts) {
      if (this.compiled.has(w)) continue;
      const compiled: Compiled = w.expansions.map((alt) => ({
        quality: alt.quality,
        stems: alt.stems.map((matches) => {
          const slots = new Int32Array(matches.length);
          const strengths = new Float64Array(matches.length);
          matches.forEach((m, i) => {
            let slot = slotOfTerm.get(m.term);
            if (slot === undefined) {
              slot = this.terms.length;
              this.terms.push(m.term);
              slotOfTerm.set(m.term, slot);
              ids.push(index.termId(m.term) ?? -1);
            }
            slots[i] = slot;
            strengths[i] = m.strength;
          });
          return { slots, strengths };
        }),
      }));
      this.compiled.set(w, compiled);
    }
    this.words = Math.max(1, Math.ceil(this.terms.length / 32));
    this.slotIds = Int32Array.from(ids);
    this.slotTable = new Int32Array(index.data.terms.length);
    ids.forEach((id, slot) => {
      if (id >= 0) this.slotTable[id] = slot + 1;
    });
  }

  /** The slot of an index term, or −1 when the question does not hold it. */
  slotOf(term: string): number {
    return this.slotOfTerm.get(term) ?? -1;
  }

  /** The index the question's terms are numbered in. */
  get indexOfTerms(): SearchIndex {
    return this.index;
  }

  /** The slot of an index term id, or −1 when the question does not hold the term. */
  slotOfId(id: number): number {
    return (this.slotTable[id] ?? 0) - 1;
  }

  /** A concept's alternatives best quality first (a stable sort: equals keep the concept's order). */
  bestQualityFirst(w: WeightedConcept): readonly CompiledAlternative[] {
    let sorted = this.bestFirst.get(w);
    if (!sorted) {
      const compiled = this.compiled.get(w);
      if (!compiled) throw new Error(`concept not among the question's: ${w.concept.surface}`);
      sorted = [...compiled].sort((a, b) => b.quality - a.quality);
      this.bestFirst.set(w, sorted);
    }
    return sorted;
  }

  /** Room for `count` masks, all empty. */
  masks(count: number): Masks {
    return new Uint32Array(Math.max(1, count) * this.words);
  }

  /**
   * The bag's slots into mask `m` of `out` (cleared first). A bag of the index's term ids is read id by id;
   * any other bag is asked for each of the question's terms.
   */
  read(bag: Readable, out: Masks, m: number): void {
    const base = m * this.words;
    out.fill(0, base, base + this.words);
    const range = bag.idRange?.();
    if (range) {
      this.readIds(range.ids, range.from, range.to, out, base);
    } else if (bag.passages) {
      // A run of passages (a case): their terms lie side by side in the forward index, whose inversion the
      // postings are, so the run's terms and headings are read in two scans instead of a search per term.
      const { from, to } = bag.passages;
      const d = this.index.data;
      const length =
        d.bodyOffsets[to]! - d.bodyOffsets[from]! + d.contextOffsets[to]! - d.contextOffsets[from]!;
      if (length < RUN_TERMS_KEPT) {
        this.readIds(d.bodyIds, d.bodyOffsets[from]!, d.bodyOffsets[to]!, out, base);
        this.readIds(d.contextIds, d.contextOffsets[from]!, d.contextOffsets[to]!, out, base);
      } else {
        // A long run (a register of hundreds of cases): its distinct terms, sorted and kept across questions,
        // are searched for each of the question's few terms instead of scanned whole for each question.
        const distinct = runTerms(this.index, from, to);
        const ids = this.slotIds;
        for (let slot = 0; slot < ids.length; slot++) {
          const id = ids[slot]!;
          if (id >= 0 && holds(distinct, id)) out[base + (slot >>> 5)]! |= 1 << (slot & 31);
        }
      }
    } else {
      for (let slot = 0; slot < this.terms.length; slot++)
        if (bag.has(this.terms[slot]!)) out[base + (slot >>> 5)]! |= 1 << (slot & 31);
    }
  }

  /** Sets the slots of the term ids ids[from … to) in the mask at `base`. */
  private readIds(ids: ArrayLike<number>, from: number, to: number, out: Masks, base: number): void {
    const table = this.slotTable;
    for (let k = from; k < to; k++) {
      const slot = (table[ids[k]!] ?? 0) - 1;
      if (slot >= 0) out[base + (slot >>> 5)]! |= 1 << (slot & 31);
    }
  }

  /** Mask `to` of `out` becomes the union of itself and mask `m` of `from`. */
  or(out: Masks, to: number, from: Masks, m: number): void {
    const a = to * this.words;
    const b = m * this.words;
    for (let i = 0; i < this.words; i++) out[a + i]! |= from[b + i]!;
  }

  /** Copies mask `m` of `from` into mask `to` of `out`. */
  copy(out: Masks, to: number, from: Masks, m: number): void {
    const a = to * this.words;
    const b = m * this.words;
    for (let i = 0; i < this.words; i++) out[a + i] = from[b + i]!;
  }

  /** Empties mask `m` of `out`. */
  clear(out: Masks, m: number): void {
    out.fill(0, m * this.words, (m + 1) * this.words);
  }

  /**
   * `conceptMatch(w, bag)` for the bag mask `m` of `masks` was read from; w must be one of the
   * constructor's concepts.
   */
  match(w: WeightedConcept, masks: Masks, m: number): number {
    const compiled = this.compiled.get(w);
    if (!compiled) throw new Error(`concept not among the question's: ${w.concept.surface}`);
    const base = m * this.words;
    let best = 0;
    for (const alt of compiled) {
      // An alternative can give at most its quality: one that cannot beat the best so far is not read.
      if (alt.quality <= best) continue;
      let weakest = 1;
      for (const { slots, strengths } of alt.stems) {
        let strength = 0;
        for (let i = 0; i < slots.length; i++) {
          const slot = slots[i]!;
          if (strengths[i]! > strength && (masks[base + (slot >>> 5)]! >>> (slot & 31)) & 1)
            strength = strengths[i]!;
        }
        weakest = Math.min(weakest, strength);
        if (weakest === 0) break;
      }
      best = Math.max(best, weakest * alt.quality);
    }
    return best;
  }
}

/**
 * Runs of passages with at least this many term ids (body and headings, repeats across passages counted)
 * are read from their kept distinct terms; shorter ones are scanned, which costs less than a search per
 * question term.
 */
const RUN_TERMS_KEPT = 512;

/**
 * Per index, per run of passages: its distinct term ids, sorted. A run's terms never change under an index
 * (a re-read corpus builds a new index), and the kept arrays hold at most the run's ids once each, fewer
 * than the index's own forward lists hold.
 */
const runTermsKept = new WeakMap<SearchIndex, Map<number, Map<number, Int32Array>>>();

function runTerms(index: SearchIndex, from: number, to: number): Int32Array {
  let byFrom = runTermsKept.get(index);
  if (!byFrom) {
    byFrom = new Map();
    runTermsKept.set(index, byFrom);
  }
  let byTo = byFrom.get(from);
  if (!byTo) {
    byTo = new Map();
    byFrom.set(from, byTo);
  }
  let distinct = byTo.get(to);
  if (!distinct) {
    const d = index.data;
    const seen = new Set<number>();
    for (let k = d.bodyOffsets[from]!; k < d.bodyOffsets[to]!; k++) seen.add(d.bodyIds[k]!);
    for (let k = d.contextOffsets[from]!; k < d.contextOffsets[to]!; k++) seen.add(d.contextIds[k]!);
    distinct = Int32Array.from(seen).sort();
    byTo.set(to, distinct);
  }
  return distinct;
}

/** Whether the sorted ids hold `id` (a binary search). */
function holds(sorted: Int32Array, id: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = sorted[mid]!;
    if (at === id) return true;
    if (at < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

import type { Candidate } from './candidates.js';

/**
 * The k best (id, score) pairs seen so far: a binary heap with the worst on top, where worse means a lower
 * score, or the same score and a higher id (the contract breaks ties by lower id).
 */
export class TopK {
  private ids: Int32Array;
  private scores: Float64Array;
  private size = 0;

  /** `k` may be far larger than what is ever pushed (e.g. "all of them"): storage grows as needed. */
  constructor(private readonly k: number) {
    const initial = Math.max(1, Math.min(k, 1024));
    this.ids = new Int32Array(initial);
    this.scores = new Float64Array(initial);
  }

  full(): boolean {
    return this.size >= this.k;
  }

  /** The score a passage must beat to enter once the heap is full (0 before). */
  threshold(): number {
    return this.full() ? this.scores[0]! : 0;
  }

  /** The id of the pair that would leave first (a higher id loses a tie to it), once full. */
  worstId(): number {
    return this.ids[0]!;
  }

  /** Adds a pair; when full, the worst pair leaves (the caller checked that the new one is better). */
  push(id: number, score: number): void {
    if (this.size < this.k) {
      if (this.size === this.ids.length) this.grow();
      this.ids[this.size] = id;
      this.scores[this.size] = score;
      this.up(this.size++);
      return;
    }
    this.ids[0] = id;
    this.scores[0] = score;
    this.down(0);
  }

  /** Adds a pair if it is among the k best so far (a higher score, or the same score and a lower id). */
  offer(id: number, score: number): void {
    if (this.size < this.k) {
      this.push(id, score);
      return;
    }
    const worst = this.scores[0]!;
    if (score > worst || (score === worst && id < this.ids[0]!)) this.push(id, score);
  }

  private grow(): void {
    const capacity = Math.min(this.k, this.ids.length * 2);
    const ids = new Int32Array(capacity);
    const scores = new Float64Array(capacity);
    ids.set(this.ids);
    scores.set(this.scores);
    this.ids = ids;
    this.scores = scores;
  }

  /** Best first, ties by lower id. */
  sorted(): Candidate[] {
    const out: Candidate[] = [];
    for (let i = 0; i < this.size; i++) out.push({ id: this.ids[i]!, score: this.scores[i]! });
    return out.sort((a, b) => b.score - a.score || a.id - b.id);
  }

  private worse(a: number, b: number): boolean {
    const sa = this.scores[a]!;
    const sb = this.scores[b]!;
    return sa < sb || (sa === sb && this.ids[a]! > this.ids[b]!);
  }

  private swap(a: number, b: number): void {
    const id = this.ids[a]!;
    const score = this.scores[a]!;
    this.ids[a] = this.ids[b]!;
    this.scores[a] = this.scores[b]!;
    this.ids[b] = id;
    this.scores[b] = score;
  }

  private up(at: number): void {
    let i = at;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(at: number): void {
    let i = at;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < this.size && this.worse(left, worst)) worst = left;
      if (right < this.size && this.worse(right, worst)) worst = right;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }
}

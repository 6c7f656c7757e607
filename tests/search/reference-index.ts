/** The index as on main before the compact per-passage data: the reference the rewrite must match. */
import FlexSearch from 'flexsearch';
import type { KnowledgeDocument, Passage } from '../../src/knowledge/types.js';
import { analyzeText, PART, ROOT } from '../../src/search/analyzer.js';
import { derivationalRoot } from '../../src/search/stemmer.js';
import { splitSentences } from '../../src/text/sentences.js';

type IndexedPassage = { id: number; body: string; context: string };

/** How strongly a passage term answers a query term: a whole word beats a compound part or a root. */
export type TermMatch = { term: string; strength: number };

export type SentenceEntry = { text: string; terms: Set<string> };

export type PassageEntry = {
  passage: Passage;
  /** The passage's sentences with their terms: evidence counts most when it sits in one sentence. */
  sentences: SentenceEntry[];
  doc: KnowledgeDocument;
  /** Term → frequency in the passage text. */
  terms: Map<string, number>;
  /** Terms of the passage's section heading and list lead. */
  context: Set<string>;
  /** Terms of the document title (shared by all passages of a document). */
  title: Set<string>;
  length: number;
};

/**
 * The passage index: FlexSearch Document over analysed terms (our analyzer does Swedish stemming and
 * compounds; FlexSearch keeps the inverted index), plus per-passage term frequencies and document
 * frequencies for scoring, and a sorted vocabulary for prefix-equivalent stems (ansv ~ ansvar).
 */
export class ReferenceIndex {
  readonly entries: PassageEntry[] = [];
  readonly df = new Map<string, number>();
  private readonly flex = new FlexSearch.Document<IndexedPassage>({
    document: { id: 'id', index: ['body', 'context'] },
    tokenize: 'strict',
    encode: (text: string) => (text.length === 0 ? [] : text.split(' ')),
    cache: false,
  });
  /** Terms that occur only in headings or list leads still reach their passages. */
  private readonly contextTerms = new Set<string>();
  private vocabulary: string[] = [];
  private vocabularySet = new Set<string>();

  constructor(documents: KnowledgeDocument[]) {
    for (const doc of documents) {
      const titleTerms = new Set(analyzeText(doc.meta.title));
      for (const passage of doc.passages) this.add(doc, passage, titleTerms);
    }
    this.vocabulary = [...this.df.keys()].filter((t) => !t.startsWith(PART) && !t.startsWith(ROOT)).sort();
    this.vocabularySet = new Set(this.vocabulary);
  }

  get size(): number {
    return this.entries.length;
  }

  private add(doc: KnowledgeDocument, passage: Passage, titleTerms: Set<string>) {
    const bodyTerms = analyzeText(passage.text);
    const terms = new Map<string, number>();
    for (const t of bodyTerms) terms.set(t, (terms.get(t) ?? 0) + 1);
    // A heading that repeats the document title says no more than the title does.
    const section = passage.section && passage.section !== doc.meta.title ? passage.section : '';
    const context = new Set([...analyzeText(section), ...analyzeText(passage.lead ?? '')]);
    for (const t of context) this.contextTerms.add(t);
    const id = this.entries.length;
    const spans = splitSentences(passage.text);
    const sentences =
      spans.length <= 1
        ? [{ text: passage.text, terms: new Set(terms.keys()) }]
        : spans.map((s) => ({ text: s.text, terms: new Set(analyzeText(s.text)) }));
    this.entries.push({
      passage,
      sentences,
      doc,
      terms,
      context,
      title: titleTerms,
      length: bodyTerms.length,
    });
    for (const t of terms.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    this.flex.add({ id, body: [...terms.keys()].join(' '), context: [...context].join(' ') });
  }

  /**
   * Passage ids whose text (or context) holds the term, ascending, at most `limit`: from a FlexSearch index
   * filled with add(), as the index on main was, but in passage order (the compact index keeps one
   * resolution slot, so that its postings are in passage order for the bounded candidate source).
   */
  lookup(term: string, limit: number, field: 'body' | 'context' = 'body'): number[] {
    const results = this.flex.search(term, { index: field, limit: this.entries.length + 1 });
    const ids: number[] = [];
    for (const r of results) for (const id of r.result) ids.push(Number(id));
    return ids.sort((x, y) => x - y).slice(0, limit);
  }

  /**
   * The index terms a query stem reaches, each with a strength: itself (1), as a compound part (0.7),
   * stems that differ only in a short ending (0.85: Snowball gives ansv for ansvar but ansvar for
   * ansvarar), and the derivational root (0.7).
   */
  expand(stem: string): TermMatch[] {
    const out = new Map<string, number>();
    const put = (term: string, strength: number) => {
      const known = (this.df.get(term) ?? 0) > 0 || this.contextTerms.has(term);
      if (known && (out.get(term) ?? 0) < strength) out.set(term, strength);
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

import FlexSearch from 'flexsearch';

/**
 * FlexSearch's Document index over the passages, holding the inverted index that index-data.ts builds.
 *
 * The index is filled by assigning each term's posting array to FlexSearch's term map instead of calling
 * `add()` per passage: at a million passages `add()` cost a minute of CPU and its JSON export another one
 * and a half, while the counting sort in index-data.ts costs a fraction of a second and its arrays are
 * saved and loaded as they are (persist.ts). With `resolution: 1` FlexSearch keeps one slot per term, so
 * a term's entry is exactly `[ids]` with the ids in ascending order: the order the bounded candidate
 * source walks. `search()` and `lookup()` read the same map.
 *
 * The index is immutable: a changed corpus gets a new one. FlexSearch's id register (used only to update
 * or remove a passage) is left empty, so that it costs nothing per passage.
 */
export type Field = 'body' | 'context';

type IndexedPassage = { id: number; body: string; context: string };

/** The parts of FlexSearch 0.8's Document that hold the inverted index (kept in its minified build). */
type Internals = { index: Map<string, { map: Map<string, Int32Array[]>; resolution: number }> };

export type FlexDocument = InstanceType<typeof FlexSearch.Document<IndexedPassage>>;

const EMPTY = new Int32Array(0);

export function createFlex(): FlexDocument {
  const flex = new FlexSearch.Document<IndexedPassage>({
    document: { id: 'id', index: ['body', 'context'] },
    tokenize: 'strict',
    encode: (text: string) => (text.length === 0 ? [] : text.split(' ')),
    cache: false,
    resolution: 1,
  });
  for (const field of ['body', 'context'] as const) {
    const index = fieldIndex(flex, field);
    if (!(index.map instanceof Map) || index.resolution !== 1) {
      throw new Error('this flexsearch version keeps its term map differently: pin flexsearch 0.8');
    }
  }
  return flex;
}

function fieldIndex(flex: FlexDocument, field: Field) {
  const index = (flex as unknown as Internals).index.get(field);
  if (!index) throw new Error(`flexsearch has no ${field} field`);
  return index;
}

/**
 * Puts each term's postings into the field's term map: term id t holds postings[starts[t] .. starts[t+1]],
 * as a view (no copy). Terms without postings get no entry, as with `add()`.
 */
export function installPostings(
  flex: FlexDocument,
  field: Field,
  terms: readonly string[],
  starts: Int32Array,
  postings: Int32Array,
): void {
  const map = fieldIndex(flex, field).map;
  map.clear();
  for (let t = 0; t < terms.length; t++) {
    const from = starts[t]!;
    const to = starts[t + 1]!;
    if (to > from) map.set(terms[t]!, [postings.subarray(from, to)]);
  }
}

/** All passages holding the term in the field, ascending; a view into the index: never modify it. */
export function postingsOf(flex: FlexDocument, field: Field, term: string): Int32Array {
  return fieldIndex(flex, field).map.get(term)?.[0] ?? EMPTY;
}

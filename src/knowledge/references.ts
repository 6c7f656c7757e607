import { referenceKey, referencesIn } from '../text/references.js';
import type { Case } from './case.js';
import type { Passage } from './types.js';

/**
 * The reference keys of one case, by how it carries them: its own case number, the numbers it cites, and
 * the numbers and designations its title and passages mention (its own key left out of the last two).
 * Each list is in the order the keys are first met and holds a key once.
 */
export type CaseReferences = { own: string | null; cited: string[]; mentioned: string[] };

/**
 * Every case's reference keys, in the order of `cases`. Computed once when a document is read and kept with
 * it (and so in the document cache), because finding them runs the case-number patterns over every
 * passage: at 50,000 documents about a second of each start.
 */
export function caseReferences(doc: { cases: Case[]; passages: Passage[] }): CaseReferences[] {
  return doc.cases.map((c) => {
    const own = c.dnr ? referenceKey(c.dnr.value) : null;
    const cited = new Set<string>();
    for (const other of c.otherDnrs) {
      const key = referenceKey(other);
      if (key && key !== own) cited.add(key);
    }
    const mentioned = new Set<string>();
    const texts = [
      c.title?.value ?? '',
      ...doc.passages.slice(c.passages.from, c.passages.to).map((p) => p.text),
    ];
    for (const text of texts) {
      // Most passages hold no reference: skip them before the full patterns run.
      if (!/\d[:/-]\d|\d{4}\s*:\s*\d/.test(text)) continue;
      for (const key of referencesIn(text)) if (key !== own) mentioned.add(key);
    }
    return { own, cited: [...cited], mentioned: [...mentioned] };
  });
}

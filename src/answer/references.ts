import type { Case } from '../knowledge/case.js';
import { caseReferences } from '../knowledge/references.js';
import type { KnowledgeDocument } from '../knowledge/types.js';
import { DESIGNATION, referenceKey, referencesIn } from '../text/references.js';

export { referenceKey, referencesIn };

/**
 * The cases a question names: by a case number in any of the shapes staff write ("KS 2026/412",
 * "ks-dnr 006-1137/2007", "2026/0412"), or by a designation such as "Utlåtande 2026:87", "SOU 2026:41"
 * or "KF 2011:23". A case is named as its own number first, then as a number it cites, then as a number
 * or designation its text mentions.
 */

/**
 * The question without its case numbers and designations: "KS 2026/412" names a case, it is not a word
 * the answering sentence must hold, nor a sign that the question asks for a case number.
 */
export function withoutReferences(text: string): string {
  return text
    .replace(DESIGNATION, ' ')
    .replace(/(?:\b[A-ZÅÄÖ]{1,5}[-\s]?)?(?:\b[Dd]nr\s*:?\s*)?\b\d[\d.]*(?:\s?[-/]\s?\d+)+\b/gu, (found) =>
      // A day ("2021-02-03") or a span of years ("2027-2030") says when, not which case.
      DAY_OR_YEARS.test(found) ? found : ' ',
    )
    .replace(/\b[A-ZÅÄÖ][a-zåäö]{0,2}\d{4}[-/]\d{2,6}\b/gu, ' ');
}

const DAY_OR_YEARS =
  /^(?:(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])|(?:19|20)\d{2}\s?-\s?(?:19|20)\d{2})$/u;

export type NamedCases = {
  /** The reference keys the question holds. */
  keys: string[];
  /** The cases named, strongest kind of naming first; empty when the question names none or none is known. */
  cases: Case[];
};

type Naming = 'own' | 'cited' | 'mentioned';

/** Reference key → the cases that carry it, by how. Built once per corpus, on first use. */
export class ReferenceIndex {
  private readonly byKey = new Map<string, Map<Naming, Case[]>>();

  constructor(documents: KnowledgeDocument[]) {
    for (const doc of documents) {
      // The keys the loader kept with the document, or, for a document made elsewhere, computed here.
      const references = doc.references?.length === doc.cases.length ? doc.references : caseReferences(doc);
      doc.cases.forEach((c, k) => {
        const { own, cited, mentioned } = references[k]!;
        if (own) this.add(own, 'own', c);
        for (const key of cited) this.add(key, 'cited', c);
        for (const key of mentioned) this.add(key, 'mentioned', c);
      });
    }
  }

  private add(key: string, naming: Naming, c: Case) {
    const byNaming = this.byKey.get(key) ?? new Map<Naming, Case[]>();
    this.byKey.set(key, byNaming);
    const list = byNaming.get(naming) ?? [];
    if (!list.includes(c)) list.push(c);
    byNaming.set(naming, list);
  }

  /** The cases a question names: for each key, the cases of its strongest naming. */
  named(question: string): NamedCases {
    const keys = referencesIn(question);
    // A number typed without its series ("ärende 2026-17542") names a case when some case carries it.
    for (const m of question.matchAll(/(?<![\p{L}\d])\d[\d.]*(?:[-/]\d+)+(?![\p{L}\d])/gu)) {
      const key = referenceKey(m[0]);
      if (key && !keys.includes(key) && this.byKey.has(key)) keys.push(key);
    }
    const cases: Case[] = [];
    for (const key of keys) {
      const byNaming = this.byKey.get(key);
      if (!byNaming) continue;
      const strongest = byNaming.get('own') ?? byNaming.get('cited') ?? byNaming.get('mentioned') ?? [];
      for (const c of strongest) if (!cases.includes(c)) cases.push(c);
    }
    return { keys, cases };
  }
}

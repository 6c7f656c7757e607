import type { Case } from '../knowledge/case.js';
import type { KnowledgeDocument } from '../knowledge/types.js';
import { caseNumberCore, findCaseNumbers } from '../text/case-number.js';

/**
 * The cases a question names: by a case number in any of the shapes staff write ("KS 2026/412",
 * "ks-dnr 006-1137/2007", "2026/0412"), or by a designation such as "Utlåtande 2026:87", "SOU 2026:41"
 * or "KF 2011:23". A case is named as its own number first, then as a number it cites, then as a number
 * or designation its text mentions.
 */

/** A designation with a year and a serial: a report, an utlåtande, a motion, a council decision. */
const DESIGNATION =
  /\b(SOU|Ds|Prop\.?|Utlåtande|Motion|Skrivelse|KF|KS|Protokoll(?:\s+nr)?|Rapport)\s*(\d{4})\s*:\s*(\d{1,4})\b/giu;

/**
 * The question without its case numbers and designations: "KS 2026/412" names a case, it is not a word
 * the answering sentence must hold, nor a sign that the question asks for a case number.
 */
export function withoutReferences(text: string): string {
  return text
    .replace(DESIGNATION, ' ')
    .replace(/(?:\b[A-ZÅÄÖ]{1,5}[-\s]?)?(?:\b[Dd]nr\s*:?\s*)?\b\d[\d.]*(?:\s?[-/]\s?\d+)+\b/gu, ' ')
    .replace(/\b[A-ZÅÄÖ][a-zåäö]{0,2}\d{4}[-/]\d{2,6}\b/gu, ' ');
}

/** A comparable key: digit groups without leading zeros, series letters dropped (`KS 2027/0092` → `2027-92`). */
export function referenceKey(caseNumber: string): string | null {
  const core = caseNumberCore(caseNumber);
  if (!core) return null;
  return core
    .split('-')
    .filter((g) => /^\d+$/.test(g))
    .map((g) => String(Number(g)))
    .join('-');
}

function designationKeys(text: string): string[] {
  const keys: string[] = [];
  for (const m of text.matchAll(DESIGNATION)) {
    const kind = m[1]!.toLocaleLowerCase('sv').replace(/\W.*$/, '');
    keys.push(`${kind}:${m[2]}:${Number(m[3])}`);
  }
  return keys;
}

/** Every reference key in a text: case numbers and designations. */
export function referencesIn(text: string): string[] {
  const keys = new Set<string>();
  for (const found of findCaseNumbers(text)) {
    const key = referenceKey(found.value);
    if (key) keys.add(key);
  }
  for (const key of designationKeys(text)) keys.add(key);
  return [...keys];
}

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
      for (const c of doc.cases) {
        const own = c.dnr ? referenceKey(c.dnr.value) : null;
        if (own) this.add(own, 'own', c);
        for (const other of c.otherDnrs) {
          const key = referenceKey(other);
          if (key && key !== own) this.add(key, 'cited', c);
        }
        const texts = [
          c.title?.value ?? '',
          ...doc.passages.slice(c.passages.from, c.passages.to).map((p) => p.text),
        ];
        for (const text of texts) {
          // Most passages hold no reference: skip them before the full patterns run.
          if (!/\d[:/-]\d|\d{4}\s*:\s*\d/.test(text)) continue;
          for (const key of referencesIn(text)) if (key !== own) this.add(key, 'mentioned', c);
        }
      }
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

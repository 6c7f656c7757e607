import type { Case, Field, Signatory } from '../knowledge/case.js';
import type { KnowledgeDocument } from '../knowledge/types.js';
import { analyzeText } from '../search/analyzer.js';
import { letterheadOf } from './issuer.js';
import type { WeightedConcept } from './rank.js';

/**
 * "Vem är kulturdirektör?", "Who is the head of unit?": a signature block names people with their roles
 * ("Leif Arnesson / Kulturdirektör"). A who-question whose words are the role of a signatory, and otherwise
 * only what the case's title or letterhead says, is answered by that signatory.
 */
export type RoleHolder = { c: Case; signatory: Field<Signatory> };

function termsOf(text: string): Set<string> {
  return new Set(analyzeText(text));
}

function holds(terms: Set<string>, w: WeightedConcept): boolean {
  return w.concept.alternatives.some((a) => a.stems.length > 0 && a.stems.every((s) => terms.has(s)));
}

export function roleHolders(
  topic: readonly WeightedConcept[],
  cases: readonly { c: Case; doc: KnowledgeDocument }[],
): RoleHolder[] {
  if (topic.length === 0) return [];
  const found: RoleHolder[] = [];
  for (const { c, doc } of cases) {
    if (c.signatories.length === 0) continue;
    let context: Set<string> | null = null;
    for (const signatory of c.signatories) {
      const role = signatory.value.role;
      if (!role) continue;
      const roleTerms = termsOf(role);
      const inRole = topic.filter((w) => holds(roleTerms, w));
      if (inRole.length === 0) continue;
      context ??= termsOf(`${c.title?.value ?? ''}\n${doc.meta.title}\n${letterheadOf(doc, c)}`);
      const ctx = context;
      if (topic.every((w) => inRole.includes(w) || holds(ctx, w))) found.push({ c, signatory });
    }
  }
  return found;
}

import type { KnowledgeDocument, Passage } from '../knowledge/types.js';

const NUMBERED = /^(\d+(?:\.\d+)*)\.?\s+(\S.*)$/u;

/**
 * The numbered sub-sections of a numbered heading ("3. Fyra fokusområden" → "3.1 Klimatneutral och
 * klimatanpassad stad", "3.2 …"), as their titles without numbers. A programme lists its areas, goals or
 * principles this way, so the heading leads in to them as a list lead does to its items. Empty for a
 * heading without a number or without sub-sections.
 */
export function subSections(doc: KnowledgeDocument, heading: Passage): string[] {
  if (heading.kind !== 'heading') return [];
  const number = NUMBERED.exec(heading.text)?.[1];
  if (!number) return [];
  const depth = number.split('.').length;
  const titles: string[] = [];
  for (let at = heading.ordinal + 1; at < doc.passages.length; at++) {
    const p = doc.passages[at]!;
    // A sub-section is a heading passage of its own or the section name of the passages under it.
    const match = NUMBERED.exec(p.kind === 'heading' ? p.text : (p.section ?? ''));
    // The next heading outside this section ends it.
    if (!match?.[1]?.startsWith(`${number}.`)) break;
    const child = match[1];
    const title = match[2]!.trim();
    if (child.split('.').length === depth + 1 && !titles.includes(title)) titles.push(title);
  }
  return titles.length >= 2 ? titles : [];
}

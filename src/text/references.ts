import { caseNumberCore, findCaseNumbers } from './case-number.js';

/**
 * Reference keys: how a case number or a designation ("Utlåtande 2026:87", "SOU 2026:41", "KF 2011:23") is
 * compared, whatever its spelling. The knowledge loader computes each case's keys once (they are kept in
 * the document cache) and the answer core looks questions up by them.
 */

/** A designation with a year and a serial: a report, an utlåtande, a motion, a council decision. */
export const DESIGNATION =
  /\b(SOU|Ds|Prop\.?|Utlåtande|Motion|Skrivelse|KF|KS|Protokoll(?:\s+nr)?|Rapport)\s*(\d{4})\s*:\s*(\d{1,4})\b/giu;

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

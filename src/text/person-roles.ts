/**
 * The offices only a person holds, as the last part of a word ("stadsdelsdirektör", "kulturchef"): a body or a
 * city may hold others ("huvudsökande", "lead partner"). Lower case; callers set how case is read.
 */
export const PERSON_ROLES = [
  'ordförande',
  'borgarråd',
  'borgmästare',
  'kommunalråd',
  'direktör',
  'chef',
  'sekreterare',
  'handläggare',
  'samordnare',
  'koordinator',
  'director',
  'chairperson',
  'chairman',
  'chair',
  'president',
  'mayor',
  'secretary',
  'manager',
  'coordinator',
  'head',
] as const;

/** The roles as one alternation that reads each one's first letter in either case ("[Oo]rdförande"). */
export function personRolesEitherCase(): string {
  return PERSON_ROLES.map((r) => `[${r[0]!.toLocaleUpperCase('sv')}${r[0]}]${r.slice(1)}`).join('|');
}

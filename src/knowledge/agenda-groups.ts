import type { AgendaGroup, Field } from './case.js';
import { type Entry, fieldOf, sentencesOf } from './entries.js';

/**
 * An agenda or minutes groups its items under headings that say what they are ("Bordlagda ärenden",
 * "Beslutsärenden", "Remissärenden", "Tabled items"), and an item may state its own standing on a line of
 * its own ("Bordlagt 24 februari 2027", "Återremitterat 10 februari 2027"). Both say what the item is: a
 * question about the tabled items, or the referrals on the agenda, asks for the items so marked.
 */
const HEADING_GROUPS: [RegExp, AgendaGroup][] = [
  [/^(?:bordlagda|tabled|deferred|postponed)\b|\b(?:tabled|deferred|postponed)$/i, 'tabled'],
  [/^återremitterade\b|\b(?:referred|sent) back$/i, 'sent_back'],
  [/^remiss(?:ärenden|er|svar)$|^(?:referrals?|consultations?|consultation responses)$/i, 'referral'],
  [/^(?:beslutsärenden|ärenden för beslut|(?:items|matters) for decision|decision items)$/i, 'decision'],
  [
    /^(?:informationsärenden|information(?:sfrågor)?|ärenden för information|(?:items|matters) for information|information items)$/i,
    'information',
  ],
  [/^(?:valärenden|val|elections?|election items|appointments)$/i, 'election'],
  [
    /^(?:anmälningsärenden|anmälningar|anmälan|(?:items|matters) (?:reported|for notification)|notifications)$/i,
    'notice',
  ],
  [/\binterpellation(?:er|erna|s)$/i, 'interpellation'],
  [/\bmotion(?:er|erna|s)$/i, 'motion'],
];

/**
 * A group heading is a name, not a sentence: a few words, no full stop, at most a colon after it; two names
 * may share it ("REMISSER/YTTRANDEN").
 */
const GROUP_LINE = /^[\p{L}][\p{L} /-]{1,48}[\p{L}]:?$/u;

/** The kinds a group heading names ("BORDLAGDA INTERPELLATIONER": tabled, interpellation); none when no group. */
export function groupsOfHeading(text: string): AgendaGroup[] {
  const t = text.trim();
  if (!GROUP_LINE.test(t)) return [];
  const names = t
    .replace(/:$/, '')
    .split(/\s*\/\s*/)
    .map((n) => n.replace(/\s+/g, ' '));
  return HEADING_GROUPS.filter(([pattern]) => names.some((name) => pattern.test(name))).map(
    ([, group]) => group,
  );
}

/**
 * An item's line of standing: "Bordlagt 24 februari 2027", "Återremitterad den 10 februari 2027", "Tabled",
 * "Återremitterat ärende", also after the item's case numbers on the same line ("Dnr 7-742-2011 och
 * 5-744-2011 Återremitterat ärende.").
 */
/** The case numbers an item's line of standing may open with ("Dnr 7-742-2011 och 5-744-2011 "). */
const CASE_NUMBERS_FIRST = String.raw`dnr:?\s+[\d./-]+(?:\s*(?:,|och|and)\s*[\d./-]+)*\.?\s+`;
const STATUS_LINE = new RegExp(
  String.raw`^(?:${CASE_NUMBERS_FIRST})?(bordlagd|bordlagt|bordlades|återremitterad|återremitterat|återremitterades|tabled|deferred|referred back|sent back)\b(?:\s+(?:ärende|ärendet|item|matter))?(?:\s+(?:den\s+|on\s+)?\d[\p{L}\d\s.,-]*)?\.?$`,
  'iu',
);
const LEADING_CASE_NUMBERS = new RegExp(`^${CASE_NUMBERS_FIRST}`, 'iu');

/** A group's line as a heading: an item's line of standing without the case numbers it opens with. */
export function standingOf(line: string): string {
  return line.replace(LEADING_CASE_NUMBERS, '').replace(/[.\s]+$/u, '');
}

function groupOfStatus(text: string): AgendaGroup | null {
  const m = STATUS_LINE.exec(text.trim());
  if (!m) return null;
  return /^(?:återremitt|referred|sent)/i.test(m[1]!) ? 'sent_back' : 'tabled';
}

/**
 * The groups of the item that stands in `entries[start, end)`: the group heading nearest above it within
 * the meeting's items (`from` is where the first item starts: a heading above that is the document's, not a
 * group's), and the standing its own lines state.
 */
export function readItemGroups(
  entries: Entry[],
  from: number,
  start: number,
  end: number,
  first: string,
): Field<AgendaGroup>[] {
  const out: Field<AgendaGroup>[] = [];
  const add = (group: AgendaGroup, entry: Entry, line = entry.text.trim()) => {
    if (!out.some((f) => f.value === group)) out.push(fieldOf(group, line, entry, first));
  };
  for (let i = start - 1; i >= Math.max(0, from - 1); i--) {
    const e = entries[i]!;
    if (e.type === 'paragraph' && e.text.length > 60) continue;
    const groups = groupsOfHeading(e.text);
    if (groups.length > 0) {
      for (const g of groups) add(g, e);
      break;
    }
    // Another heading (one that names no kind of item) ends the group above.
    if (e.isHeading && !/^\d/.test(e.text.trim())) break;
  }
  // Its own lines may stand in one paragraph with its case number ("Dnr 2027-188-102. Återremitterat …").
  for (const s of sentencesOf(entries.slice(start + 1, end))) {
    if (s.text.length > 60) continue;
    const group = groupOfStatus(s.text);
    if (group) add(group, s.entry, s.text);
  }
  return out;
}

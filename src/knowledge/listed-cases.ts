import { findCaseNumbers } from '../text/case-number.js';
import { splitSentences } from '../text/sentences.js';
import type { Entry } from './entries.js';

/**
 * A document that lists several cases of one kind side by side, each under its own caption with its own
 * case number right under it: a register of delegation decisions ("Nr 1" over "Beslutsdatum: …",
 * "Dnr: KS 2026/1365", "Ärende: …"), an overview of agreements ("1. Kyiv – överenskommelse om …" over
 * "Dnr: KS 2025/702"), a web page of ongoing referrals (a heading over "Diarienummer: KS 2027/77"). Each
 * entry is a case of its own, as an agenda's items are: a question about one of them is answered from it,
 * and a question that fits several is asked back with each of them as a choice.
 */
export type ListedItem = {
  /** Index of the caption entry. */
  start: number;
  /** Index of the first entry after the item. */
  end: number;
  /** The caption as written ("Nr 1", "Kyiv – överenskommelse om stöd till återuppbyggnad"). */
  caption: string;
  /** The list item's number, or the number in a caption like "Nr 3"; else the item's place (1, 2, …). */
  label: string;
  /** An entry without a caption of its own, opened by its first field ("Inkom: 2026-02-16"): see `readRecords`. */
  record?: boolean;
};

/** A case-number field: "Dnr: KS 2026/1365", "Diarienummer: KS 2027/77", "Ärendenummer 2027-118". */
const CASE_NUMBER_FIELD =
  /^(?:dnr|diarienummer|diarienr|ärendenummer|case (?:no|number)|file (?:no|number)|reference)\b\.?\s*:?\s*\S/i;
/** A labelled field of an entry ("Beslutsdatum: …", "Giltighet: …"): still part of the item above it. */
const FIELD_LINE = /^\p{Lu}[\p{L} ./-]{1,30}:\s+\S/u;
/** How far below its caption an item's case number may stand ("Nr 1", "Beslutsdatum: …", "Dnr: …"). */
const NUMBER_WITHIN = 3;
/** Fewer than this many is no register: a document's own number under its title, or one case cited. */
const MIN_ITEMS = 3;
/** A caption that only numbers the entry ("Nr 3", "Punkt 4", "3"). */
const NUMBER_CAPTION = /^(?:(?:nr|nummer|punkt|no\.?|item)\s*)?(\d{1,3})\.?$/i;
/** A caption that opens with its item's number ("2. Anmälan av delegationsbeslut"). */
const LEADING_NUMBER = /^(\d{1,3})\.\s+\p{L}/u;

export function readListedItems(entries: Entry[], titleEntry: Entry | null = null): ListedItem[] {
  const captioned = captionedItems(entries, titleEntry);
  const records = readRecords(entries);
  return records.length > captioned.length ? records : captioned;
}

function captionedItems(entries: Entry[], titleEntry: Entry | null): ListedItem[] {
  const starts: { index: number; kind: string; number: string }[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    // The document's own title over its own number is no entry of the register.
    if (!isCaption(e) || e === titleEntry) continue;
    for (let k = i + 1; k <= i + NUMBER_WITHIN && k < entries.length; k++) {
      const below = entries[k]!;
      if (below.isHeading || (k > i + 1 && isCaption(below) && !FIELD_LINE.test(below.text))) break;
      const text = below.text.trim();
      if (!CASE_NUMBER_FIELD.test(text)) continue;
      const number = findCaseNumbers(text)[0];
      if (number) starts.push({ index: i, kind: `${kindOf(e)}+${k - i}`, number: number.value });
      break;
    }
  }
  // Captions of one kind (headings of one level, list items, lines), their numbers as far below them,
  // with numbers of their own: a number that two captions stand over is the document's own (its title
  // and its addressee line over "Dnr …"), not an entry's.
  const count = new Map<string, number>();
  for (const s of starts) count.set(s.number, (count.get(s.number) ?? 0) + 1);
  const kinds = new Map<string, typeof starts>();
  for (const s of starts) if (count.get(s.number) === 1) kinds.set(s.kind, [...(kinds.get(s.kind) ?? []), s]);
  const best = [...kinds.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  if (best.length < MIN_ITEMS || new Set(best.map((s) => s.number)).size < best.length) return [];
  return best.map((s, n) => {
    const next = best[n + 1];
    const caption = entries[s.index]!;
    const numbered = NUMBER_CAPTION.exec(caption.text.trim()) ?? LEADING_NUMBER.exec(caption.text.trim());
    return {
      start: s.index,
      end: next ? next.index : lastItemEnd(entries, s.index),
      caption: caption.text.trim(),
      label: String(caption.marker ?? numbered?.[1] ?? n + 1),
    };
  });
}

function isCaption(e: Entry): boolean {
  const t = e.text.trim();
  return (
    (e.isHeading || e.type === 'list_item' || e.type === 'line') &&
    t.length <= 160 &&
    !CASE_NUMBER_FIELD.test(t) &&
    !FIELD_LINE.test(t) &&
    !/[.!?:;,]$/.test(t)
  );
}

function kindOf(e: Entry): string {
  return e.isHeading ? `heading${e.level ?? ''}` : e.type;
}

/**
 * Where the last item ends: under a heading, at the next heading as high; under a caption line or list
 * item, where its fields end (the summary or the decision that closes the register is no part of it).
 */
function lastItemEnd(entries: Entry[], start: number): number {
  const caption = entries[start]!;
  for (let k = start + 1; k < entries.length; k++) {
    const e = entries[k]!;
    if (caption.isHeading) {
      if (e.isHeading && (e.level ?? 9) <= (caption.level ?? 9)) return k;
      continue;
    }
    if (e.isHeading) return k;
    if (e.type === 'line' && FIELD_LINE.test(e.text.trim())) continue;
    if (FIELD_LINE.test(e.text.trim())) continue;
    return k;
  }
  return entries.length;
}

/** A labelled field that may open a record, with its value on its line ("Inkom: 2026-02-16"). */
const RECORD_FIELD = /^(\p{Lu}[\p{L} ./-]{1,30}?)\s*:\s*\S/u;

/**
 * A register whose entries have no caption, each opened by the same field: a web page of citizens'
 * proposals or motions where every entry starts "Inkom: …", with "Diarienummer: …", "Status" and the
 * decision under it. The field that opens at least three entries, with other lines between them and a
 * case number of its own in most of them, marks where each entry starts; an entry without a number (a
 * proposal never registered) is still an entry of its own, not part of the one before it.
 */
function readRecords(entries: Entry[]): ListedItem[] {
  const opens = new Map<string, number[]>();
  entries.forEach((e, i) => {
    if (e.isHeading) return;
    const label = RECORD_FIELD.exec(e.text.trim())?.[1]?.toLowerCase();
    if (label && !CASE_NUMBER_FIELD.test(label)) opens.set(label, [...(opens.get(label) ?? []), i]);
  });
  let best: ListedItem[] = [];
  for (const starts of opens.values()) {
    if (starts.length < MIN_ITEMS || starts.length <= best.length) continue;
    // Fields of one entry stand line by line: an opening field right under the last is no new entry.
    if (starts.some((s, n) => n > 0 && s - starts[n - 1]! < 2)) continue;
    const longest = Math.max(...starts.slice(1).map((s, n) => s - starts[n]!));
    const items = starts.map((start, n) => ({
      start,
      end: starts[n + 1] ?? Math.min(entries.length, start + longest),
    }));
    const numbers = items.map((it) => recordNumber(entries.slice(it.start, it.end)));
    const found = numbers.filter((x): x is string => x !== null);
    if (found.length < MIN_ITEMS || found.length * 2 < items.length || new Set(found).size < found.length)
      continue;
    best = items.map((it, n) => ({
      ...it,
      caption: entries[it.start]!.text.trim(),
      label: String(n + 1),
      record: true,
    }));
  }
  return best;
}

/** The number in an entry's case-number field ("Diarienummer: KS 2026/1761"), on a line of its own or in a run of fields. */
function recordNumber(range: Entry[]): string | null {
  for (const e of range) {
    const m =
      /\b(?:dnr|diarienummer|diarienr|ärendenummer|case (?:no|number)|file (?:no|number))\b\.?\s*:?\s*(\S.*)$/imu.exec(
        e.text,
      );
    const number = m ? findCaseNumbers(m[1]!)[0] : undefined;
    if (number) return number.value;
  }
  return null;
}

/** A subject named by a label of its own in an entry ("Förslag" over what is proposed). */
const SUBJECT_LABEL = /^(?:förslag|ärende|ärendet|rubrik|avser|ämne|subject|title|matter|proposal)$/i;

/** The title of an item whose caption only numbers it: its "Ärende:" (or like) field. */
const SUBJECT_FIELD = /^(?:ärende|avser|rubrik|beslut|subject|title|matter)\s*:\s*(\S.*)$/i;

export function itemSubject(entries: Entry[], item: ListedItem): { text: string; entry: Entry } | null {
  if (item.record) return recordSubject(entries.slice(item.start, item.end));
  if (!NUMBER_CAPTION.test(item.caption))
    return { text: item.caption.replace(/^\d{1,3}[.)]\s+/, ''), entry: entries[item.start]! };
  for (const e of entries.slice(item.start + 1, item.end)) {
    const m = SUBJECT_FIELD.exec(e.text.trim());
    if (m) return { text: m[1]!.replace(/[.]$/, ''), entry: e };
  }
  return null;
}

/** A record's subject: its "Ärende:" (or like) field, or the first sentence under a label such as "Förslag". */
function recordSubject(range: Entry[]): { text: string; entry: Entry } | null {
  for (const [k, e] of range.entries()) {
    const t = e.text.trim();
    const m = SUBJECT_FIELD.exec(t);
    if (m) return { text: m[1]!.replace(/[.]$/, ''), entry: e };
    const under = range[k + 1];
    if (SUBJECT_LABEL.test(t) && under && !under.isHeading) {
      const first = splitSentences(under.text)[0]?.text ?? under.text;
      return { text: first.replace(/[.]$/, ''), entry: under };
    }
  }
  return null;
}

import { caseNumberKey, findCaseNumbers } from '../text/case-number.js';
import { findDates } from '../text/dates.js';
import type { CaseOfficer, Field } from './case.js';
import { type Entry, fieldOf, type Sentence, sentencesOf } from './entries.js';

/**
 * Readers of one case's fields from its entries. Each returns the value with the sentence (or line) it
 * was read from, or null: a value without evidence is not read.
 */

type Located = { value: string; text: string; entry: Entry };

const LABELLED_LINE =
  /^(?:[A-ZÅÄÖ]{1,5}[- ]?)?(?:dnr|diarienummer|diarienr|ärendenummer|case (?:no|number))\b/i;
const LABELLED_RAW = /^\s*(?:[A-ZÅÄÖ]{1,5}[- ]?)?(?:dnr|diarienummer|diarienr)\b/i;
const SENDER_CONTEXT = /(?:remiss från|remiss av|svar på remiss|remitterat|remitterar)[^.]*$/i;
const REFERENCE_CONTEXT = /\b(?:our|your|vår|er)\s+ref(?:erens|erence)?\.?\s*:?\s*$/i;

/**
 * The case's own number and the others it cites. Its own is the first in its head on a `Dnr` line (or a
 * short caption), not the sender's number on a "Remiss från …" line; with no other, the sender's number
 * is the case's own (a referral that states only that). A letter's reference ("Our ref.") is only cited.
 */
export function readCaseNumbers(
  entries: Entry[],
  headSize: number,
): { own: Located | null; others: string[]; all: string[] } {
  const found: (Located & { sender: boolean; reference: boolean; labelled: boolean; head: boolean })[] = [];
  entries.forEach((entry, i) => {
    for (const m of findCaseNumbers(entry.text)) {
      const before = entry.text.slice(0, m.index);
      found.push({
        value: m.value,
        text: entry.text,
        entry,
        sender: SENDER_CONTEXT.test(before),
        reference: REFERENCE_CONTEXT.test(before) || /^(?:our|your|vår|er)\s+ref/i.test(m.raw),
        labelled: LABELLED_LINE.test(entry.text.trim()) || LABELLED_RAW.test(m.raw),
        head: i < headSize,
      });
    }
  });
  const head = found.filter((f) => f.head && !f.reference);
  const own =
    head.find((f) => f.labelled && !f.sender) ??
    head.find((f) => !f.sender && f.text.length <= 60) ??
    head.find((f) => f.sender) ??
    null;
  const ownKey = own ? caseNumberKey(own.value) : null;
  const all: string[] = [];
  const seen = new Set<string>();
  for (const f of found) {
    const key = caseNumberKey(f.value);
    if (seen.has(key)) continue;
    seen.add(key);
    all.push(f.value);
  }
  return { own, others: all.filter((v) => caseNumberKey(v) !== ownKey), all };
}

const REFERRAL_CUE =
  /\bremiss från\b|\bhar (?:i sin tur |nu |också )?remitterat\b|\bremitterar\b|\bför yttrande\b|\bsvar på remiss(?:en)?\b|\bsvar på remissen\b|\bremissvar(?:et|en)?\b|^remiss av\b|\bremisstiden\b|\bremissinstanser\b/i;

/** True only when the text says it is a referral or an answer to one. */
export function readReferral(sentences: Sentence[], fallback: string): Field<boolean> | null {
  const s = sentences.find((x) => REFERRAL_CUE.test(x.text));
  return s ? fieldOf(true, s.text, s.entry, fallback) : null;
}

const NAME = String.raw`\p{L}[\p{L}-]*(?:\s(?:och\s)?[\p{L}-]+){0,4}?`;
const SENDER_PATTERNS = [
  new RegExp(
    String.raw`\bremiss från (${NAME})(?=\s*[(,.:]|\s*$|\s+(?:om|angående|gällande|avseende|dnr)\b)`,
    'iu',
  ),
  new RegExp(String.raw`^(\p{Lu}${NAME.slice(5)}) har (?:i sin tur |nu |också )?remitterat\b`, 'u'),
  new RegExp(String.raw`^(\p{Lu}${NAME.slice(5)}) remitterar\b`, 'u'),
];

/** Who sent the referral: "Remiss från X", "X har remitterat …", "X remitterar härmed …". */
export function readSender(sentences: Sentence[], fallback: string): Field<string> | null {
  for (const s of sentences) {
    for (const pattern of SENDER_PATTERNS) {
      const m = pattern.exec(s.text);
      if (m) return fieldOf(capitalize(m[1]!.trim()), s.text, s.entry, fallback);
    }
  }
  return null;
}

function capitalize(value: string): string {
  return value.charAt(0).toLocaleUpperCase('sv') + value.slice(1);
}

const RECIPIENTS_CUE =
  /(?:skickats|sänts|gått|remitterats|skickas|sänds)\s+(?:ut\s+)?(?:på remiss\s+)?(?:också\s+|även\s+)?till\s+(.+?)\.?$|remissinstanser(?:na)?\s*(?:är)?\s*:\s*(.+?)\.?$/iu;
const SEND_LIST = /^(?:sändlista|remissinstanser|remissmottagare|sändlista för remissen)\s*:?$/i;

/** The bodies a referral went to: its sändlista, or "Remissen har även skickats till …". */
export function readRecipients(entries: Entry[], fallback: string): Field<string[]> | null {
  const listed = readSendList(entries, fallback);
  if (listed) return listed;
  for (const s of sentencesOf(entries)) {
    const m = RECIPIENTS_CUE.exec(s.text);
    if (!m) continue;
    const names = splitNameList(m[1] ?? m[2] ?? m[3] ?? '');
    if (names.length > 0) return fieldOf(names, s.text, s.entry, fallback);
  }
  return null;
}

function readSendList(entries: Entry[], fallback: string): Field<string[]> | null {
  const at = entries.findIndex((e) => SEND_LIST.test(e.text.trim()));
  if (at < 0) return null;
  const list: Entry[] = [];
  for (const e of entries.slice(at + 1)) {
    if (e.isHeading && list.length > 0) break;
    if (e.type === 'paragraph' || e.text.length > 80) break;
    list.push(e);
  }
  if (list.length === 0) return null;
  // The evidence is the list's first line, verbatim; the list itself follows it in the passages.
  return fieldOf(
    list.map((e) => e.text.trim()),
    list[0]!.text,
    list[0]!,
    fallback,
  );
}

const BODY_END =
  /(?:nämnd(?:en|erna)?|styrelse(?:n)?|förvaltning(?:en)?|kontor(?:et)?|råd(?:et)?|bolag(?:et)?|AB|kommun(?:en)?|region(?:en)?|myndighet(?:en)?|verket|departement(?:et)?|stad(?:en)?)$/u;

/**
 * "A, B- och C-nämnden, D samt E på X och Y" → [A, B- och C-nämnden, D, E på X och Y]: the last "och"
 * joins items, except inside a name ("Miljö- och hälsoskyddsnämnden", "Stockholm Vatten och Avfall AB",
 * "stadsdelsnämnderna på Kungsholmen och Södermalm").
 */
export function splitNameList(list: string): string[] {
  const parts = list.split(/,\s*/);
  const last = parts.pop() ?? '';
  const tail = /\s(samt)\s/.test(last) ? last.split(/\s+samt\s+/) : splitOnAnd(last);
  return [...parts, ...tail].map((s) => s.trim()).filter((s) => s.length > 1);
}

function splitOnAnd(text: string): string[] {
  const pieces = text.split(/(?<!-)\s+och\s+/);
  const out: string[] = [];
  for (const piece of pieces) {
    const previous = out[out.length - 1];
    const lastWord = previous?.split(/\s+/).at(-1) ?? '';
    const words = piece.split(/\s+/);
    const partOfName =
      previous !== undefined &&
      /^\p{Lu}/u.test(lastWord) &&
      !BODY_END.test(lastWord) &&
      /^\p{Lu}/u.test(piece) &&
      (words.length === 1 || (words.length === 2 && words[1] === 'AB'));
    if (partOfName) out[out.length - 1] = `${previous} och ${piece}`;
    else out.push(piece);
  }
  return out;
}

const OFFICER_LINE = /^(?:handläggare|kontaktperson|case officer|contact person|contact)\s*:\s*(.+)$/i;
const OFFICER_CAPTION = /^(?:handläggare|kontaktperson|case officer)$/i;
const PHONE_LINE = /^(?:tfn|tfr|tel|telefon|phone|telephone)\.?\s*:?\s*([+\d][\d\s-]{5,})$/i;
const PHONE = /^[+\d][\d\s-]{5,}$/;

/** "Handläggare: Name[, phone]", or a "Handläggare" caption with the name on the next line. */
export function readCaseOfficer(entries: Entry[], fallback: string): Field<CaseOfficer> | null {
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    const t = e.text.trim();
    let name: string | null = null;
    const inline = OFFICER_LINE.exec(t);
    if (inline) name = inline[1]!.trim();
    else if (OFFICER_CAPTION.test(t) && entries[i + 1] && entries[i + 1]!.text.length <= 60) {
      name = entries[i + 1]!.text.trim();
    }
    if (!name) continue;
    const [person, ...rest] = name.split(/,\s*/);
    let phone = rest.find((r) => PHONE.test(r.trim()))?.trim() ?? null;
    if (!phone) {
      const near = entries.slice(i + 1, i + 4).find((n) => PHONE_LINE.test(n.text.trim()));
      phone = near ? PHONE_LINE.exec(near.text.trim())![1]!.trim() : null;
    }
    if (!person || person.length > 60 || /\d/.test(person)) continue;
    // A caption's evidence is the name line under "Handläggare", verbatim.
    const entry = inline ? e : entries[i + 1]!;
    return fieldOf({ name: person.trim(), phone }, entry.text, entry, fallback);
  }
  return null;
}

const DEADLINE_CUE =
  /\bsenast\b(?!\s+(?:uppdaterad|ändrad|granskad))|svarsdatum|sista svarsdag|remisstiden (?:går|löper) ut|ska ha inkommit|(?:vara|är)\s+(?:\p{L}+\s+){0,3}(?:inne|tillhanda|inkommen|inkommet)|svar önskas|önskar svar|\bno later than\b|\bdeadline\b|\breply by\b|\bdue (?:on|by)\b/iu;

/**
 * A reply deadline: a full date (day, month and year, however written) after a reply cue in the same
 * sentence or line. A date without a year, a month alone or "Senast uppdaterad" is no deadline.
 */
export function readDeadline(sentences: Sentence[], fallback: string): Field<string> | null {
  for (const s of sentences) {
    const cue = DEADLINE_CUE.exec(s.text);
    if (!cue) continue;
    const date = findDates(s.text, null).find((d) => d.index >= cue.index && !d.inferredYear);
    if (date) return fieldOf(date.date, s.text, s.entry, fallback);
  }
  return null;
}

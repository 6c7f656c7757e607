import { caseNumberKey, stripCaseNumberLabel } from '../text/case-number.js';
import { findDates } from '../text/dates.js';
import { readItemGroups } from './agenda-groups.js';
import { groupOf, readPapers } from './author.js';
import type { TextBlock } from './blocks.js';
import type { Author, Case, Field, Signatory } from './case.js';
import {
  readCaseNumbers,
  readCaseOfficer,
  readDeadline,
  readRecipients,
  readReferral,
  readSender,
} from './case-fields.js';
import { type Entry, fieldOf, frontMatterField, sentencesOf, toEntries } from './entries.js';
import type { FrontMatter } from './front-matter.js';
import { itemSubject, type ListedItem, readListedItems } from './listed-cases.js';
import { readAddresseeMeeting, readMeetingSlot } from './meeting-slot.js';
import { type Meeting, type MeetingItem, meetingTitle, readMeeting, readMeetingPage } from './meetings.js';
import { findDocumentTitle, isTitleLine, titleFromFileName } from './titles.js';
import type { Passage } from './types.js';

export { casesFromMeta } from './cases-from-meta.js';

/**
 * Reads the cases a document states: one for most documents, one per item for agendas, minutes and
 * protokollsutdrag. Every field carries the sentence it was read from; front matter (or a side file)
 * wins over the text and is evidence too.
 */
export type ReadCases = {
  cases: Case[];
  /** The document's title: its own title line, the meeting's name, front matter or the file name. */
  title: Field<string>;
  titleFromFileName: boolean;
  meeting: Meeting | null;
};

export type CaseInput = {
  docId: string;
  passages: Passage[];
  blocks: TextBlock[];
  frontMatter: FrontMatter;
  fileName: string;
  /** The places of the page's breadcrumb trail, when it had one (see `cleanLayout`). */
  trail?: string[] | null;
};

const DOCUMENT_HEAD = 15;
const ITEM_HEAD = 6;

export function readCases(input: CaseInput): ReadCases {
  const entries = toEntries(input.blocks, input.passages);
  const first = input.passages[0]?.id ?? `${input.docId}#0`;
  const meeting = readMeeting(entries, input.trail ?? null);
  if (meeting) {
    const fm = input.frontMatter.title;
    const title = fm
      ? frontMatterField(fm, 'title', fm, first)
      : fieldOf(meetingTitle(meeting), meeting.type.entry.text, meeting.type.entry, first);
    const slot = readMeetingSlot(
      entries.slice(0, meeting.items[0]?.start ?? 0),
      first,
      meeting.date,
      meeting.body?.name ?? null,
    );
    const cases = meeting.items.map((item, n) => ({
      ...itemCase(input, entries, meeting, item, n, first),
      meetingTime: slot.time,
      meetingPlace: slot.place,
    }));
    return { cases, title, titleFromFileName: false, meeting };
  }
  const listed = readListedItems(entries, findDocumentTitle(entries)?.entry ?? null);
  if (listed.length > 0) return listedCases(input, entries, listed, first);
  const one = documentCase(input, entries, first);
  return { cases: [one.case], title: one.title, titleFromFileName: one.fromFileName, meeting: null };
}

/**
 * A register of several cases (see `readListedItems`): the document's own case is read from what stands
 * before the first entry and after the last (its title, number, date, signature) and holds those parts;
 * each entry is a case of its own between them.
 */
function listedCases(input: CaseInput, entries: Entry[], listed: ListedItem[], first: string): ReadCases {
  const head = entries.slice(0, listed[0]!.start);
  const tailFrom = listed.at(-1)!.end;
  const own = documentCase(input, [...head, ...entries.slice(tailFrom)], first, head.length);
  const ordinal = (i: number) => entries[i]?.passage?.ordinal ?? input.passages.length;
  const cases: Case[] = [{ ...own.case, passages: { from: 0, to: ordinal(listed[0]!.start) } }];
  listed.forEach((item, n) => {
    const c = listedCase(input, entries, item, n + 1, own.case, first, ordinal);
    cases.push(c);
    // An entry's fields ("Beräknad kostnad: 19 200 kronor") say what they are of only through the entry's
    // subject above them, as a section's lines do through its heading: a caption that is no heading is
    // made their section, so that a question about the trip to Genève meets its cost line.
    const caption = entries[item.start]!;
    if (!caption.isHeading && c.title)
      for (let p = c.passages.from + 1; p < c.passages.to; p++) input.passages[p]!.section = c.title.value;
  });
  if (ordinal(tailFrom) < input.passages.length)
    cases.push({
      ...own.case,
      id: `${input.docId}#case:${cases.length}`,
      passages: { from: ordinal(tailFrom), to: input.passages.length },
    });
  return { cases, title: own.title, titleFromFileName: own.fromFileName, meeting: null };
}

function listedCase(
  input: CaseInput,
  entries: Entry[],
  item: ListedItem,
  n: number,
  own: Case,
  first: string,
  ordinal: (i: number) => number,
): Case {
  const range = entries.slice(item.start, item.end);
  const sentences = sentencesOf(range);
  const numbers = readCaseNumbers(range, ITEM_HEAD);
  const referral = readReferral(sentences, first);
  const subject = itemSubject(entries, item);
  const dnr = numbers.own ? fieldOf(numbers.own.value, numbers.own.text, numbers.own.entry, first) : null;
  return {
    id: `${input.docId}#case:${n}`,
    docId: input.docId,
    item: item.label,
    dnr,
    otherDnrs: withoutKey(numbers.others, dnr?.value ?? null),
    title: subject ? fieldOf(subject.text, subject.entry.text, subject.entry, first) : own.title,
    titleFromFileName: false,
    referral,
    sender: referral ? readSender(sentences, first) : null,
    recipients: readRecipients(range, first),
    caseOfficer: readCaseOfficer(range, first),
    ...papersOf(readPapers(sentences, first)),
    deadline: referral ? readDeadline(sentences, first) : null,
    date: documentDate(range, first) ?? own.date,
    signatories: [],
    meetingTime: own.meetingTime,
    meetingPlace: own.meetingPlace,
    passages: { from: ordinal(item.start), to: Math.max(ordinal(item.start), ordinal(item.end)) },
  };
}

/** `ownEnd`: where the document's own text ends (a register's first entry); its tail is read for signatures. */
function documentCase(input: CaseInput, all: Entry[], first: string, ownEnd = all.length) {
  const fm = input.frontMatter;
  const entries = all.slice(0, ownEnd);
  const page = readMeetingPage(entries, input.trail ?? null);
  const found = page
    ? { value: meetingTitle(page), sentence: page.type.entry.text, entry: page.type.entry }
    : findDocumentTitle(entries);
  const fromFileName = !fm.title && !found;
  const title: Field<string> = fm.title
    ? frontMatterField(fm.title, 'title', fm.title, first)
    : found
      ? fieldOf(found.value, found.sentence, found.entry, first)
      : frontMatterField(titleFromFileName(input.fileName), 'file', input.fileName, first);
  const sentences = sentencesOf(entries);
  const numbers = readCaseNumbers(entries, DOCUMENT_HEAD);
  const fmDnr = fm.dnr ? stripCaseNumberLabel(fm.dnr) : null;
  const dnr = fmDnr
    ? frontMatterField(fmDnr, 'dnr', fm.dnr!, first)
    : numbers.own
      ? fieldOf(numbers.own.value, numbers.own.text, numbers.own.entry, first)
      : null;
  const referral =
    fm.kind !== undefined
      ? fm.kind === 'referral'
        ? frontMatterField(true, 'kind', 'referral', first)
        : null
      : readReferral(sentences, first);
  const deadlineRead = referral ? readDeadline(sentences, first) : null;
  const c: Case = {
    id: `${input.docId}#case:0`,
    docId: input.docId,
    item: null,
    dnr,
    otherDnrs: withoutKey(fmDnr ? numbers.all : numbers.others, dnr?.value ?? null),
    title: fromFileName ? { ...title, evidence: { ...title.evidence, sentence: input.fileName } } : title,
    titleFromFileName: fromFileName,
    referral,
    sender: referral
      ? fm.sender
        ? frontMatterField(fm.sender, 'sender', fm.sender, first)
        : readSender(sentences, first)
      : null,
    recipients: fm.recipients
      ? frontMatterField(fm.recipients, 'recipients', fm.recipients.join(', '), first)
      : readRecipients(entries, first),
    caseOfficer: officer(entries, fm, first),
    ...papersOf(readPapers(sentences, first)),
    deadline:
      fm.deadline && (referral || fm.kind === undefined)
        ? deadlineRead?.value === fm.deadline
          ? deadlineRead
          : frontMatterField(fm.deadline, 'deadline', fm.deadline, first)
        : deadlineRead,
    date: fm.date ? frontMatterField(fm.date, 'date', fm.date, first) : documentDate(entries, first),
    signatories: headAndTail(all).flatMap((part) => findSignatories(part, first)),
    ...meetingOf(entries, page, first),
    passages: { from: 0, to: input.passages.length },
  };
  // A deadline set only in the front matter makes the document a referral: a person said so.
  if (c.deadline && !c.referral) c.referral = frontMatterField(true, 'deadline', c.deadline.value, first);
  return { case: c, title, fromFileName };
}

function itemCase(
  input: CaseInput,
  entries: Entry[],
  meeting: Meeting,
  item: MeetingItem,
  n: number,
  first: string,
): Case {
  const range = entries.slice(item.start, item.end);
  const sentences = sentencesOf(range);
  const numbers = readCaseNumbers(range, ITEM_HEAD);
  const referral = readReferral(sentences, first);
  // The meeting's head (its date, place, members, who checks the minutes) stands before the first item
  // and is read with it: an extract of one § is all about that §, and an answer from the head of an agenda
  // is cited with the first item.
  const from = n === 0 ? 0 : (range[0]?.passage?.ordinal ?? input.passages.length);
  const to = entries[item.end]?.passage?.ordinal ?? input.passages.length;
  const dnr = numbers.own ? fieldOf(numbers.own.value, numbers.own.text, numbers.own.entry, first) : null;
  return {
    id: `${input.docId}#case:${n}`,
    docId: input.docId,
    item: item.label,
    dnr,
    otherDnrs: withoutKey(numbers.others, dnr?.value ?? null),
    title: itemTitle(item, range, first),
    titleFromFileName: false,
    referral,
    sender: referral ? readSender(sentences, first) : null,
    recipients: readRecipients(range, first),
    caseOfficer: readCaseOfficer(range, first),
    ...papersOf(readPapers(sentences, first, groupOf(entries, item.start))),
    deadline: referral ? readDeadline(sentences, first) : null,
    date: meeting.date
      ? fieldOf(meeting.date.value, meeting.date.entry.text, meeting.date.entry, first)
      : null,
    signatories: [],
    meetingTime: null,
    meetingPlace: null,
    groups: readItemGroups(entries, meeting.items[0]!.start, item.start, item.end, first),
    passages: { from: Math.min(from, to), to },
  };
}

/** A case number labelled "Dnr" at the end of an item's title line. */
const TRAILING_CASE_NUMBER = /\s+(?:dnr|diarienr|diarienummer)[.:]?\s+(?:[\p{L}-]+\s?)?\d[\d/:.-]*\d\s*$/iu;

/** A case number labelled "Dnr" within an item's line, followed by more of the line or by nothing. */
const LABELLED_CASE_NUMBER =
  /\s+(?:dnr|diarienr|diarienummer)[.:]?\s+(?:[\p{L}-]+\s?)?\d[\d/:.-]*\d(?=\s|$)/iu;

function itemTitle(item: MeetingItem, range: Entry[], first: string): Field<string> | null {
  // The words after an item's number are its title, however punctuated ("2 Svar på remiss om … 2007."), without
  // the case number set at the right of the same line ("§ 6 Ansökan om … 2030      Dnr SME 2027/014").
  const rest = oneSentenceTitle(item.rest.replace(TRAILING_CASE_NUMBER, ''));
  if (rest && isTitleLine(rest, false)) return fieldOf(rest, range[0]!.text, range[0]!, first);
  // "3. Ansökan om medlemskap i … Dnr KS 2027/0311 Föredragande: …": a meeting's web page runs an item's
  // title, its case number and what follows into one line. The title is what stands before the number.
  const labelled = LABELLED_CASE_NUMBER.exec(item.rest);
  const head = labelled ? item.rest.slice(0, labelled.index).trim() : '';
  // It is words, not the rest of a numbering ("§ 7/2027 Dnr 2026/0418"): it begins with a capital.
  if (/^\p{Lu}\S*\s+\S/u.test(head) && isTitleLine(head, false))
    return fieldOf(head, range[0]!.text, range[0]!, first);
  const line = range.slice(1, ITEM_HEAD).find((e) => e.type !== 'paragraph' && isTitleLine(e.text, false));
  return line ? fieldOf(line.text.trim(), line.text, line, first) : null;
}

/** A title written as one sentence, without its full stop; null when it is running text. */
function oneSentenceTitle(text: string): string | null {
  // A caption broken at a comma over the next line ("… i stadsdelen Kristineberg,") ends at its last word.
  const t = text.trim().replace(/\s*,$/, '');
  if (!/[^.]\.$/.test(t)) return t || null;
  const body = t.slice(0, -1);
  return body.length <= 200 && !/[.!?]\s+\p{Lu}/u.test(body) ? body : null;
}

/**
 * A meeting's page states its own time and place in its head; a report states the meeting that handles it
 * in its addressee block.
 */
function meetingOf(
  entries: Entry[],
  page: Meeting | null,
  first: string,
): Pick<Case, 'meetingTime' | 'meetingPlace'> {
  const head = entries.slice(0, DOCUMENT_HEAD + 10);
  const slot = page
    ? readMeetingSlot(head, first, page.date, page.body?.name ?? null)
    : readAddresseeMeeting(head, first);
  return { meetingTime: slot.time, meetingPlace: slot.place };
}

function officer(entries: Entry[], fm: FrontMatter, first: string) {
  const read = readCaseOfficer(entries, first);
  if (!fm.case_officer) return read;
  const value = { name: fm.case_officer, phone: fm.phone ?? read?.value.phone ?? null };
  return frontMatterField(value, 'case_officer', fm.case_officer, first);
}

function withoutKey(values: string[], own: string | null): string[] {
  const key = own ? caseNumberKey(own) : null;
  return values.filter((v) => caseNumberKey(v) !== key);
}

const CUE = /\bsenast\b|svarsdatum|remisstid/i;

function documentDate(entries: Entry[], first: string): Field<string> | null {
  for (const e of entries.slice(0, 10)) {
    if (e.text.length >= 60 || CUE.test(e.text) || e.type === 'paragraph') continue;
    const date = findDates(e.text, null)[0];
    if (date) return fieldOf(date.date, e.text, e, first);
  }
  return null;
}

// A Swedish role is written in lower case or ends in its kind ("Stadsbyggnads- och exploateringsborgarråd");
// an English one is capitalised ("Secretary General", "Head of International Affairs", "Policy Officer").
const ROLE =
  /^(?:t\.f\.\s*)?[\p{Ll}].*|.*(direktör|chef|ordförande|handläggare|sekreterare|samordnare|borgarråd|kommunalråd|oppositionsråd|regionråd|[Bb]orgmästare)(?:\s+i\s+\p{Lu}[\p{L}-]+)?$|^(?:Secretary[- ]General|President|(?:Deputy |Vice )?Mayor|Head of .+|.*\b(?:Director(?:[- ]General)?|Chair(?:man|person)?|Manager|Coordinator|Officer|Secretary|Adviser|Advisor|Commissioner))$/u;
/**
 * A signatory's title, in one language or in two ("Finansborgarråd / Mayor of Finance"), or a deputy's
 * ("Vice-président chargé des relations internationales").
 */
function isRole(text: string): boolean {
  const t = text.trim();
  return (
    ROLE.test(t) ||
    t.split(/\s+\/\s+/).some((part) => ROLE.test(part) || /^Mayor of \p{Lu}/u.test(part)) ||
    /^(?:Vice|Deputy)[- ](?:[Pp]r[ée]sident|[Cc]hair|[Mm]ayor|[Oo]rdförande)\b/u.test(t)
  );
}

// With the particles of Dutch, German, French and Swedish surnames ("Pieter van Dam", "Anna af Klint").
const PERSON =
  /^\p{Lu}[\p{Ll}-]+(?:\s(?:(?:van|von|de|der|den|af|da|di|du|le|la|ten|ter)\s){0,2}\p{Lu}[\p{Ll}'-]+){1,3}$/u;

/**
 * Where signatures stand: a letter or decision may open with them, a tjänsteutlåtande or utlåtande closes
 * with them ("Annika Rydén / Förvaltningschef" before the attachments).
 */
function headAndTail(entries: Entry[]): Entry[][] {
  const head = entries.slice(0, DOCUMENT_HEAD * 2);
  return [head, entries.slice(Math.max(head.length, entries.length - SIGNATURE_TAIL))];
}

/** How many entries from a document's end its signature block may start. */
const SIGNATURE_TAIL = 20;

function findSignatories(entries: Entry[], first: string): Field<Signatory>[] {
  const out: Field<Signatory>[] = [];
  for (let i = 0; i < entries.length - 1; i++) {
    const name = entries[i]!;
    const role = entries[i + 1]!;
    if (name.type === 'line' && role.type === 'line' && PERSON.test(name.text) && isRole(role.text)) {
      out.push(fieldOf({ name: name.text, role: role.text }, name.text, name, first));
      i++;
    }
  }
  return out;
}

/** The case's writer is the first paper it names. */
function papersOf(papers: Field<Author>[]): { author: Field<Author> | null; papers: Field<Author>[] } {
  return { author: papers[0] ?? null, papers };
}

import { findDates } from '../text/dates.js';
import type { Field, MeetingTime } from './case.js';
import { type Entry, fieldOf } from './entries.js';

/**
 * When and where a meeting sits, as an agenda's or minutes' head states it ("Tid: onsdagen den 10 mars 2027
 * kl. 10.00", "Plats: Stadshuset, Rådssalen", a table row "Plats | …"), or as a report's addressee block
 * states the meeting that is to handle it ("Till / Miljö- och hälsoskyddsnämnden / 2026-12-08").
 */
export type MeetingSlot = { time: Field<MeetingTime> | null; place: Field<string> | null };

const NONE: MeetingSlot = { time: null, place: null };

// "Plats: …", "Plats | …", "Plats Nämndsalen, …" (a label set beside its value), "Lokal: …", "Venue: …".
// "Förvaringsplats för protokollet" and "Justeringens plats och tid" are other places.
const PLACE_LABEL =
  /^(?:plats|sammanträdesplats|mötesplats|sammanträdeslokal|möteslokal|lokal|venue|place|location)(?:\s*(?:för|of)\s+(?:sammanträdet|mötet|the meeting))?\s*(?:[:|]\s*|\s+(?=\p{Lu}))(\S.*)$/iu;
// "Tid och plats: tisdagen den 8 december 2026 kl. 18.00, Stadsdelsförvaltningen, Bergsjövägen 1".
const TIME_AND_PLACE_LABEL =
  /^(?:tid och plats|datum och plats|date and venue|time and place)\s*[:|]?\s*(\S.*)$/iu;
// "Plats och tid: Kommunhuset, sammanträdesrummet Ån, onsdagen den 21 november 2018 kl. 08.30–12.00".
const PLACE_AND_TIME_LABEL =
  /^(?:plats och tid|plats och datum|venue and time|place and time)\s*[:|]?\s*(\S.*)$/iu;
// A label standing alone on its line, its value on the next ("Plats" over "Tensta Träff, Hagstråket 13").
const BARE_LABEL =
  /^(?:tid och plats|plats och tid|plats|sammanträdesplats|lokal|tid|klockan|dag|sammanträdesdag|sammanträdesdatum|datum|venue|place|time|date)\s*:?$/iu;
/** Where a label starts inside a line that runs several together ("… 2018 Tid: 17:00 Plats: …"). */
const LABEL_INSIDE = /\s+(?=(?:Dag|Datum|Tid|Klockan|Plats|Lokal|Date|Time|Venue|Place):\s)/u;
const WEEKDAY =
  /\b(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/iu;
// "Tid för justering …" is another time.
const TIME_LABEL =
  /^(?!\S+\s+för\b)(?:tid|tidpunkt|klockan|klockslag|sammanträdesdag|sammanträdesdatum|sammanträdestid|mötesdatum|datum|dag|date|time)\s*(?:[:|]\s*|\s+)(\S.*)$/iu;
// "kl. 08.30–09.45", "klockan 18:30", "at 10.00": the time the meeting begins.
const CLOCK = /(?:\bkl\.?|\bklockan|\bat)?\s*\b([01]?\d|2[0-3])[.:]([0-5]\d)\b/iu;
// A protocol's own opening line: "… fört vid sammanträde med kommunstyrelsen onsdagen den 17 februari 2027
// kl. 10.00–12.15 i Rådssalen, Stadshuset".
const PLACE_AFTER_CLOCK =
  /\bkl\.?\s*\d{1,2}[.:]\d{2}(?:\s*[–-]\s*\d{1,2}[.:]\d{2})?,?\s+(?:i|på)\s+(\p{Lu}[^.]*)$/u;
// A meeting page's head line of its hours and room, unlabelled ("15:30 - 15:40 Stora Kollegiesalen"), as the
// city's meeting platform prints it under the body's name.
const SPAN_AND_ROOM =
  /^([01]?\d|2[0-3])[.:]([0-5]\d)\s*[–-]\s*(?:[01]?\d|2[0-3])[.:][0-5]\d\s+(\p{Lu}[^.:;]{1,80})$/u;
// A meeting page's unlabelled head line that opens with the day and carries the hours, then the room after a
// middle dot, a bar or a comma: "onsdag 21 april 2027, kl. 09:30–11:00 · Stadshuset, Prinsens galleri".
const DAY_LINE =
  /^(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:en)?\b/iu;
const CLOCK_SPAN =
  /\b(?:kl\.?|klockan|at)?\s*(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*[–-]\s*(?:[01]?\d|2[0-3])[.:][0-5]\d)?/iu;
const ADDRESSEE = /^till\b\s*(.*)$/iu;
const BODY_WORD =
  /(?:nämnd|nämnden|styrelse|styrelsen|fullmäktige|utskott|utskottet|beredning|beredningen|råd|rådet|council|committee|board)\b/iu;
/** A value longer than this is running text, not a field. */
const MAX_VALUE = 160;

/**
 * The meeting's time and place from the head of an agenda, minutes or a meeting's page (the entries before
 * its first item). `date` is the meeting's date as the document's type line gave it, used when no time line
 * states one.
 */
export function readMeetingSlot(
  head: readonly Entry[],
  first: string,
  date: { value: string; entry: Entry } | null,
  body: string | null,
): MeetingSlot {
  let time: Field<MeetingTime> | null = null;
  let place: Field<string> | null = null;
  let clock: { time: string; entry: Entry } | null = null;
  for (const [at, entry] of head.entries()) {
    const own = tableLine(entry.text);
    const next = head[at + 1];
    // A bare label is read with the line after it, unless that is a label too ("Datum" over "Klockan").
    const joined =
      BARE_LABEL.test(own) && next && !BARE_LABEL.test(tableLine(next.text))
        ? `${own.replace(/:$/, '')}: ${tableLine(next.text)}`
        : own;
    // Labelled lines run together into one paragraph: "Dag: Onsdag den 21 mars 2018 Tid: 17:00 Plats: …".
    for (const line of joined.split(LABEL_INSIDE)) {
      if (line.length > MAX_VALUE + 30) continue;
      const placeFirst = PLACE_AND_TIME_LABEL.exec(line);
      if (placeFirst) {
        const value = placeFirst[1]!;
        const dated = findDates(value, null)[0];
        if (dated && !time)
          time = fieldOf({ date: dated.date, time: clockOf(value), body }, line, entry, first);
        else if (!clock && clockOf(value)) clock = { time: clockOf(value)!, entry };
        const where = placeBeforeTime(value);
        if (where && !place) place = fieldOf(where, line, entry, first);
        continue;
      }
      const both = TIME_AND_PLACE_LABEL.exec(line);
      if (both) {
        const value = both[1]!;
        const dated = findDates(value, null)[0];
        const hour = clockOf(value);
        if (dated && !time) time = fieldOf({ date: dated.date, time: hour, body }, line, entry, first);
        const rest = placeAfterTime(value);
        if (rest && !place) place = fieldOf(rest, line, entry, first);
        continue;
      }
      const where = PLACE_LABEL.exec(line);
      if (where && !place && isFieldValue(where[1]!)) {
        place = fieldOf(tidy(where[1]!), line, entry, first);
        continue;
      }
      const when = TIME_LABEL.exec(line);
      if (when && isFieldValue(when[1]!)) {
        const dated = findDates(when[1]!, null)[0];
        const hour = clockOf(when[1]!);
        if (dated && !time) time = fieldOf({ date: dated.date, time: hour, body }, line, entry, first);
        else if (hour && !clock) clock = { time: hour, entry };
        continue;
      }
      const spanned = SPAN_AND_ROOM.exec(line.trim());
      if (spanned) {
        if (!clock) clock = { time: `${spanned[1]!.padStart(2, '0')}.${spanned[2]}`, entry };
        if (!place) place = fieldOf(tidy(spanned[3]!), line.trim(), entry, first);
        continue;
      }
      const day = dayLine(line.trim());
      if (day) {
        const dated = findDates(line, null)[0]!;
        if (!time) time = fieldOf({ date: dated.date, time: day.clock, body }, line.trim(), entry, first);
        else if (!clock && dated.date === time.value.date) clock = { time: day.clock, entry };
        if (day.place && !place) place = fieldOf(day.place, line.trim(), entry, first);
        continue;
      }
      const opening = PLACE_AFTER_CLOCK.exec(line);
      if (opening && !place && findDates(line, null).length > 0) {
        place = fieldOf(tidy(opening[1]!), entry.text, entry, first);
        const dated = findDates(line, null)[0]!;
        if (!time) time = fieldOf({ date: dated.date, time: clockOf(line), body }, entry.text, entry, first);
        else if (!clock && dated.date === time.value.date) clock = { time: clockOf(line)!, entry };
      }
    }
  }
  // "Datum 2026-11-19" on one line and "Klockan 18:30" on the next.
  if (time && !time.value.time && clock) time = { ...time, value: { ...time.value, time: clock.time } };
  if (!time && date)
    time = fieldOf(
      { date: date.value, time: clock?.time ?? clockOf(date.entry.text), body },
      date.entry.text,
      date.entry,
      first,
    );
  return { time, place };
}

/**
 * A report's addressee block that dates the meeting handling it: "Till" with a body and a date, on one line
 * or over the next two ("Till / Kulturnämnden / 2027-03-16"). A report addressed without a date, or to a
 * person, states no meeting.
 */
export function readAddresseeMeeting(head: readonly Entry[], first: string): MeetingSlot {
  for (let i = 0; i < head.length; i++) {
    const m = ADDRESSEE.exec(head[i]!.text.trim());
    if (!m) continue;
    const lines = [m[1]!, head[i + 1]?.text.trim() ?? '', head[i + 2]?.text.trim() ?? ''];
    const bodyAt = lines.findIndex((l) => l.length > 0);
    const bodyLine = lines[bodyAt] ?? '';
    const named = bodyLine.replace(/\s*\d{4}-\d{2}-\d{2}\s*$/, '').trim();
    if (!BODY_WORD.test(named) || named.split(/\s+/).length > 8) return NONE;
    const dateLine = [bodyLine, lines[bodyAt + 1] ?? ''].find(
      (l) => /^\d{4}-\d{2}-\d{2}$/.test(l.trim()) || /\s\d{4}-\d{2}-\d{2}$/.test(l),
    );
    if (!dateLine) return NONE;
    const date = findDates(dateLine, null)[0];
    if (!date) return NONE;
    const entry = head[i + (dateLine === bodyLine ? bodyAt : bodyAt + 1)] ?? head[i]!;
    const evidence = dateLine === bodyLine ? entry.text.trim() : `${named} ${dateLine.trim()}`;
    return {
      time: fieldOf({ date: date.date, time: null, body: named }, evidence, entry, first),
      place: null,
    };
  }
  return NONE;
}

/**
 * The hours and room of a head line that opens with a weekday and a date ("onsdag 21 april 2027, kl. 09:30–11:00
 * · Stadshuset, Prinsens galleri"); the room is what follows the hours, if it starts with a capital.
 */
function dayLine(line: string): { clock: string; place: string | null } | null {
  if (line.length > MAX_VALUE || !DAY_LINE.test(line) || findDates(line, null).length === 0) return null;
  const span = CLOCK_SPAN.exec(line);
  const hour = span ? clockOf(span[0]) : null;
  if (!span || !hour) return null;
  const rest = line
    .slice(span.index + span[0].length)
    .replace(/^[\s,·|•–-]+/u, '')
    .trim();
  return { clock: hour, place: rest && /^\p{Lu}/u.test(rest) && isFieldValue(rest) ? tidy(rest) : null };
}

/** A table row read as "Plats | Stadshuset" or "| Plats | Stadshuset |". */
function tableLine(text: string): string {
  return text
    .trim()
    .replace(/^\|\s*/, '')
    .replace(/\s*\|$/, '');
}

function isFieldValue(value: string): boolean {
  // A sentence ("Plats finns för tjugo deltagare. Anmäl …") is no field's value.
  return value.length <= MAX_VALUE && !/\p{L}{2,}[.!?]\s+\p{Lu}/u.test(value);
}

function tidy(value: string): string {
  return value.trim().replace(/[.,;]$/, '');
}

function clockOf(text: string): string | null {
  const m = CLOCK.exec(text);
  return m ? `${m[1]!.padStart(2, '0')}.${m[2]}` : null;
}

/** What stands before the day and time of "Plats och tid: Kommunhuset, rum Ån, onsdagen den 21 november …". */
function placeBeforeTime(value: string): string | null {
  const starts = [WEEKDAY.exec(value)?.index, findDates(value, null)[0] ? dateStart(value) : undefined]
    .concat(/\bkl\.?\s*\d|\bklockan\b|\b\d{1,2}[.:]\d{2}\b/iu.exec(value)?.index)
    .filter((i): i is number => i !== undefined && i > 0);
  if (starts.length === 0) return null;
  const where = tidy(value.slice(0, Math.min(...starts)).replace(/[\s,]+(?:den)?\s*$/u, ''));
  return where && /^\p{Lu}/u.test(where) ? where : null;
}

/** Where the first date of a text begins: its day's digits ("21 november 2018", "2018-11-21"). */
function dateStart(value: string): number | undefined {
  return /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\s+\p{L}+\s+\d{4}\b/u.exec(value)?.index;
}

/** What follows the date and time of "Tid och plats: tisdagen den 8 december 2026 kl. 18.00, Lokal …". */
function placeAfterTime(value: string): string | null {
  const parts = value.split(/,\s+/);
  const at = parts.findIndex((p) => CLOCK.test(p) && /\bkl|\d[.:]\d/.test(p));
  const rest = (at >= 0 ? parts.slice(at + 1) : parts.slice(1)).join(', ').trim();
  return rest && /\p{Lu}/u.test(rest[0]!) ? tidy(rest) : null;
}

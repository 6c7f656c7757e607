import { findDates } from '../text/dates.js';
import type { Entry } from './entries.js';
import { isTitleLine } from './titles.js';

/**
 * Agendas (föredragningslista, dagordning, kallelse), minutes (protokoll) and protokollsutdrag are read
 * as their items: a protocol by its §§, an agenda by its numbered items in sequence (1, 2, 3 …).
 */
export type MeetingItem = { label: string; start: number; end: number; rest: string };

export type Meeting = {
  /** The document type as the document writes it, e.g. "Föredragningslista". */
  type: { word: string; entry: Entry };
  /** The meeting body; its entry is null when only the page's breadcrumb trail names it. */
  body: { entry: Entry | null; name: string } | null;
  date: { value: string; entry: Entry } | null;
  items: MeetingItem[];
};

const MAX_GAP = 2;
/** How far ahead a caption line standing on its own may number an item (a web page's agenda). */
const MAX_CAPTION_GAP = 12;
// The document type alone, or with its number, its date or the meeting it is for ("Sammanträde" and "Möte"
// only with their date, as a meeting's web page is headed): "Protokoll nr 5/2027",
// "PROTOKOLL 2/2027", "Föredragningslista 2027-04-07", "Protokoll fört vid sammanträde med kulturnämnden den
// 18 februari 2027". An English agenda only with its date ("Agenda 2027-05-12"): a slide's "Agenda" lists
// what a talk covers.
const DOC_TYPE =
  /^(föredragningslista|dagordning|kallelse(?: och föredragningslista)?|protokollsutdrag|utdrag ur protokoll|sammanträdesprotokoll|protokoll|sammanträde(?=,?\s+(?:den\s+)?\d)|möte(?=,?\s+(?:den\s+)?\d)|agenda(?=,?\s+\d))(?:\s+(?:(?:nr|nummer)\s*)?\d{1,3}(?:\/\d{4})?)?(?:,?\s+(?:\d{4}-\d{2}-\d{2}|(?:den\s+)?\d{1,2}\s+\p{L}+\s+\d{4}))?(?:\s+(?:för|från|fört vid|vid|till)\s+(?:\p{L}+\s+)?(?:sammanträde|sammanträdet|möte|mötet|styrelsemöte|styrelsemötet)\b.*)?$/iu;
const PARAGRAPH_ITEM = /^(?:[A-ZÅÄÖ]{1,4}\s+)?§\s*(\d{1,4})\b[\s.:]*(.*)$/u;
const NUMBERED_ITEM = /^(?:(?:ärende|punkt)\s+)?(\d{1,2})[.:]?\s+(\S.*)$/i;
const BODY =
  /(?:nämnd|nämnden|styrelse|styrelsen|fullmäktige|utskott|utskottet|beredning|beredningen|råd|rådet)$/iu;
// A name, not a phrase: its words before the body word are capitalised or adjectives ("Enskede-Årsta-Vantörs
// stadsdelsnämnd", "Kommunstyrelsens arbetsutskott", "Kommunstyrelsens internationella beredning").
const BODY_NAME =
  /^\p{Lu}[\p{L}-]*(?:\s+(?:\p{Lu}[\p{L}-]*|[\p{Ll}-]+(?:ella|iska|liga|ala)|[\p{Ll}-]*(?:nämnd|nämnden|styrelse|styrelsen|fullmäktige|utskott|utskottet|beredning|beredningen|råd|rådet)))*$/u;
const NOT_A_NAME = /^(?:till|to|kallelse|inbjudan|protokoll|föredragningslista)\b/i;
const TRAILING_BODY = /(?:^|\s)(\p{Lu}[\p{L}-]*(?:\s+[\p{Ll}-]+)?)$/u;
const BODY_AFTER_WITH =
  /\b(?:med|för)\s+(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,3}?(?:nämnd|nämnden|styrelse|styrelsen|fullmäktige|utskott|utskottet|beredning|beredningen|råd|rådet))(?![\p{L}])/iu;
// A body's genitive, then the meeting and its day: "Kulturnämndens sammanträde onsdagen den 21 mars 2018",
// "Kommunstyrelsens möte 2021-01-20".
const BODY_MEETING =
  /^(\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3}?(?:nämnds|nämndens|styrelsens|fullmäktiges|utskotts|utskottets|berednings|beredningens|råds|rådets))\s+(sammanträde|möte)\b.*(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+\p{L}+\s+\d{4})\s*$/u;
const DATE_LINE = /^(?:sammanträde(?:sdatum|sdag)?|datum|mötesdatum|tid(?:punkt)?|date|time)\b/i;

/**
 * The line that names the document's type among the first `lines` entries, and the type's word. "Sammanträde
 * 2027-04-15" or "Möte 2027-05-26" heads a meeting's page as its title; lower down, in a report's head, it is
 * only the date a committee takes the report up.
 */
function documentType(entries: Entry[], lines: number): { word: string; entry: Entry } | null {
  // "Kulturnämndens sammanträde onsdagen den 21 mars 2018": a meeting's page headed by its body's genitive
  // (its "Dagordning" below is a heading of the page).
  const page = entries.slice(0, 3).find((e) => e.type !== 'paragraph' && BODY_MEETING.test(e.text.trim()));
  if (page) return { word: BODY_MEETING.exec(page.text.trim())![2]!, entry: page };
  const entry = entries.slice(0, lines).find((e) => e.type !== 'paragraph' && DOC_TYPE.test(e.text.trim()));
  if (!entry) return null;
  const word = DOC_TYPE.exec(entry.text.trim())![1]!;
  return isPageType(word) && entry.index > 2 ? null : { word, entry };
}

const isPageType = (word: string) => /^(?:sammanträde|möte)$/i.test(word);

export function readMeeting(entries: Entry[], trail: readonly string[] | null = null): Meeting | null {
  const type = documentType(entries, 20);
  if (!type) return null;
  const { word, entry: typeEntry } = type;
  const isProtocol = /protokoll/i.test(word);
  // An agenda numbers its items, or gives them the §§ the minutes will have.
  let items = isProtocol ? paragraphItems(entries) : numberedItems(entries);
  if (!isProtocol && items.length < 2) items = paragraphItems(entries);
  if (items.length === 0 || (!isProtocol && items.length < 2)) return null;
  const before = entries.slice(0, items[0]!.start);
  // A meeting's web page may name its body only in the breadcrumb trail above it ("… > Södermalms
  // stadsdelsnämnd > Sammanträde 2027-05-18").
  const body = findBody(before) ?? bodyInTypeLine(typeEntry) ?? bodyInTrail(trail);
  return { type: { word, entry: typeEntry }, body, date: findMeetingDate(before), items };
}

/**
 * A meeting's web page whose items did not come through as numbered items (each item's number and title
 * a link the text lost, its summary left as a bullet): the type line, the body and the date still name the
 * page ("Kommunstyrelsen, möte 2021-01-20"). Null unless a body is named.
 */
export function readMeetingPage(entries: Entry[], trail: readonly string[] | null = null): Meeting | null {
  const head = entries.slice(0, 8);
  const type = documentType(head, head.length);
  if (!type || !isPageType(type.word)) return null;
  const body = findBody(head) ?? bodyInTypeLine(type.entry) ?? bodyInTrail(trail);
  if (!body) return null;
  return { type, body, date: findMeetingDate(head), items: [] };
}

function paragraphItems(entries: Entry[]): MeetingItem[] {
  const starts: { at: number; label: string; rest: string }[] = [];
  entries.forEach((e, at) => {
    if (e.type === 'paragraph' && e.text.length > 120) return;
    const m = PARAGRAPH_ITEM.exec(e.text.trim());
    if (m) starts.push({ at, label: `§ ${m[1]}`, rest: m[2]!.trim() });
  });
  // An extract's head lists its paragraphs ("Paragrafer / § 14") just before the paragraph itself: the
  // same § again at once is one item, the one with the text.
  const own = starts.filter((s, i) => {
    const next = starts[i + 1];
    return !(next && next.label === s.label && next.at - s.at <= 2 && s.rest === '');
  });
  return close(own, entries.length);
}

/**
 * Numbered items count up from 1; a number out of sequence is text inside an item. An agenda may leave
 * out an item or two (closed items, items withdrawn): a number up to MAX_GAP ahead is an item when its
 * line reads as a caption, not as a sentence of a decision.
 */
function numberedItems(entries: Entry[]): MeetingItem[] {
  const starts: { at: number; label: string; rest: string }[] = [];
  let expected = 1;
  entries.forEach((e, at) => {
    // A paragraph is text, unless it is one caption line ("2 Svar på remiss om …", as a meeting's web
    // page sets its items).
    if (e.type === 'paragraph' && !isCaptionLine(e.text)) return;
    let number: number | null = null;
    let rest = '';
    if (e.type === 'list_item' && e.marker !== null) {
      number = e.marker;
      rest = e.text.trim();
    } else {
      const m = NUMBERED_ITEM.exec(e.text.trim());
      if (m) {
        number = Number(m[1]);
        rest = m[2]!.trim();
      }
    }
    if (number === null || number < expected) return;
    // A meeting's web page may leave out many items (closed, or with no papers): a caption line standing on
    // its own ("11 Omstrukturering av … boende.") is an item further ahead too.
    const caption = e.type !== 'list_item' && isCaptionLine(e.text);
    if (number > expected + (caption ? MAX_CAPTION_GAP : MAX_GAP)) return;
    if (number !== expected && !caption && (/[.!?]$/.test(rest) || !isTitleLine(rest, false))) return;
    starts.push({ at, label: String(number), rest });
    expected = number + 1;
  });
  return close(starts, entries.length);
}

function isCaptionLine(text: string): boolean {
  const m = NUMBERED_ITEM.exec(text.trim());
  return (
    m !== null &&
    text.length <= 160 &&
    !/[!?]$/.test(text.trim()) &&
    // A caption broken at a comma over its plan's number is still a caption.
    isTitleLine(m[2]!.replace(/[.,]$/, ''), false)
  );
}

function close(starts: { at: number; label: string; rest: string }[], length: number): MeetingItem[] {
  return starts.map((s, i) => ({
    label: s.label,
    start: s.at,
    end: starts[i + 1]?.at ?? length,
    rest: s.rest,
  }));
}

/**
 * The meeting body's name: a caption that is the name ("Kulturnämnden", "Kommunstyrelsens
 * arbetsutskott"), else the name that ends a caption ("Kallelse till sammanträde med Skärholmens
 * stadsdelsnämnd" → "Skärholmens stadsdelsnämnd").
 */
function findBody(head: Entry[]): { entry: Entry; name: string } | null {
  const captions = head.filter(
    (e) => e.type !== 'paragraph' && e.text.length <= 90 && BODY.test(e.text.trim()) && !e.text.includes(':'),
  );
  const named = captions.find((e) => BODY_NAME.test(e.text.trim()) && !NOT_A_NAME.test(e.text.trim()));
  if (named) return { entry: named, name: named.text.trim() };
  for (const e of captions) {
    const m = TRAILING_BODY.exec(e.text.trim());
    if (m && !NOT_A_NAME.test(m[1]!)) return { entry: e, name: m[1]! };
  }
  return companyBody(head);
}

/** A company's name at the end of a caption ("fört vid styrelsesammanträde i Stockholm Möten & Evenemang AB"). */
const COMPANY = /(?:^|\s)((?:\p{Lu}[\p{L}-]*\s+(?:(?:&|och|i|för)\s+)?){1,5}AB)(?:\s+\(publ\))?$/u;

/**
 * The minutes of a city-owned company's board are the company's: its name heads them, in capitals as a
 * letterhead or in the line that says whose meeting it was. The name as written in running case is preferred.
 */
function companyBody(head: Entry[]): { entry: Entry; name: string } | null {
  const named = head.flatMap((e) => {
    const m = e.type !== 'paragraph' && e.text.length <= 120 ? COMPANY.exec(e.text.trim()) : null;
    return m ? [{ entry: e, name: m[1]! }] : [];
  });
  const upper = (n: string) => n === n.toLocaleUpperCase('sv');
  return named.find((n) => !upper(n.name)) ?? named[0] ?? null;
}

function bodyInTrail(trail: readonly string[] | null): { entry: null; name: string } | null {
  const places = trail ?? [];
  const name = [...places].reverse().find((p) => BODY.test(p) && BODY_NAME.test(p));
  if (name) return { entry: null, name };
  // A district's site names its council by the district alone ("Hem > Stockholms stad > Maria - Gamla Stan >
  // Sammanträde 2003-06-12"): the place the meeting's page sits under is the body that meets.
  const at = places.findIndex((p) => MEETING_CRUMB.test(p));
  const parent = at > 0 ? places[at - 1]! : null;
  return parent && isOwnerCrumb(parent) ? { entry: null, name: parent } : null;
}

const MEETING_CRUMB = /^(?:sammanträde|möte)\b/iu;
/** Places of a site's own furniture, which own no meeting. */
const SITE_CRUMB =
  /^(?:hem|start|startsida|home|politik|kommun och politik|politik och demokrati|sammanträden|möten|protokoll|handlingar|nämnder|nämnder och bolag|organisation|stockholms stad|\p{L}+ (?:stad|kommun))$/iu;

function isOwnerCrumb(place: string): boolean {
  return /^\p{Lu}/u.test(place) && !/\d/.test(place) && place.length <= 60 && !SITE_CRUMB.test(place);
}

/** "Protokoll fört vid sammanträde med idrottsnämnden den 3 mars 2027" → "Idrottsnämnden". */
function bodyInTypeLine(entry: Entry): { entry: Entry; name: string } | null {
  const genitive = BODY_MEETING.exec(entry.text.trim());
  if (genitive) return { entry, name: genitive[1]!.slice(0, -1) };
  const m = BODY_AFTER_WITH.exec(entry.text);
  if (!m) return null;
  const name = m[1]!;
  return { entry, name: name.charAt(0).toLocaleUpperCase('sv') + name.slice(1) };
}

function findMeetingDate(head: Entry[]): { value: string; entry: Entry } | null {
  const dated = head.filter((e) => e.type !== 'paragraph' && findDates(e.text, null).length > 0);
  const best = dated.find((e) => DATE_LINE.test(e.text.trim())) ?? dated[0];
  return best ? { value: findDates(best.text, null)[0]!.date, entry: best } : null;
}

/** "Enskede-Årsta-Vantörs stadsdelsnämnd, föredragningslista 2026-11-19". */
export function meetingTitle(meeting: Meeting): string {
  // "Kulturnämndens sammanträde den 14 mars 2028" names the body, the meeting and its day already.
  const own = meeting.type.entry.text.trim();
  if (BODY_MEETING.test(own)) return own;
  const type = meeting.type.word.toLocaleLowerCase('sv').replace(/^utdrag ur protokoll$/, 'protokollsutdrag');
  const parts = [meeting.body?.name, [type, meeting.date?.value].filter(Boolean).join(' ')];
  const title = parts.filter(Boolean).join(', ');
  return title.charAt(0).toLocaleUpperCase('sv') + title.slice(1);
}

import { caseNumberKey, findCaseNumbers } from '../text/case-number.js';
import { findDates } from '../text/dates.js';
import type { CaseOfficer, Field } from './case.js';
import { type Entry, fieldOf, type Sentence, sentencesOf } from './entries.js';

/**
 * Readers of one case's fields from its entries. Each returns the value with the sentence (or line) it
 * was read from, or null: a value without evidence is not read.
 */

type Located = { value: string; text: string; entry: Entry };

// A job advertisement's or a notice's "Referensnummer" is its own number, as a "Dnr" line is.
const LABELLED_LINE =
  /^(?:[A-ZÅÄÖ]{1,5}[- ]?)?(?:dnr|diarienummer|diarienr|ärendenummer|referensnummer|case (?:no|number)|file (?:no|number)|reference number)\b/i;
const LABELLED_RAW =
  /^\s*(?:[A-ZÅÄÖ]{1,5}[- ]?)?(?:dnr|diarienummer|diarienr|ärendenummer|case (?:no|number)|file (?:no|number))\b/i;
const SENDER_CONTEXT = /(?:remiss från|remiss av|svar på remiss|remitterat|remitterar)[^.]*$/i;
const REFERENCE_CONTEXT = /\b(?:our|vår)\s+ref(?:erens|erence)?\.?\s*:?\s*$/i;
// The addressee's own number, quoted back to it: "Ert dnr: KS 2027/319", "Er referens", "Your ref.".
const ADDRESSEE_CONTEXT =
  /\b(?:ert|er|your)\s+(?:dnr|diarienummer|diarienr|beteckning|ärendenummer|ref(?:erens|erence)?\.?)\s*:?\s*$/i;
// A registration stamp: "Inkom 2027-03-15" with the receiver's own number on it.
const STAMP = /^(?:inkom(?:mit|men)?|ankom(?:mit)?|registrerad|diarieförd|mottagen|received)\b/i;

/**
 * The case's own number and the others it cites. Its own is the first in its head on a `Dnr` line (or a
 * short caption), not the sender's number on a "Remiss från …" line, the addressee's ("Ert dnr") or a
 * receiver's registration stamp; with no other, one of those is the case's own (a referral that states
 * only the sender's number). A letter's own reference ("Our ref.") is only cited.
 */
export function readCaseNumbers(
  entries: Entry[],
  headSize: number,
): { own: Located | null; others: string[]; all: string[] } {
  type Found = Located & {
    sender: boolean;
    cited: boolean;
    reference: boolean;
    labelled: boolean;
    head: boolean;
  };
  const found: Found[] = [];
  entries.forEach((entry, i) => {
    const stamped = [entry, entries[i - 1], entries[i - 2]].some(
      (e) => e !== undefined && e.type !== 'paragraph' && STAMP.test(e.text.trim()),
    );
    for (const m of findCaseNumbers(entry.text)) {
      const before = entry.text.slice(0, m.index);
      found.push({
        value: m.value,
        text: entry.text,
        entry,
        sender: SENDER_CONTEXT.test(before),
        cited:
          stamped ||
          ADDRESSEE_CONTEXT.test(before) ||
          (/\b(?:ert|er|your)\s*$/i.test(before) && LABELLED_RAW.test(m.raw)) ||
          /^(?:your|er)\s+ref/i.test(m.raw),
        reference: REFERENCE_CONTEXT.test(before) || /^(?:our|vår)\s+ref/i.test(m.raw),
        labelled: LABELLED_LINE.test(entry.text.trim()) || LABELLED_RAW.test(m.raw),
        head: i < headSize,
      });
    }
  });
  const head = found.filter((f) => f.head && !f.reference);
  const plain = head.filter((f) => !f.sender && !f.cited);
  const own =
    plain.find((f) => f.labelled) ??
    plain.find((f) => f.text.length <= 60) ??
    head.find((f) => f.sender) ??
    head.find((f) => f.cited) ??
    // A form sets the office's own number in its box at the end ("Diarienummer: KS 2027/0614"), below the
    // applicant's fields: with none in the head, a labelled number anywhere is the case's own.
    found.find((f) => LABELLED_LINE.test(f.text.trim()) && f.text.length <= 60 && !f.cited && !f.reference) ??
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

// "… har skickat förslaget på remiss", "… har fått förslaget på remiss": a referral sent or received.
const SENT_ON_REFERRAL = String.raw`\b(?:skickat|sänt|översänt|överlämnat|lämnat|fått|skickats|sänts|översänts)\b(?:\s+[\p{L}\d-]+){0,6}?\s+på remiss\b`;
// "Kommunen har beretts tillfälle att yttra sig", "Genom remiss den 30 juni har X berett staden tillfälle":
// the writer is invited to reply. (One who gives others that chance, "har getts tillfälle", is consulting.)
const INVITED_TO_REPLY = String.raw`\bberetts\b(?:\s+[\p{L}\d-]+){0,3}?\s+tillfälle att(?:\s+[\p{L}\d-]+){0,8}?\s+(?:yttra sig|avge (?:ett )?yttrande|lämna synpunkter)|\bgenom remiss\b[^.]*\bberett\b`;
const REFERRAL_CUE = new RegExp(
  String.raw`\bremiss från\b|\bhar (?:i sin tur |nu |också )?remitterat\b|\bremitterar\b|\bför yttrande\b|\bsvar på remiss(?:en)?\b|\bsvar på remissen\b|\bremissvar(?:et|en)?\b|^remiss av\b|\bremisstiden\b|\bremissinstanser\b|${SENT_ON_REFERRAL}|${INVITED_TO_REPLY}`,
  'iu',
);

/** True only when the text says it is a referral or an answer to one. */
export function readReferral(sentences: Sentence[], fallback: string): Field<boolean> | null {
  const s = sentences.find((x) => REFERRAL_CUE.test(x.text));
  return s ? fieldOf(true, s.text, s.entry, fallback) : null;
}

const NAME = String.raw`\p{L}[\p{L}-]*(?:\s(?:och\s)?[\p{L}-]+){0,4}?`;
const SENDER_PATTERNS = [
  // A referral's field: "Remittent: Socialdepartementet".
  new RegExp(String.raw`^(?:remittent|remissavsändare)\s*:\s*(${NAME})\s*(?:[(,]|$)`, 'iu'),
  new RegExp(
    String.raw`\bremiss från (${NAME})(?=\s*[(,.:]|\s*$|\s+(?:om|angående|gällande|avseende|dnr)\b)`,
    'iu',
  ),
  new RegExp(String.raw`^(\p{Lu}${NAME.slice(5)}) har (?:i sin tur |nu |också )?remitterat\b`, 'u'),
  new RegExp(String.raw`^(\p{Lu}${NAME.slice(5)}) remitterar\b`, 'u'),
  new RegExp(
    String.raw`^(\p{Lu}${NAME.slice(5)}) har (?:skickat|sänt|översänt|överlämnat)\b(?:\s+[\p{L}\d-]+){0,6}?\s+på remiss\b`,
    'u',
  ),
  // "Finansdepartementet har berett staden tillfälle …", "Genom remiss den 30 juni har X berett …".
  new RegExp(String.raw`(?:^|\bhar\s)(\p{Lu}${NAME.slice(5)})\s(?:har\s)?berett\b`, 'u'),
  new RegExp(
    String.raw`\bberetts tillfälle att till (\p{Lu}${NAME.slice(5)})\s+(?:senast|yttra|lämna|avge)\b`,
    'u',
  ),
];

/** Who sent the referral: "Remiss från X", "X har remitterat …", "X remitterar härmed …". */
export function readSender(sentences: Sentence[], fallback: string): Field<string> | null {
  for (const s of sentences) {
    for (const pattern of SENDER_PATTERNS) {
      const m = pattern.exec(s.text);
      if (m) return fieldOf(capitalize(m[1]!.trim()), s.text, s.entry, fallback);
    }
  }
  // Else the body the replies go to: "Remissvaren ska ha kommit in till Infrastrukturdepartementet senast …".
  for (const s of sentences) {
    for (const pattern of REPLY_TO_PATTERNS) {
      const m = pattern.exec(s.text);
      const name = m?.[1]?.trim();
      if (name && (BODY_END.test(name) || /^(?:region|länsstyrelsen)\b/i.test(name)))
        return fieldOf(capitalize(name), s.text, s.entry, fallback);
    }
  }
  return null;
}

const REPLY_TO_PATTERNS = [
  new RegExp(
    String.raw`\b(?:ska|skall|bör)\s+(?:ha\s+)?(?:kommit in|inkommit|lämnats?|skickats?|sändas|sänts)\s+(?:\p{Ll}+\s+){0,3}?till\s+(${NAME})\s+senast\b`,
    'iu',
  ),
  new RegExp(String.raw`\b(?:vara|är)\s+(${NAME})\s+tillhanda\s+senast\b`, 'iu'),
];

function capitalize(value: string): string {
  return value.charAt(0).toLocaleUpperCase('sv') + value.slice(1);
}

const RECIPIENTS_CUE =
  /(?:skickats|sänts|gått|remitterats|skickas|sänds)\s+(?:ut\s+)?(?:på remiss\s+)?(?:också\s+|även\s+)?till\s+(.+?)\.?$|remissinstanser(?:na)?\s*(?:är)?\s*:\s*(.+?)\.?$/iu;
/** The caption over a referral's list of the bodies it was sent to. */
export const SEND_LIST = /^(?:sändlista|remissinstanser|remissmottagare|sändlista för remissen)\s*:?$/i;

/** The bodies a referral went to: its sändlista, or "Remissen har även skickats till …". */
export function readRecipients(entries: Entry[], fallback: string): Field<string[]> | null {
  const listed = readSendList(entries, fallback);
  if (listed) return listed;
  for (const s of sentencesOf(entries)) {
    if (LIST_FOLLOWS.test(s.text)) {
      const list = listAfter(entries, entries.indexOf(s.entry), fallback);
      if (list) return list;
    }
    const m = RECIPIENTS_CUE.exec(s.text);
    if (!m) continue;
    const names = splitNameList(m[1] ?? m[2] ?? m[3] ?? '');
    if (names.length > 0) return fieldOf(names, s.text, s.entry, fallback);
  }
  return null;
}

// "Remissen har skickats till följande:" over the list of bodies.
const LIST_FOLLOWS =
  /(?:skickats|sänts|gått|remitterats|skickas|sänds)\s+(?:ut\s+)?(?:på remiss\s+)?(?:också\s+|även\s+)?till\s+(?:följande|nedanstående)(?:\s+\p{L}+){0,2}\s*:?$/iu;

function readSendList(entries: Entry[], fallback: string): Field<string[]> | null {
  const at = entries.findIndex((e) => SEND_LIST.test(e.text.trim()));
  return at < 0 ? null : listAfter(entries, at, fallback);
}

/** The short lines or list items right after entry `at`, as a list of names. */
function listAfter(entries: Entry[], at: number, fallback: string): Field<string[]> | null {
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
 * "stadsdelsnämnderna på Kungsholmen och Södermalm"). "… samt till B" and "… och till B" end an item
 * however many commas it holds, and a plural body over places ("stadsdelsnämnderna för Kungsholmen,
 * Skarpnäck och Skärholmen") is one recipient: its commas list the places, not further bodies.
 */
export function splitNameList(list: string): string[] {
  return list
    .split(/\s+(?:samt|och)\s+till\s+/)
    .flatMap((item) => (PLURAL_BODY_OVER_PLACES.test(item) ? [item] : splitItems(item)))
    .map((s) => s.trim())
    .filter((s) => s.length > 1);
}

const PLURAL_BODY_OVER_PLACES = /^\p{Ll}[\p{L}-]*(?:erna|arna|orna)\s+(?:för|i|på|in)\s+\p{Lu}/u;

function splitItems(list: string): string[] {
  const parts = list.split(/,\s*/);
  const last = parts.pop() ?? '';
  const tail = /\s(samt)\s/.test(last) ? last.split(/\s+samt\s+/) : splitOnAnd(last);
  return [...parts, ...tail];
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
// "Handläggare Ines Malmberg" on one line, as two columns of a letterhead come out of a PDF.
const OFFICER_SAME_LINE =
  /^(?:handläggare|kontaktperson|case officer)\s+(\p{Lu}[\p{Ll}-]+(?:\s\p{Lu}[\p{Ll}-]+){1,3}(?:,.*)?)$/u;
// A role written before the name: "Handläggare: Verksamhetsplanerare Göran Sjöqvist".
const ROLE_WORD = /^\p{L}{4,}(?:are|chef|ör|log|ist|strateg|ansvarig)$/iu;
const OFFICER_CAPTION = /^(?:handläggare|kontaktperson|case officer)$/i;
// Said in a sentence, as a referral letter ends: "Frågor om remissen kan ställas till ämnesrådet Karin Öhman,
// 08-405 10 00, …", "Upplysningar lämnas av …", "Questions about the consultation can be sent to …".
const OFFICER_SENTENCE =
  /(?:[Ff]rågor(?:\s+om\s+[\p{Ll}-]+)?\s+(?:kan|ska|bör|får)\s+(?:ställas|riktas|skickas|lämnas)\s+till|[Uu]pplysningar\s+(?:lämnas|ges|om\s+[\p{Ll}-]+\s+lämnas)\s+av|[Kk]ontaktperson\s+(?:är|för\s+[\p{Ll}-]+\s+är)|[Qq]uestions(?:\s+about\s+the\s+[\p{Ll}-]+)?\s+(?:can|may|should)\s+be\s+(?:sent|addressed|directed)\s+to)\s+(?:[\p{Ll}-]+\s+)?(\p{Lu}[\p{Ll}-]+(?:\s\p{Lu}[\p{Ll}-]+){1,3})(?:,\s*(?:tfn|tel\.?|telefon|phone)?\s*([+\d][\d\s-]{5,}\d))?/u;
const PHONE_LINE = /^(?:tfn|tfr|tel|telefon|phone|telephone)\.?\s*:?\s*([+\d][\d\s-]{5,})$/i;
const PHONE = /^[+\d][\d\s-]{5,}$/;

/** "Handläggare: Name[, phone]", or a "Handläggare" caption with the name on the next line. */
export function readCaseOfficer(entries: Entry[], fallback: string): Field<CaseOfficer> | null {
  // A form names the applicant's contact person first and the office's case officer in its own box below:
  // a "Handläggare" is the case officer before any "Kontaktperson".
  const labelled = entries.filter((e) => /^(?:handläggare|case officer)\b/i.test(e.text.trim()));
  const contacts = entries.some((e) => /^(?:kontaktperson|contact)\b/i.test(e.text.trim()));
  if (labelled.length > 0 && contacts) {
    const officer = officerIn(entries, (t) => !/^(?:kontaktperson|contact)\b/i.test(t), fallback);
    if (officer) return officer;
  }
  return officerIn(entries, () => true, fallback);
}

function officerIn(
  entries: Entry[],
  allowed: (text: string) => boolean,
  fallback: string,
): Field<CaseOfficer> | null {
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    const t = e.text.trim();
    if (!allowed(t)) continue;
    let name: string | null = null;
    const inline = OFFICER_LINE.exec(t) ?? OFFICER_SAME_LINE.exec(t);
    const said = inline ? null : OFFICER_SENTENCE.exec(t);
    if (said) {
      const sentence = sentencesOf([e]).find((x) => x.text.includes(said[1]!))?.text ?? t;
      return fieldOf({ name: said[1]!, phone: said[2]?.trim() ?? null }, sentence, e, fallback);
    }
    if (inline) name = inline[1]!.trim();
    else if (OFFICER_CAPTION.test(t) && entries[i + 1] && entries[i + 1]!.text.length <= 60) {
      // A form's caption over its fields: "KONTAKTPERSON" over "Namn: Signe Bratt".
      name = entries[i + 1]!.text.trim().replace(/^(?:namn|name)\s*:\s*/i, '');
    }
    if (!name) continue;
    const [written, ...rest] = name.split(/,\s*/);
    const words = written?.trim().split(/\s+/) ?? [];
    const person = words.length >= 3 && ROLE_WORD.test(words[0]!) ? words.slice(1).join(' ') : written;
    let phone =
      rest
        .map((r) => r.trim().replace(/^(?:tfn|tfr|tel|telefon|phone)\.?\s*:?\s*/i, ''))
        .find((r) => PHONE.test(r)) ?? null;
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
  /\bsenast\b(?!\s+(?:uppdaterad|ändrad|granskad))|svarsdatum|sista svarsdag|sista dag(?:en)? för (?:svar|yttrande|remissvar)|remisstiden (?:går|gick|löper|löpte|har gått) ut|\bremisstid(?:en)?\s*(?::|den\b|till\b|t\.\s?o\.\s?m\.)|ska ha (?:inkommit|kommit in)|(?:svar(?:et|en)?|yttrande(?:t|n)?|remissvar(?:et|en)?|synpunkter(?:na)?)\s+(?:\p{L}+\s+){0,3}?(?:ska|skall|bör)\s+(?:lämnas|skickas|sändas|inkomma|besvaras)\b|(?:vara|är)\s+(?:\p{L}+\s+){0,3}(?:inne|tillhanda|inkommen|inkommet)|svar önskas|önskar svar|\bno later than\b|\bdeadline\b|\breply by\b|\bdue (?:on|by)\b/iu;

/**
 * A reply deadline: a full date (day, month and year, however written) after a reply cue in the same
 * sentence or line. A date without a year, a month alone or "Senast uppdaterad" is no deadline.
 */
export function readDeadline(sentences: Sentence[], fallback: string): Field<string> | null {
  let cityReply: Field<string> | null = null;
  for (const s of sentences) {
    const cue = DEADLINE_CUE.exec(s.text);
    if (!cue) continue;
    const full = findDates(s.text, null).filter((d) => !d.inferredYear);
    // After the cue; or, for a cue that names the day ("… är sista dag för svar"), just before it.
    const date =
      full.find((d) => d.index >= cue.index) ??
      (NAMING_CUE.test(cue[0]) ? full.filter((d) => d.index < cue.index).at(-1) : undefined);
    if (!date) continue;
    // "Kommunstyrelsen ska lämna stadens svar till departementet senast den 15 april. Nämndernas yttranden
    // ska ha kommit in senast den 20 mars.": the committees' deadline is the one a committee's reply, or a
    // referral to the committees, is held to; the city's own reply's is kept in case no other is stated.
    if (CITY_REPLY.test(s.text)) {
      cityReply ??= fieldOf(date.date, s.text, s.entry, fallback);
      continue;
    }
    return fieldOf(date.date, s.text, s.entry, fallback);
  }
  return cityReply;
}

/** A sentence about the city's own reply to a ministry or agency, not a committee's reply to the city. */
const CITY_REPLY =
  /\bstadens\s+(?:samlade\s+|gemensamma\s+)?(?:svar|yttrande|remissvar)\b|\bthe\s+city's\s+(?:joint\s+|overall\s+)?(?:reply|response)\b/iu;

const NAMING_CUE = /^(?:svarsdatum|sista svarsdag|sista dag|deadline)/i;

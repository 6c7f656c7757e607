import { findCaseNumbers } from '../text/case-number.js';
import { findDates } from '../text/dates.js';
import { personRolesEitherCase } from '../text/person-roles.js';
import { SEND_LIST } from './case-fields.js';
import type { Entry } from './entries.js';

/**
 * A document's or an item's title from its own title lines: a Markdown `#` heading, a letter's subject
 * line, or the first caption that is a title and not a letterhead, an organisational unit, an
 * addressee, a field, a case-number or date line, a person, a sender line or a procedural heading.
 */
export type TitleLine = { value: string; entry: Entry; sentence: string };

const FIELD_LINE = /^[\p{L}][\p{L} .()-]{1,30}:\s*\S/u;
const PROJECT_NAME =
  /^(?:project name|project title|projektnamn|projektets namn|projekttitel)\s*:\s*(\S.{5,200})$/i;
const PROJECT_ACRONYM = /^(?:project acronym|acronym|akronym|projektakronym)\s*:\s*(\S{2,30})$/i;
const SUBJECT =
  /^(?:subject|ämne|angående|ang\.|re|ärende|ärendemening|rubrik|saken|beträffande)\s*:\s*(\S.{5,200})$/i;
const ORG_UNIT =
  /^(?:avdelningen|enheten|sektionen|staben|kansliet|gruppen|department|division|secretariat)\b|(?:förvaltning|kontor|sekretariat|kansli|avdelning|enhet|sektion)(?:en|et)?(?:,|$)|^stockholms stad$|^city of \p{L}+(?:\s+[–-]\s+.*)?$|\b(?:administration|department|office|secretariat|division|unit)$/iu;
const BODY_NAME =
  /^(?:[\p{L}-]+\s){0,4}(?:[\p{L}-]*(?:nämnd|nämnden|styrelse|styrelsen|fullmäktige|utskott|utskottet|beredning|beredningen)|[\p{L}-]+ AB)$/iu;
const BODY_IN_PLACE = /^[\p{L}-]*(?:nämnd|nämnden|styrelse|styrelsen)\s+(?:i|på|för)\s+\p{Lu}[\p{L}-]*$/u;
const PERSON = /^\p{Lu}[\p{Ll}-]+(?:\s\p{Lu}[\p{Ll}-]+){1,3}(?:\s\([A-ZÅÄÖ]{1,3}\))?$/u;
/** A picture's caption naming a person and their office: "Karin Berg, ordförande i Nätverket för …". */
const PERSON_CAPTION = new RegExp(
  String.raw`^\p{Lu}[\p{Ll}-]+(?:\s\p{Lu}[\p{Ll}-]+){1,2}(?:\s\([A-ZÅÄÖ]{1,3}\))?,\s+(?:\p{L}+\s+)?\p{L}*(?:${personRolesEitherCase()})(?!\p{L})`,
  'u',
);
/**
 * The last word of an organisation's or a programme's name ("Baltic Urban Knowledge Network", "Nordic Safe
 * Cities Forum"): a line so capitalised names no person but the page's subject.
 */
const ORGANISATION_WORD =
  /\s(?:Network|Forum|Alliance|Union|Association|Council|Cities|Partnership|Initiative|Programme|Program|Centre|Center|Institute|Foundation|Agency|Nätverk|Nätverket|Förbund|Förbundet|Forumet)$/u;
// "Svar på remiss från kommunstyrelsen, KS 2026/1204" under a title names the sender; "Svar på remiss
// från kommunstyrelsen om folkhälsoprogram", "… på rapporten …" names its subject too, and is a title.
const SENDER_LINE =
  /^(?:svar på )?remiss från\b(?!.*\s(?:om|angående|gällande|avseende|rörande|av|på|över)\s+\S)/i;
// "Beslut" heads a decision's text; "Beslut om bidrag till …" is a decision's title.
const PROCEDURAL =
  /^(?:förslag till beslut|förvaltningens förslag|kontorets förslag|sammanfattning|bilagor?|ärendet|bakgrund|beslut(?=\s*(?::|$))|beslutsfattare|yrkanden|enligt sändlista|sändlista|remissinstanser|till|to|dear|beslutande|övriga närvarande|justerare|plats|lokal|tid|klockan|datum|sammanträde|ordförande|sekreterare|vice ordförande)\b/i;
// An agenda's opening items, numbered or not ("1 Val av justerare och tillkännagivande av tid för justering",
// "Utseende av protokollsjusterare", "Fastställande av dagordning"): every meeting has them; they name none.
const OPENING_ITEM =
  /^(?:§\s*)?(?:\d+[.)]?\s+)?(?:val av (?:protokolls?)?justerare|utseende av (?:protokolls?)?justerare|(?:tid|tidpunkt|dag) för (?:protokolls?)?justering|anmälan av (?:justerat|justerade|föregående)|fastställande av (?:dagordning|föredragningslista)|godkännande av (?:dagordning|föredragningslista)|upprop\b|(?:mötets|sammanträdets) öppnande)/i;
// A street address with its town ("Avenue Marnix 28, Brussels", "Hantverkargatan 2 L, Stockholm"): where a
// page's office is, not what the page is.
const STREET_ADDRESS =
  /^\p{Lu}[\p{L} .'-]{2,40}\s\d{1,3}(?:\s?[A-Za-z])?,\s*(?:\d{3}\s?\d{2}\s+)?\p{Lu}[\p{L}-]+$/u;
// The parts of a city report, which head its sections and never name it ("Mina synpunkter", "Beredning").
const REPORT_PART =
  /^(?:ärendena|ärendets beredning|beredning|mina synpunkter|våra synpunkter|(?:förvaltningens|kontorets|stadsledningskontorets|nämndens|remissinstansernas) synpunkter|remisser|remissammanställning|särskilt uttalande|ersättaryttrande|beslutsgång)$/i;
const DOC_TYPE_ONLY =
  /^(?:svar på (?:interpellation|motion|skrivelse|remiss|skriftlig fråga|fråga|medborgarförslag)|interpellationssvar|interpellation|skriftlig fråga|medborgarförslag|pressmeddelande|press release|rapport|granskningsrapport|revisionsrapport|reserapport|tjänsteutlåtande|utlåtande|remiss|skrivelse|motion|promemoria|pm|protokoll|protokollsutdrag|föredragningslista|dagordning|kallelse|beslut|yttrande|missiv|anteckning|tjänsteanteckning|delegationsbeslut|ordförandebeslut|tjänsteskrivelse|minnesanteckningar|memo|memorandum|minutes|agenda|briefing note|note)$/i;
// A line of contact details: "Telefon 08-405 27 61", "E-post: …", an address on the web.
const CONTACT =
  /^(?:telefon|tel|tfn|mobil|växel|fax|e-post|epost|e-mail|email|mejl|webbplats|webb|www|phone|telephone)\b|@|https?:\/\/|\bwww\./i;
// A Swedish postcode and town ("105 35 Stockholm", "SE-116 41 Stockholm") or a post box.
const POSTCODE = /^(?:SE-?\s?)?\d{3}\s?\d{2}\s+\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?$|^box\s+\d+/iu;
// A title under a label of its kind: "Call for proposals: Resilient Urban Waterfronts 2027".
const LABELLED_TITLE =
  /^(?:call for (?:proposals|applications|tenders|expressions of interest|papers)|open call|invitation|public consultation|consultation|inbjudan|utlysning)\s*:\s*\S/i;
/** A chapter's number before its heading ("1 Sammanfattning", "2.3 Budget", "4. Resultat"). */
const NUMBERED_CHAPTER = /^\d+(?:\.\d+)*\.?\s+\p{Lu}/u;
/** Reply and forward marks before an e-mail's subject, in Swedish and English mail programs. */
const REPLY_MARKS = /^(?:(?:sv|vb|vs|re|fw|fwd|aw|vidarebefordrat)\s*:\s*)+/iu;
const PAGE_CAPTION =
  /^(?:\d+\s+)?(?:utlåtande|tjänsteutlåtande|promemoria|pm|skrivelse|motion|yttrande|beslut)\s+\d{4}:\d+/i;

/**
 * A letterhead's line: the city or municipality in capitals with what the page sets beside it
 * ("STOCKHOLMS STAD        Författningssamling", "SOLNA STAD   Protokoll"), which names no document.
 */
const LETTERHEAD = /^(?:[\p{Lu}-]{2,}\s+){1,2}(?:STAD|KOMMUN|REGION|LANDSTING)(?=\s|$)/u;
/**
 * The Commission's registry stamp at the head of every page of a grant agreement and its annexes ("Associated
 * with document Ref. Ares(2027)1184520 - 22/02/2027"): it names another document, not this one.
 */
const REGISTRY_STAMP = /\bRef\.?\s*Ares\(\d{4}\)\d+/i;
/** The same in ordinary case, alone on its line ("Stockholms läns landsting", "Sollentuna kommun", "Region Uppsala"). */
const ORGANISATION_LINE =
  /^(?:\p{Lu}[\p{L}-]*\s+(?:läns\s+)?(?:landsting|stad|kommun|region)|Region\s+\p{Lu}[\p{L}-]*)$/u;

/** The kind of an agreement, as its first caption states it (in capitals, as agreements are headed). */
const AGREEMENT_KIND =
  /^(?:AVSIKTSFÖRKLARING|SAMARBETSAVTAL|SAMVERKANSAVTAL|PARTNERSKAPSAVTAL|SAMFÖRSTÅNDSAVTAL|AVTAL|ÖVERENSKOMMELSE|SAMVERKANSÖVERENSKOMMELSE|LETTER OF INTENT|MEMORANDUM OF UNDERSTANDING|COOPERATION AGREEMENT|AGREEMENT)$/u;
/** A document's kind in capitals over its subject: an application, a plan, a report, guidelines, a programme. */
const CAPITAL_KIND =
  /^(?:ANSÖKAN(?: OM [\p{Lu} -]+)?|DELEGATIONSORDNING|REGLEMENTE|ARBETSORDNING|ATTESTORDNING|PROJEKTPLAN|PROJEKTBESKRIVNING|PROJEKTDIREKTIV|AKTIVITETSPLAN|HANDLINGSPLAN|RIKTLINJER|PROGRAM|POLICY|STRATEGI|RAPPORT|SLUTRAPPORT|LÄGESRAPPORT|APPLICATION(?: FOR [\p{Lu} -]+)?|PROJECT PLAN|ACTION PLAN|GUIDELINES|REPORT|FINAL REPORT)$/u;

/** The papers of a meeting, titled by what they are ("Minutes of the Annual General Meeting 2027"). */
const MEETING_PAPER = /^(?:minutes|agenda|notice|protokoll|dagordning|kallelse|föredragningslista)\b/iu;

/** A line that goes on with an agreement's subject ("om samarbete …", "mellan …", "on cooperation …"). */
const TITLE_GOES_ON =
  /^(?:om|mellan|avseende|angående|gällande|rörande|för|on|between|concerning|regarding|for)\s+\S/u;

/** A form's number ("Blankett KS-INT 3 (2026)", "Form A-12"): it names the form, not what it is about. */
const FORM_NUMBER =
  /^(?:blankett|formulär|form)\s+[\p{Lu}\d][\p{L}\d./-]*(?:\s+[\p{Lu}\d][\p{L}\d./-]*){0,2}(?:\s*\(\d{4}\))?$/u;

/** A sentence's end and six more words after it. */
const PROSE_GOES_ON = /\p{Ll}{2}[.!?]\s+\p{Lu}\S*(?:\s+\S+){5}/u;

/** A case number, a dash and a subject of four words or more that starts in a capital. */
const CASE_THEN_SUBJECT = /\d\s+[–—-]\s+\p{Lu}\p{Ll}+(?:[\s,]+[\p{L}\d-]+){3,}/u;

/** True when a line can be a title (of a document when `strict`, of an agenda item otherwise). */
export function isTitleLine(text: string, strict: boolean): boolean {
  const t = text.trim();
  if (t.length < 3 || t.length > 220) return false;
  // A line broken off after a comma continues on the next; one that ends a sentence and goes on for a clause
  // ("Läs om medlemskap … på den här sidan. För att bli medlem …") is prose. Neither is a title; a caption's
  // second part is short ("Program för ungdomsutbyte. Remiss från kommunstyrelsen").
  if (/,$/.test(t) || PROSE_GOES_ON.test(t)) return false;
  // Two sums on a line ("25 000 – 50 000 invånare 10 000 kr 35 000 kr") are a table's row, not a title.
  if (strict && (t.match(/\d\s*(?:kr|kronor|sek|euro|eur|€|%)(?!\p{L})/giu) ?? []).length >= 2) return false;
  // A title begins as a title does; a line that begins in lower case continues another.
  if (/^\p{Ll}/u.test(t)) return false;
  if (strict && (t.split(/\s+/).length < 3 || t.length < 12)) return false;
  if (/^-{3,}|^_{3,}|^={3,}/.test(t) || /^fiktivt testdokument$/i.test(t)) return false;
  // A table's row, its header too ("Dnr | Reg.datum | Ärendemening | Handläggare"), is no title.
  if ((t.match(/ \| /g) ?? []).length >= 2) return false;
  if (FIELD_LINE.test(t) && !/^[^:]*\(/.test(t) && !LABELLED_TITLE.test(t)) return false;
  if (CONTACT.test(t) || POSTCODE.test(t)) return false;
  // A title may end with the case it answers in brackets ("Svar på remiss av … (KS 2026/915)").
  const unbracketed = t.replace(/\s*\([^()]*\)$/, '');
  // So may an appendix's or report's head line name the case it belongs to before a dash and its subject
  // ("Bilaga 2 till tjänsteutlåtande KS 2027/0131 – Stadens medlemskap i internationella nätverk …").
  const citesCase = unbracketed !== t && unbracketed.split(/\s+/).length >= 4;
  const namesCase =
    !CASE_THEN_SUBJECT.test(t) &&
    ((!citesCase && findCaseNumbers(t).length > 0) || findCaseNumbers(unbracketed).length > 0);
  if (namesCase || mostlyDate(t)) return false;
  if (t === t.toLocaleUpperCase('sv') && /\p{Lu}{3}/u.test(t)) return false;
  if (LETTERHEAD.test(t) || ORGANISATION_LINE.test(t) || REGISTRY_STAMP.test(t)) return false;
  if (FORM_NUMBER.test(t.replace(/^\p{Lu}/u, (c) => c.toLowerCase()))) return false;
  // A unit's name has no "av" or "om" in it: "Förlängning av avtal om hyra av lokaler för … Brysselkontor"
  // is an item about the office, not the office.
  const about = t.split(/\s+/).length >= 6 && /\s(?:av|om|över|inför|of|on)\s/iu.test(t);
  if (
    (ORG_UNIT.test(t) && !about) ||
    BODY_NAME.test(t) ||
    BODY_IN_PLACE.test(t) ||
    (PERSON.test(t) && !ORGANISATION_WORD.test(t)) ||
    PERSON_CAPTION.test(t) ||
    SENDER_LINE.test(t)
  )
    return false;
  if (PROCEDURAL.test(t) || REPORT_PART.test(t) || DOC_TYPE_ONLY.test(t) || /^till\s/i.test(t)) return false;
  // An agenda's opening item is an item's title ("1 Val av justerare"), never a document's.
  if ((strict && OPENING_ITEM.test(t)) || STREET_ADDRESS.test(t)) return false;
  return !/[.!?]$/.test(t) || t.length < 90;
}

/** A date line ("2026-11-19", "Stockholm den 21 oktober 2026"), not a title that mentions a date. */
function mostlyDate(text: string): boolean {
  const dates = findDates(text, null);
  const covered = dates.reduce((n, d) => n + d.text.length, 0);
  return dates.length > 0 && (covered >= text.length * 0.4 || text.split(/\s+/).length <= 4);
}

/** A one-line paragraph without closing punctuation reads as a caption. */
function isCaptionEntry(e: Entry): boolean {
  return (
    e.type !== 'list_item' &&
    (e.type !== 'paragraph' || (!/[.!?:;]$/.test(e.text.trim()) && e.text.length <= 220))
  );
}

/**
 * A page marker run into a title line by a PDF's text ("Sammanträdesprotokoll Sida 1(18)", "Page 1 of 9").
 */
const INLINE_PAGE_MARK =
  /\s*(?<!\p{L})(?:sida|sidan|page)\s*\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|(?:av|of)\s+\d{1,3})(?![\p{L}\d])\s*/giu;

/** The document's title, or null when it has none of its own. */
export function findDocumentTitle(entries: Entry[]): TitleLine | null {
  const found = findTitleLine(entries);
  if (!found) return null;
  const value = found.value.replace(INLINE_PAGE_MARK, ' ').replace(/\s+/g, ' ').trim();
  return value.length >= 3 && value !== found.value ? { ...found, value } : found;
}

function findTitleLine(entries: Entry[]): TitleLine | null {
  // "# MEMO" names the kind of document, not what it is about.
  // "# 1 Sammanfattning", "# 2 Bakgrund": a report that numbers its chapters as first-level headings names
  // itself elsewhere (a bold line, a facts table above them).
  const firsts = entries.filter((e) => e.isHeading && e.level === 1);
  const chapters = firsts.filter((e) => NUMBERED_CHAPTER.test(e.text.trim())).length >= 2;
  const h1 = firsts.find(
    (e) => !DOC_TYPE_ONLY.test(e.text.trim()) && !(chapters && NUMBERED_CHAPTER.test(e.text.trim())),
  );
  if (h1) {
    // "# Baltic Capitals Forum" over "## Working Group on Inclusive Labour Markets — Terms of Reference": a short
    // first heading that names the body, right over the paper's own title, is whose paper it is.
    const next = entries[entries.indexOf(h1) + 1];
    const h1Words = h1.text.trim().split(/\s+/).length;
    if (
      next?.isHeading &&
      next.level === 2 &&
      h1Words <= 4 &&
      next.text.trim().split(/\s+/).length > h1Words &&
      !NUMBERED_CHAPTER.test(next.text.trim()) &&
      isTitleLine(next.text, true)
    ) {
      const value = `${h1.text.trim()} – ${next.text.trim()}`;
      return { value, entry: next, sentence: next.text };
    }
    return { value: h1.text, entry: h1, sentence: h1.text };
  }
  const head = entries.slice(0, 40);
  // "Project name: Migrant Inclusion …" over "Project acronym: MIGRALINK": an EU project's papers (a grant
  // agreement's annex, a factsheet's head) name the project in fields, by name and acronym, and are known by
  // both. A form's "Projektets namn" without an acronym is one field of many under the form's own title.
  const acronym = head.map((a) => PROJECT_ACRONYM.exec(a.text.trim())?.[1]).find(Boolean);
  for (const e of acronym ? head : []) {
    const m = PROJECT_NAME.exec(e.text.trim());
    if (m && isCaptionEntry(e)) return { value: `${m[1]!.trim()} (${acronym})`, entry: e, sentence: e.text };
  }
  for (const e of head) {
    const m = SUBJECT.exec(e.text.trim());
    // "Ämne: SV: VB: Visit of a delegation …": a reply's or a forward's marks are not the subject.
    if (m && isCaptionEntry(e))
      return { value: m[1]!.trim().replace(REPLY_MARKS, ''), entry: e, sentence: e.text };
  }
  const address = addressLines(head);
  const listed = distributionLines(head);
  const twice = givenTwice(head);
  if (twice && !address.has(twice) && !listed.has(twice))
    return { value: twice.text.trim(), entry: twice, sentence: twice.text };
  for (const [i, e] of head.slice(0, 25).entries()) {
    if (!isCaptionEntry(e) || address.has(e) || listed.has(e)) continue;
    if (PAGE_CAPTION.test(e.text) && head[i + 1] && isTitleLine(head[i + 1]!.text, false)) {
      return { value: head[i + 1]!.text.trim(), entry: head[i + 1]!, sentence: head[i + 1]!.text };
    }
    // "AVSIKTSFÖRKLARING" over "om samarbete mellan Stockholms stad och Tallinns stad …": an agreement's kind
    // in capitals and its subject on the next line, in lower case, are one title.
    const next = head[i + 1];
    const kind = e.text.trim();
    if (next && AGREEMENT_KIND.test(kind) && isCaptionEntry(next) && TITLE_GOES_ON.test(next.text.trim())) {
      const value = `${kind.charAt(0)}${kind.slice(1).toLocaleLowerCase('sv')} ${next.text.trim()}`;
      return { value, entry: next, sentence: next.text };
    }
    // "SAMARBETSAVTAL MELLAN STOCKHOLMS STAD OCH NANTES MÉTROPOLE": an agreement headed in capitals, its kind and
    // its parties on one line, is its title, though a line in capitals is otherwise a letterhead or a body. So is
    // another kind of document headed so ("STRATEGI FÖR STOCKHOLMS STADS EU-PÅVERKANSARBETE 2028–2030").
    const words = kind.split(/\s+/);
    if (
      kind === kind.toLocaleUpperCase('sv') &&
      words.length >= 4 &&
      (AGREEMENT_KIND.test(words[0]!) || CAPITAL_KIND.test(words[0]!)) &&
      TITLE_GOES_ON.test(`${words[1]!.toLocaleLowerCase('sv')} x`)
    )
      return { value: fromCapitals(words), entry: e, sentence: e.text };
    // "ANSÖKAN OM BIDRAG" over "Stockholms stads bidrag till …", "PROJEKTPLAN" over "Värdskap för …": what kind of
    // document it is, in capitals, over what it is about; both are its title.
    if (
      next &&
      i < 12 &&
      kind === kind.toLocaleUpperCase('sv') &&
      CAPITAL_KIND.test(kind) &&
      isCaptionEntry(next) &&
      isTitleLine(next.text, true)
    ) {
      const subject = next.text.trim();
      const named = `${kind.charAt(0)}${kind.slice(1).toLocaleLowerCase('sv')}`;
      return { value: `${named}: ${subject}`, entry: next, sentence: next.text };
    }
    const unnumbered = withoutReportNumber(e.text.trim());
    if (isTitleLine(unnumbered, true) || (i < 10 && headsProse(e, next, i === 0))) {
      // "NORTHERN CITIES CLIMATE ALLIANCE (NCCA)" over "Minutes of the Annual General Meeting 2027": a meeting's
      // papers name their body above them, in capitals; the title says whose meeting it was.
      const above = head[i - 1]?.text.trim() ?? '';
      const body =
        MEETING_PAPER.test(unnumbered) &&
        above === above.toLocaleUpperCase('sv') &&
        above.split(/\s+/).length >= 2 &&
        /\p{Lu}{3}/u.test(above) &&
        !LETTERHEAD.test(above) &&
        findCaseNumbers(above).length === 0;
      const value = body ? `${unnumbered}, ${fromCapitals(above.split(/\s+/))}` : unnumbered;
      return { value, entry: e, sentence: e.text };
    }
  }
  return runOnTitle(head);
}

/**
 * "Dnr 171-482/2016 Sida 1 (7) 2016-11-14 Internationell strategi för Stockholms stad 1. Bakgrund och syfte I
 * en …": a PDF read as text may run its page header, its title and its first chapter into one paragraph. The
 * title is what stands between the header and the first chapter's number.
 */
const RUN_ON_TITLE =
  /^(?:dnr:?\s+\S+\s+)?sida\s+1\s*\(\d+\)\s+(?:\d{4}-\d{2}-\d{2}\s+)?(\p{Lu}[^.!?\d]{5,120}?)\s+1\.?\s+\p{Lu}/iu;

function runOnTitle(head: Entry[]): TitleLine | null {
  for (const e of head.slice(0, 5)) {
    const m = RUN_ON_TITLE.exec(e.text.trim());
    if (m) return { value: m[1]!.trim(), entry: e, sentence: m[1]!.trim() };
  }
  return null;
}

/**
 * "Landstingsfullmäktige den 10 februari 2009" over itself: a web page gives its title in its header and again
 * as its heading, and a navigation line above it ("Arkiv äldre sammanträdeshandlingar") is not the title.
 */
function givenTwice(head: Entry[]): Entry | null {
  for (const [i, e] of head.slice(0, 12).entries()) {
    const text = e.text.trim();
    const again = head.slice(i + 1, i + 3).some((n) => n.text.trim() === text);
    if (again && isCaptionEntry(e) && isTitleLine(text, false) && text.split(/\s+/u).length >= 3) return e;
    // "Eurocities" over "EUROCITIES" at the top of a page: a name given twice, the second time in capitals
    // (an infobox's header), is the page's title.
    const shouted = head[i + 1]?.text.trim();
    if (
      i < 3 &&
      SINGLE_NAME.test(text) &&
      !DOC_TYPE_ONLY.test(text) &&
      shouted === text.toLocaleUpperCase('sv') &&
      shouted !== text
    )
      return e;
  }
  return null;
}

const SINGLE_NAME = /^\p{Lu}[\p{Ll}-]+$/u;

/** Small words of a title written in capitals, in lower case again ("mellan", "och", "between", "and"). */
const SMALL_WORD =
  /^(?:om|mellan|och|samt|för|av|i|på|med|till|avseende|angående|gällande|rörande|on|between|and|of|for|in|the|with|concerning|regarding)$/u;

/**
 * "SAMARBETSAVTAL MELLAN STOCKHOLMS STAD OCH NANTES MÉTROPOLE" → "Samarbetsavtal mellan Stockholms Stad och Nantes
 * Métropole": the kind as a word, the small words in lower case, the names with a capital each.
 */
function fromCapitals(words: string[]): string {
  return words
    .map((w, i) => {
      const lower = w.toLocaleLowerCase('sv');
      if (i > 0 && SMALL_WORD.test(lower)) return lower;
      // An acronym in brackets or of two or three letters stays as written ("(NCCA)", "EU").
      if (i > 0 && (/^\(\p{Lu}{2,6}\)$/u.test(w) || /^\p{Lu}{2,3}$/u.test(w))) return w;
      // So does one before a hyphen ("EU-PÅVERKANSARBETE" → "EU-påverkansarbete", "EU- OCH ANDRA …").
      const acronym = /^(\p{Lu}{2,3})-(?=\p{L}|$)/u.exec(w);
      if (i > 0 && acronym) return `${acronym[1]}-${lower.slice(acronym[0].length)}`;
      return lower.charAt(0).toLocaleUpperCase('sv') + lower.slice(1);
    })
    .join(' ');
}

/**
 * A web page's heading may be two words ("Stockholms vänorter", "International Strategy"): a short caption
 * is a title when prose follows it at once, as it follows a heading.
 */
function headsProse(e: Entry, next: Entry | undefined, first = false): boolean {
  const caption = e.text.trim();
  // One word heads a page only as its first line, and a long one: "EU-projektstöd", "Medlemskap" over prose.
  const words = caption.split(/\s+/).length;
  if (!next || (words < 2 && !(first && caption.length >= 8))) return false;
  const prose = next.type === 'paragraph' && /[.!?]$/.test(next.text.trim()) && next.text.length >= 60;
  if (!prose) return false;
  // "Internationella beredningen" over "Internationella beredningen är en beredning under kommunstyrelsen …": a
  // page about a body is headed by its name, though a body's name alone is otherwise a letterhead.
  const opensWithIt = next.text
    .trim()
    .toLocaleLowerCase('sv')
    .startsWith(`${caption.toLocaleLowerCase('sv')} `);
  return isTitleLine(caption, false) || (opensWithIt && /^\p{Lu}/u.test(caption) && caption.length <= 80);
}

/**
 * The lines of a postal address: a postcode line and the short lines right above it (the addressee, c/o,
 * street), which name a recipient, not the document.
 */
function addressLines(head: Entry[]): Set<Entry> {
  const out = new Set<Entry>();
  head.forEach((e, i) => {
    if (e.type !== 'line' || !POSTCODE.test(e.text.trim())) return;
    out.add(e);
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      const above = head[k]!;
      const t = above.text.trim();
      if (above.type !== 'line' || t.length > 60 || t.includes(':') || findCaseNumbers(t).length > 0) break;
      if (findDates(t, null).length > 0) break;
      out.add(above);
    }
  });
  return out;
}

// Besides a referral's send list: the other captions over lists of those a document goes to.
const OTHER_DISTRIBUTION =
  /^(?:enligt sändlista|utdrag till|kopia till|för kännedom|distribution|recipients|consultees)\s*:?$/i;

/**
 * The lines under a distribution caption ("Remissinstanser", "Sändlista"), up to the next heading or
 * paragraph: bodies a document is sent to ("Sveriges Kommuner och Regioner"), not its title.
 */
function distributionLines(head: Entry[]): Set<Entry> {
  const out = new Set<Entry>();
  let under = false;
  for (const e of head) {
    const t = e.text.trim();
    if (SEND_LIST.test(t) || OTHER_DISTRIBUTION.test(t)) under = true;
    else if (e.isHeading || e.type === 'paragraph') under = false;
    else if (under) out.add(e);
  }
  return out;
}

/**
 * A city report's transcript opens with its series number, rotel and case number run into the title
 * ("Utlåtande 2007:12 RI (Dnr 123/2006) Rådslag mellan …", "PM 2016:122 RIX (Dnr /2016) Låt fler …"):
 * the title is what follows them. The case number stays in the sentence, the title's evidence.
 */
const REPORT_NUMBER =
  /^(?:utlåtande|pm|promemoria|tjänsteutlåtande)\s+\d{4}\s*:\s*\d*\s*(?:R[IVX]+\s*)?(?:\((?:dnr|diarienummer)\b[^)]*\)\s*)?(?=\p{Lu})/iu;

function withoutReportNumber(title: string): string {
  const m = REPORT_NUMBER.exec(title);
  return m && m[0].length < title.length ? title.slice(m[0].length).trim() : title;
}

/** "2026-03-01_remiss-cykelplan.pdf" → "2026 03 01 remiss cykelplan". */
export function titleFromFileName(fileName: string): string {
  return fileName
    .replace(/\.[^.]+$/, '')
    .replace(/[_-]+/g, ' ')
    .trim();
}

import { findDates } from '../text/dates.js';
import { isTableRow } from './blocks.js';
import { calendarToText } from './calendar.js';
import { captionsToTranscript } from './captions.js';
import { breadcrumbPlaces, dropWebLists, isCommentByline, isWebChrome, UPDATED } from './layout-chrome.js';
import { fileListTables } from './layout-file-list.js';
import { columnCells, headedTable } from './layout-headed-table.js';
import {
  isFarRightNumber,
  isLaterPageHeader,
  isMarkedRunningLine,
  markedRunningLines,
  pageNumberOf,
  runningBlocks,
  runningHeader,
  runningHeaderRests,
  splitPages,
  trailingColumn,
} from './layout-pages.js';
import { unquoteMail } from './layout-quoted-mail.js';
import { separatedTable } from './layout-separated.js';

/**
 * Takes page layout out of a document's text before it is split into passages: page markers, form
 * feeds, running headers and footers repeated on every page (see layout-pages.ts), two text columns side
 * by side (as `pdftotext -layout` writes them), words hyphenated at a line end, a paragraph cut by a page
 * break, and a web page's chrome (see layout-chrome.ts). What a page says about itself ("Senast
 * uppdaterad: 3 februari 2027") is kept aside, not quoted as content.
 */
export type CleanedText = {
  text: string;
  updated: { date: string; line: string } | null;
  /** The places of a web page's breadcrumb trail, which is taken out with the chrome. */
  trail: string[] | null;
  /** True when a plain text was rewritten as Markdown (a calendar export's events, see calendar.ts). */
  markdown: boolean;
};

const SENTENCE_END = /[.!?:;]["”’)]*$/;
const JOINING_WORDS = /^(?:och|eller|samt|till|respektive|som|resp\.)\b/;

type Block = { lines: string[]; removedBefore: boolean };

export function cleanLayout(input: string): CleanedText {
  let updated: CleanedText['updated'] = null;
  let trail: string[] | null = null;
  // A soft hyphen marks where a word may break: gone where it did not, joined where it did.
  // A caption file is read as the transcript it holds (see captions.ts), a calendar export as its events
  // (see calendar.ts).
  // An e-mail reply's quote marks are taken out first (see layout-quoted-mail.ts).
  const calendar = calendarToText(input);
  const text = unquoteMail(calendar ?? captionsToTranscript(input) ?? input);
  const raw = text.replace(/\u00AD[ \t]*\n[ \t]*/g, '').replace(/\u00AD/g, '');
  const runningRests = runningHeaderRests(raw.split('\n'));
  const markedRunning = markedRunningLines(raw.split('\n'));
  const rawBlocks = splitPages(raw);
  const columns = rawBlocks.map((b) => fileListTables(splitColumns(b.lines)));
  const headers = columns.map(isLaterPageHeader);
  const running = runningBlocks(rawBlocks, columns, headers);
  const blocks: Block[] = [];
  let removed = false;
  columns.forEach((split, b) => {
    if (headers[b] || running.has(b)) {
      removed = true;
      return;
    }
    if (rawBlocks[b]!.pageBreakBefore) removed = true;
    const kept: string[] = [];
    let skip = -1;
    for (const [i, line] of split.entries()) {
      if (i === skip) continue;
      const t = line.trim();
      // "Senast uppdaterad" above its date, on a line of its own.
      const next = split[i + 1]?.trim() ?? '';
      if (UPDATED.exec(t)?.[1] === '' && isDateLine(next)) {
        if (!updated) updated = { date: findDates(next, null)[0]!.date, line: `${t} ${next}` };
        skip = i + 1;
        removed = true;
        continue;
      }
      const header = runningHeader(t, runningRests);
      if (
        pageNumberOf(line) !== null ||
        header === 'drop' ||
        isMarkedRunningLine(line, markedRunning) ||
        isFarRightNumber(line) ||
        isWebChrome(t)
      ) {
        trail ??= breadcrumbPlaces(t);
        const u = UPDATED.exec(t);
        if (u && !updated) {
          const date = findDates(u[1] ?? '', null)[0];
          if (date) updated = { date: date.date, line: t };
        }
        removed = true;
        continue;
      }
      // "DELEGATIONSBESLUT            Sida 1 (3)": the page number set apart at the end of a line is no text.
      const marked = trailingColumn(line);
      const withoutPage =
        marked && pageNumberOf(marked) !== null ? line.slice(0, line.lastIndexOf(marked)).trimEnd() : line;
      const fields = SIDE_BY_SIDE_FIELDS.exec(withoutPage.trim());
      if (fields && header !== 'strip') kept.push(fields[1]!, fields[2]!);
      else kept.push(header === 'strip' ? t.replace(/^\d{1,3}\s+/, '') : withoutPage);
      // A comment's byline stands apart from the comment, which it heads.
      if (isCommentByline(t) && next !== '') kept.push('');
    }
    const withoutChrome = dropWebLists(kept);
    if (withoutChrome.length === 0) {
      removed = true;
      return;
    }
    blocks.push({ lines: withoutChrome, removedBefore: removed });
    removed = false;
  });
  return {
    text: stackedFields(dottedFields(joinBlocks(blocks))).join('\n'),
    updated,
    trail,
    markdown: calendar !== null,
  };
}

/**
 * Two labelled fields set side by side on one line with a gap between ("Duration: M1 – M30          Lead
 * Beneficiary: 1. STHLM"), as a form's or a work package's head sets them: each is a field of its own.
 */
const SIDE_BY_SIDE_FIELDS = /^(\p{Lu}[\p{L} .()-]{1,30}:\s*\S.*?)\s{3,}(\p{Lu}[\p{L} .()-]{1,30}:\s*\S.*)$/u;

/** One field of a line of fields set side by side with middle dots ("Publicerad: 2027-02-10"). */
const DOTTED_FIELD = /^\p{Lu}[\p{L} -]{1,30}:\s+\S/u;

/**
 * A web page's head line of fields set side by side with middle dots ("Stadsledningskontoret · Publicerad:
 * 2027-02-10 · Sista ansökningsdag: 2027-03-14"): each field goes on a line of its own, as a form's fields
 * do, so that a question for one of them meets that field and not the line of all of them. Two labelled
 * parts at least, each short; a sentence that holds a middle dot stays as it is.
 */
function dottedFields(lines: string[]): string[] {
  return lines.flatMap((line) => {
    const parts = line.trim().split(/\s+·\s+/);
    if (parts.length < 2 || parts.some((p) => p.length > 80 || /[.!?]$/.test(p))) return [line];
    if (parts.filter((p) => DOTTED_FIELD.test(p)).length < 2) return [line];
    return [...parts, ''];
  });
}

/**
 * The labels a meeting's page, a form's head or an organisation's fact box sets on a line of their own, with
 * the value on the line under it ("Plats" over "Bolinderssalen, Hantverkargatan 2 L", "Klockan" over "17:30",
 * "President" over the president's name). Not FORM_LABEL: an
 * extract's "Paragrafer" over "§ 9" lists its items, which are read as items, not as a field.
 */
const STACKED_LABEL =
  /^(?:plats|lokal|adress|klockan|tid|tidpunkt|datum|sammanträdesdatum|dnr|diarienummer|diarienr|handläggare|kontaktperson|telefon|tfn|e-post|ordförande|sekreterare|justerare|venue|location|address|time|date|contact|phone|e-mail)$/iu;
/**
 * The roles an organisation's fact box sets over their holders ("President" over "Dario Nardella"). A letter's
 * signature sets them the other way round, under the name ("Pieter van Dam" / "Secretary General" / "North Sea
 * Harbour Forum"): a role is read with the line under it only when that line is a person's name and the line
 * above is not.
 */
const ROLE_LABEL =
  /^(?:vice ordförande|generalsekreterare|verkställande direktör|president|vice president|chair|chairman|chairperson|secretary general|general secretary|executive director|director)$/iu;
const PERSON_NAME =
  /^\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:van|von|de|der|den|af|la|le|di|da)\s+)?\p{Lu}[\p{L}'’-]+){1,3}$/u;
const ORGANISATION_END =
  /\b(?:forum|network|association|organi[sz]ation|council|committee|board|office|secretariat|union|city|municipality|AB|förening\p{L}*|nätverk\p{L}*|nämnd\p{L}*|styrelse\p{L}*|kommun|stad|förbund\p{L}*)$/iu;

/** The caption over the signature of whoever kept the minutes ("Vid protokollet", "Protokollförare"). */
const MINUTES_KEEPER = /^(?:vid protokollet|protokollförare|sekreterare|minutes taken by|secretary)$/iu;

/**
 * The line of the name signed under a caption, past the blank lines left for the signature (three at most):
 * a person's name alone on its line; -1 when none.
 */
function signatureBelow(lines: string[], at: number): number {
  for (let k = at + 1; k <= at + 4 && k < lines.length; k++) {
    const t = lines[k]!.trim();
    if (t === '') continue;
    return PERSON_NAME.test(t) ? k : -1;
  }
  return -1;
}

/**
 * A label on its own line and its value on the next are one field ("Plats: Bolinderssalen, …"), as the
 * same page sets them side by side elsewhere: apart, the value is a line that says nothing of what it is.
 * A label over another label ("Datum" over "Klockan") has no value of its own and stays as it is; so does
 * one over a sentence or over a blank line, which is a heading.
 */
function stackedFields(lines: string[]): string[] {
  const out: string[] = [];
  // The last line read as a field's value: a holder's name above a role is a fact box's, not a signature's.
  let joinedUpTo = -2;
  for (let i = 0; i < lines.length; i++) {
    // "Diarienummer:" over "KS 2026/1760": the label's own colon changes nothing.
    const label = lines[i]!.trim().replace(/(?<=\p{L})\s?:$/u, '');
    const value = lines[i + 1]?.trim() ?? '';
    // A form marks a required field's label with "*" ("Projektets namn *" over the project's name).
    const required = /^\p{Lu}[\p{L} -]{2,40}\s\*$/u.test(label);
    const role =
      ROLE_LABEL.test(label) &&
      PERSON_NAME.test(value) &&
      !ORGANISATION_END.test(value) &&
      (joinedUpTo === i - 1 || !PERSON_NAME.test(lines[i - 1]?.trim() ?? ''));
    if (
      (STACKED_LABEL.test(label) || required || role) &&
      value !== '' &&
      value.length <= 100 &&
      !STACKED_LABEL.test(value) &&
      !/[.!?]$/.test(value) &&
      !/^\p{L}[\p{L} -]*:/u.test(value)
    ) {
      // A field of its own: the lines under it (a heading over its text in a form) are not run into it.
      out.push(`${label.replace(/\s\*$/, '')}: ${value}`, '');
      i++;
      joinedUpTo = i;
      continue;
    }
    // "Vid protokollet" over the blank lines left for the signature, then the name: who kept the minutes.
    const signed = MINUTES_KEEPER.test(label) ? signatureBelow(lines, i) : -1;
    if (signed > 0) {
      out.push(`${label}: ${lines[signed]!.trim()}`, '');
      i = signed;
      joinedUpTo = i;
      continue;
    }
    out.push(lines[i]!);
  }
  return out;
}

/** A line that is a date and little else ("3 februari 2027", "2018-01-17 10.05"). */
function isDateLine(line: string): boolean {
  const dates = findDates(line, null);
  return dates.length === 1 && line.replace(dates[0]!.text, '').replace(/[\d.:\s,-]|kl/g, '') === '';
}

/**
 * Two columns side by side: lines whose text has a gap of four or more spaces at about the same place.
 * The left column is read first, then the right, as a person reads the page.
 */
function splitColumns(lines: string[]): string[] {
  const table = tableOf(lines);
  if (table) return table;
  // A caption on the lines right above a table ("6 Budget" over "| Post | Kronor |", "5 Tidplan" over
  // "Aktivitet   Start   Klart"): the caption stays as it is and the table is read as a table, not as two
  // columns of text.
  const captions = lines.findIndex((l) => l.trim() !== '' && (isTableRow(l) || /\S\s{2,}\S/.test(l.trim())));
  if (captions > 0 && captions <= 2) {
    const under = tableOf(lines.slice(captions));
    if (under) return [...lines.slice(0, captions).map((l) => l.trim()), '', ...under];
  }
  const colon = colonFields(lines);
  if (colon) return colon;
  const labelled = labelRowsOverValues(lines);
  if (labelled) return labelled;
  const gaps = lines.map((l) => {
    const m = /^(\s*\S.*?\S?)\s{4,}(\S.*)$/.exec(l);
    return m ? m[1]!.length + (l.length - m[1]!.length - m[2]!.length) : null;
  });
  const columns = gaps.filter((g): g is number => g !== null);
  // "Justeringens plats och tid Stadsledningskontoret, 2027-04-23": a label of several words that fills its
  // column leaves a single space before its value.
  const spaced = lines.length === 1 ? FILLED_LABEL.exec(lines[0]!.trim()) : null;
  if (spaced && /^[\p{Lu}\d]/u.test(spaced[2]!) && !SENTENCE_END.test(spaced[2]!))
    return [`${spaced[1]}: ${spaced[2]}`];
  // One label beside its value, the value going on under it ("Beslutande      Karin Ståhl (M), ordförande" over
  // the other members): a field, not a heading over the lines below.
  if (columns.length === 1) return formFields(lines, columns[0]!, 1) ?? lines;
  if (columns.length < 2) return lines;
  const at = Math.min(...columns);
  if (columns.some((c) => c - at > 4)) return lines;
  const grid = labelsOverValues(lines);
  if (grid) return grid;
  const form = formFields(lines, at);
  if (form) return form;
  const left: string[] = [];
  const right: string[] = [];
  for (const line of lines) {
    const head = line.slice(0, at - 1).trim();
    const tail = line.slice(Math.max(0, at - 2)).trim();
    // A line of the left column that runs on past the gap ("Urval: … registrerade 2027-01-01 – 2027-02-28")
    // is not cut in the middle of a word.
    const runsOn = /\S/.test(line.charAt(at - 2)) && /\S/.test(line.charAt(at - 1));
    if (line.length < at - 1 || (head !== '' && runsOn)) left.push(line.trim());
    else if (head === '') right.push(tail);
    else {
      left.push(head);
      if (line.slice(at - 1).trim()) right.push(line.slice(at - 1).trim());
    }
  }
  return right.length > 0 ? [...left, '', ...right] : left;
}

/** The lines as a table of one of the kinds below, or null when they are no table. */
function tableOf(lines: string[]): string[] | null {
  // A Markdown table's rows are padded to line up their cells ("| Ny rutin …      | Amira Said      |"): the
  // padding is no gap between two columns of text.
  if (lines.some((l) => l.trim() !== '') && lines.every((l) => l.trim() === '' || isTableRow(l)))
    return lines;
  return separatedTable(lines) ?? ruledTable(lines) ?? spacedTable(lines) ?? headedTable(lines);
}

/**
 * A cell of figures: a sum, a count, a date or a share, with or without its unit ("21 600 kronor", "EUR 4 800",
 * "12 tkr", "63 %").
 */
const FIGURE_CELL =
  /^(?:(?:SEK|EUR|USD|kr\.?|€|\$)\s*)?[\d\s.,:/()%–+-]*\d[\d\s.,:/()%–+-]*(?:\s*(?:kronor|kr\.?|tkr|mnkr|mkr|miljoner kronor|miljoner euro|euro|EUR|SEK|USD|€|procent|st\.?))?$/iu;

/** Cells of a table set out with spaces: three or more apart them. */
const CELL_GAP = /\s{3,}/;

/**
 * A table set out with spaces, as a report's text writes it ("Programmets stöd (80 %)       3 800 000"):
 * every row has the same number of cells, short ones, and the last column holds figures (sums, counts,
 * dates). Each row is written as a Markdown table row, so that it is read as one ("Programmets stöd (80 %)
 * | 3 800 000") under its header row, rather than as two columns of text read one after the other. A header
 * wrapped onto a second line ("Antal" over "medlemskap", its first cell blank) is joined cell by cell. Null
 * when the lines are not such a table.
 */
function spacedTable(lines: string[]): string[] | null {
  const rows: string[][] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    const cells = line.trim().split(CELL_GAP);
    const first = rows[0];
    // The header's second line: indented past the first column, one cell fewer.
    if (rows.length === 1 && first && /^\s{8,}\S/.test(line) && cells.length === first.length - 1) {
      cells.forEach((cell, i) => {
        first[i + 1] = `${first[i + 1]} ${cell}`;
      });
      continue;
    }
    rows.push(cells);
  }
  const width = rows[0]?.length ?? 0;
  if (rows.length < 3 || width < 2 || rows.some((r) => r.length !== width)) return null;
  if (rows.some((r) => r.some((cell) => cell.length > 60) || SENTENCE_END.test(r[0]!))) return null;
  const body = rows.slice(1);
  // A timetable's last column holds dates, a time with some of them ("2027-04-14, kl. 23.59").
  const figures = body.filter((r) => FIGURE_CELL.test(r[width - 1]!) || isDateLine(r[width - 1]!)).length;
  if (figures < body.length * 0.75) return null;
  return rows.map((r) => `| ${r.join(' | ')} |`);
}

/** A header's rule drawn with dashes under each column ("--  ----------  ------------"): two runs or more. */
const COLUMN_RULE = /^\s*[-–—─=]{2,}(?:\s+[-–—─=]{2,})+\s*$/u;

/**
 * A table copied from a PDF with its header ruled off column by column ("Nr  Datum  Dnr  Beslut  Beslutat
 * av" over "--  ----------  ------  ------  ------"): the rule's runs of dashes say where each column starts.
 * A cell's text wrapped onto the next lines ("Tjänsteresa till Oslo 25–26 januari 2027," over "nordiskt
 * huvudstadsmöte …") belongs to the row above: a line with nothing in the first column, or indented in it,
 * goes on with the row. Each row is written as a Markdown table row under its header, so that a decision,
 * its number, date and who made it are read as one passage rather than as the columns read one after the
 * other. Lines above the header stay as they are. Null when no such rule stands under a header line.
 */
function ruledTable(lines: string[]): string[] | null {
  const at = lines.findIndex((l, i) => i > 0 && COLUMN_RULE.test(l));
  if (at < 1) return null;
  const rule = lines[at]!;
  const starts = [...rule.matchAll(/[-–—─=]{2,}/gu)].map((m) => m.index!);
  const cellsOf = columnCells(starts);
  const header = Array.from({ length: starts.length }, () => '');
  for (const cell of cellsOf(lines[at - 1]!))
    header[cell.column] = `${header[cell.column]} ${cell.text}`.trim();
  if (header.filter((h) => h !== '').length < 2) return null;
  const rows: string[][] = [];
  for (const line of lines.slice(at + 1)) {
    const cells = cellsOf(line);
    if (cells.length === 0) continue;
    const row = rows[rows.length - 1];
    const first = cells[0]!;
    const continues = row !== undefined && (first.column > 0 || first.at > starts[0]! + 1);
    const target = continues ? row : Array.from({ length: starts.length }, () => '');
    for (const cell of cells) target[cell.column] = `${target[cell.column]} ${cell.text}`.trim();
    if (!continues) rows.push(target);
  }
  if (rows.length === 0) return null;
  const markdown = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '/') || '–').join(' | ')} |`;
  return [...lines.slice(0, at - 1), markdown(header), ...rows.map(markdown)];
}

/**
 * The labels of a decision's or a letter's head ("Dnr", "Beslutsfattare", "Handläggare"): only these make a
 * left column a column of labels, since a letterhead also sets short lines side by side ("Stadsledningskontoret
 * … Till kommunstyrelsen"), which belong to no label.
 */
const FORM_LABEL =
  /^(?:plats och tid|tid och plats|övriga närvarande|övriga deltagare|(?:ej )?tjänstgörande ersättare|utses att justera|justerande|justeringens plats och tid|tid och plats för justering|förvaringsplats|organ|sammanträdesdatum|datum då anslaget (?:sätts upp|tas ned)|förvaringsplats för protokollet|paragrafer|datum|dnr|diarienummer|diarienr|ärende|ärendenummer|beslutsfattare|beslutande|delegation|delegationspunkt|handläggare|kontaktperson|telefon|tfn|e-post|mottagare|kopia|plats|tid|ordförande|sekreterare|justerare|referens|vår referens|er referens|date|case no\.?|ref\.?|reference|subject|venue|contact|phone|e-mail)\s*:?$/iu;

/** The labels of several words on a protocol's first page, before a value that begins as a name or a number. */
const FILLED_LABEL =
  /^(justeringens plats och tid|tid och plats för justering|plats och tid|tid och plats|utses att justera|övriga närvarande|förvaringsplats för protokollet)\s+(\S.*)$/iu;

/**
 * A form's head set out in two columns ("Dnr            KUF 2027/0214", "Beslutsfattare Ulrika Brandt"): each
 * label belongs with the value beside it, not in a column of its own ("Dnr: KUF 2027/0214"). A line with
 * nothing under the label continues the value above it. Null when the left column is not labels.
 */
function formFields(lines: string[], at: number, least = 2): string[] | null {
  const out: string[] = [];
  // A caption over the form ("ANSLAG / BEVIS") stays its own line.
  let caption: string | null = null;
  for (const line of lines) {
    // A label longer than the others pushes its value on, a gap of two spaces from it.
    const own = /^(\S.*?\S)\s{2,}(\S.*)$/.exec(line);
    const long = own && own[1]!.length >= at - 1 && FORM_LABEL.test(own[1]!);
    const head = long ? own[1]! : line.slice(0, at - 1).trim();
    const value = long ? own[2]!.trim() : line.slice(at - 1).trim();
    if (head === '' && value === '') continue;
    if (head === '') {
      if (out.length === 0) return null;
      out[out.length - 1] = `${out[out.length - 1]} ${value}`;
      continue;
    }
    if (value === '' && out.length === 0 && caption === null && !SENTENCE_END.test(head)) {
      caption = head;
      continue;
    }
    if (!FORM_LABEL.test(head) || value === '') return null;
    out.push(`${head.replace(/:$/, '')}: ${value}`);
  }
  // Each field a paragraph of its own, as a blank line sets the columns apart above.
  const fields = [...(caption === null ? [] : [caption]), ...out];
  return out.length >= least ? fields.flatMap((field, i) => (i === 0 ? [field] : ['', field])) : null;
}

/** The labels of a letter's head grid, beside the form labels: "Vårt datum", "Ert dnr", "Your ref.". */
const LETTER_LABEL =
  /^(?:vårt datum|ert datum|vårt dnr|ert dnr|vår beteckning|er beteckning|our date|your date|our ref\.?|your ref\.?|our reference|your reference)\s*:?$/iu;

/**
 * A letter's head set out as a grid: a row of labels over a row of their values ("Vårt datum    Vår
 * referens" over "2027-02-17    Maja Lindroos, strateg"). Each value belongs with the label above it, by
 * where it starts on the line ("Vårt datum: 2027-02-17", "Vår referens: Maja Lindroos, strateg"), not in a
 * column of its own under the other label. Null when the lines are not such rows.
 */
function labelsOverValues(lines: string[]): string[] | null {
  const rows = lines.filter((l) => l.trim() !== '');
  if (rows.length < 2 || rows.length % 2 !== 0) return null;
  const fields: string[] = [];
  for (let r = 0; r < rows.length; r += 2) {
    const labels = [...rows[r]!.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ at: m.index, text: m[0] }));
    if (labels.length < 2) return null;
    if (!labels.every((l) => FORM_LABEL.test(l.text) || LETTER_LABEL.test(l.text))) return null;
    const values = rows[r + 1]!;
    if (labels.some((l) => LETTER_LABEL.test(values.slice(l.at).trim()) || FORM_LABEL.test(values.trim())))
      return null;
    labels.forEach((label, i) => {
      const end = labels[i + 1]?.at ?? values.length;
      const value = values.slice(label.at, end).trim();
      if (value !== '') fields.push(`${label.text.replace(/:$/, '')}: ${value}`);
    });
  }
  return fields.length >= 2 ? fields.flatMap((field, i) => (i === 0 ? [field] : ['', field])) : null;
}

/**
 * Fields set out with their labels' colons in a column of their own ("Date:      Thursday 11 February 2027",
 * "Place:     Aarhus City Hall"): each line is one field, label and value, not two columns of text read one
 * after the other. Every line with a gap in it must be such a field, two of them at least; a line without a
 * gap ("Received by the City of Stockholm 2027-02-19") stays as it is. A line with nothing in the labels'
 * column, set in under the values ("Resenärer:   Sanna Holm", "             Ahmed Yusuf"), goes on with the
 * value above it: a further name of a list as a further item ("; "), a wrapped value as its words. Null
 * otherwise.
 */
function colonFields(lines: string[]): string[] | null {
  let fields = 0;
  const out: string[] = [];
  // Where the last field's value starts on its line, while lines set in under it may go on with it.
  let valueAt = -1;
  for (const line of lines) {
    const m = /^\s*(\S.*?\S?)\s{3,}(\S.*)$/.exec(line) ?? /^\s*(\S[^:]*?:)\s{2,}(\S.*)$/.exec(line);
    const indent = line.length - line.trimStart().length;
    if (!m) {
      if (valueAt > 0 && indent >= valueAt - 2 && line.trim() !== '') {
        const above = out[out.length - 1]!;
        const word = /[,;]$/.test(above) || /^[\p{Ll}(]/u.test(line.trim());
        out[out.length - 1] = `${above}${word ? ' ' : '; '}${line.trim()}`;
        continue;
      }
      valueAt = -1;
      out.push(line);
      continue;
    }
    if (!/^\p{Lu}[^:|]{0,40}:$/u.test(m[1]!)) return null;
    out.push(`${m[1]} ${m[2]!.trim()}`);
    valueAt = line.length - m[2]!.length;
    fields++;
  }
  return fields >= 2 ? out : null;
}

/** Words that name a form's field ("Organisationsnummer", "Upprättad av", "Ort och datum", "Version"). */
const FIELD_WORD =
  /(?:namn|nummer|datum|adress|\bort\b|telefon|e-post|roll|period|antal|belopp|typ\b|version|sida|handläggare|dnr|diarie|inkom|beslutsfattare|firmatecknare|kontaktperson|organisationsform|bankgiro|plusgiro|befattning|underskrift|upprättad av|beslutad av|ansvarig|name|number|date|address|e-mail|phone|role|signature|prepared by)/iu;

/** A form label's cell: short words with no sentence in them, the field's name ("Postadress *"). */
function isLabelCell(cell: string): boolean {
  const letters = (cell.match(/\p{L}/gu) ?? []).length;
  return (
    /^\p{Lu}/u.test(cell) &&
    cell.length <= 45 &&
    cell.split(/\s+/).length <= 6 &&
    !/[,@]|[.!?:;]$/.test(cell) &&
    letters >= cell.replace(/\s/g, '').length / 2
  );
}

/**
 * A form printed from a PDF sets its fields as a row of labels over a row of their values ("Organisationens
 * namn *      Organisationsnummer *" over "Föreningen Unga Scener i Norden      802531-4470", "Dokumenttyp
 * Datum   Version" over "Projektplan   2027-02-15   1.2"). Each value belongs with the label above it, by where
 * it starts on the line ("Organisationsnummer: 802531-4470"), not in a column of its own under a column of
 * labels; a line under the values with text only under a later label goes on with that label's value (a
 * second signatory under "Firmatecknare"). A label row names fields (FIELD_WORD, a required field's "*"), so
 * a letterhead's lines side by side ("Stadsledningskontoret   Tjänsteutlåtande") are no labels. The other
 * lines of the block (a tick-box line, a sentence) stay as they are. Null without two such rows, or one
 * whose labels all name fields or mark a required one ("Ort och datum      Firmatecknare").
 */
function labelRowsOverValues(lines: string[]): string[] | null {
  const cellsOf = (line: string) =>
    [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ at: m.index, text: m[0] }));
  const isLabelRow = (line: string) => {
    const cells = cellsOf(line);
    return (
      cells.length >= 2 &&
      cells.every((c) => isLabelCell(c.text)) &&
      cells.filter((c) => FIELD_WORD.test(c.text) || /\s\*$/.test(c.text)).length * 2 >= cells.length
    );
  };
  const out: string[] = [];
  let pairs = 0;
  let own = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (!isLabelRow(line) || next === undefined || !/[\p{L}\d]/u.test(next) || isLabelRow(next)) {
      out.push(line);
      continue;
    }
    const labels = cellsOf(line).map((c) => ({ ...c, text: c.text.replace(/\s\*$/, '') }));
    const values = labels.map(() => '');
    const place = (row: string) =>
      cellsOf(row).forEach((cell) => {
        let column = 0;
        labels.forEach((label, c) => {
          if (cell.at >= label.at - 2) column = c;
        });
        values[column] = `${values[column]} ${cell.text}`.trim();
      });
    if (cellsOf(next)[0]!.at > labels[0]!.at + 2 && cellsOf(next).length < labels.length) {
      out.push(line);
      continue;
    }
    place(next);
    i++;
    // Lines with nothing under the first label go on with the values above them.
    while (lines[i + 1] && /\S/.test(lines[i + 1]!) && cellsOf(lines[i + 1]!)[0]!.at >= labels[1]!.at - 2) {
      const more = lines[i + 1]!;
      cellsOf(more).forEach((cell) => {
        let column = 0;
        labels.forEach((label, c) => {
          if (cell.at >= label.at - 2) column = c;
        });
        values[column] = `${values[column]}; ${cell.text}`.replace(/^; /, '');
      });
      i++;
    }
    pairs++;
    own ||= labels.every((l) => FIELD_WORD.test(l.text)) || /\s\*(?:\s|$)/.test(line);
    labels.forEach((label, c) => {
      if (values[c] !== '') out.push('', `${label.text}: ${values[c]}`);
    });
    out.push('');
  }
  return pairs >= 2 || (pairs === 1 && own) ? out : null;
}

/** Joins hyphenated line ends, and a paragraph that a removed page header cut in two. */
function joinBlocks(blocks: Block[]): string[] {
  const out: string[][] = [];
  for (const block of blocks) {
    const lines = joinHyphens(block.lines);
    const previous = out[out.length - 1];
    const last = previous?.[previous.length - 1]?.trim() ?? '';
    const first = lines[0]?.trim() ?? '';
    if (
      previous &&
      block.removedBefore &&
      last.length > 40 &&
      !SENTENCE_END.test(last) &&
      /^\p{Ll}/u.test(first)
    ) {
      previous[previous.length - 1] = joinLine(previous[previous.length - 1]!, first);
      previous.push(...lines.slice(1));
      continue;
    }
    out.push(lines);
  }
  return out.flatMap((lines, i) => (i === 0 ? lines : ['', ...lines]));
}

function joinHyphens(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    if (previous !== undefined && line.trim() === '') {
      out.push(line);
      continue;
    }
    if (previous !== undefined && /\p{L}-$/u.test(previous.trim()) && /^\p{Ll}/u.test(line.trim())) {
      const next = line.trim();
      if (!JOINING_WORDS.test(next)) {
        out[out.length - 1] = joinHyphenated(previous, next);
        continue;
      }
    }
    out.push(line);
  }
  return out;
}

function joinLine(a: string, b: string): string {
  return /\p{L}-$/u.test(a.trim()) && !JOINING_WORDS.test(b) ? joinHyphenated(a, b) : `${a.trimEnd()} ${b}`;
}

/** "sam-" + "arbete" → "samarbete"; an abbreviation keeps its hyphen: "EU-" + "kommissionen". */
function joinHyphenated(a: string, b: string): string {
  const head = a.trimEnd();
  return /\p{Lu}-$/u.test(head) ? head + b : head.slice(0, -1) + b;
}

import { splitSentences } from '../text/sentences.js';

/**
 * Turns a document's text (plain text or Markdown; other formats are converted to Markdown first) into
 * blocks a person would quote: headings, paragraphs, list items and short field lines.
 */
export type TextBlock =
  | { type: 'heading'; level: number; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list_item'; text: string; ordered: boolean; marker?: number }
  | { type: 'line'; text: string };

const LIST_ITEM = /^\s*(?:[-*•–·▪]|\d{1,2}[.)])\s+(.*)$/u;
const NUMBERED = /^\s*\d{1,2}[.)]\s+\S/;
const MD_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const SETEXT_UNDERLINE = /^\s*(=+|-+)\s*$/;

export function normalizeText(text: string): string {
  return (
    text
      .normalize('NFC')
      // A line break left as markup in copied web text ("Fågelskylt<br>Svar på medborgarförslag").
      .replace(/[ \t]*<br\s*\/?>[ \t]*/giu, '\n')
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .replace(/[\u00A0\u2007\u202F]/g, ' ')
      .replace(/\t/g, ' ')
  );
}

/** Removes Markdown emphasis and inline code markers, keeping the words. */
export function stripInlineMarkup(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\d*_])([*_])(?=\S)([\s\S]*?\S)\2(?![\p{L}\d])/gu, '$1$3')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/[ ]{2,}/g, ' ')
    .trim();
}

function splitIntoRawBlocks(text: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(line.replace(/\s+$/, ''));
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

const FIELD = /^[\p{L}][\p{L} .-]{1,24}:\s*\S.{0,80}$/u;
/**
 * A field whose value runs longer ("Ärende: Tjänsteresa till Bryssel den 19–21 januari 2027 för att delta i
 * …"): a field still when short fields stand with it, as in a register's entry.
 */
const LONG_FIELD = /^\p{Lu}[\p{L} .-]{1,40}:\s+\S/u;
const SENTENCE_END = /[.!?:;,…]["”’)]*$/;

/**
 * A newsroom's dateline under a headline: the kind of item, a bullet and the time it was published
 * ("Pressmeddelanden • Feb 26, 2027 09:00 CET", "Pressmeddelande · 2027-02-26 09:00", "Nyheter | 3 februari 2027").
 */
const NEWS_DATELINE =
  /^(?:\p{L}+\s+){0,2}\p{L}+\s+[•·|]\s+(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:,?\s+(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*(?:CET|CEST|UTC|GMT))?)?$/u;

const ATTACHMENTS = /^(?:bilag(?:a|or)(?:\s+\d+)?|attachments?|appendix|appendices|enclosures?)\s*:?$/iu;

/** An agenda item's caption: its number, a space, and a capital ("7 Svar på remiss …"). */
const AGENDA_ITEM = /^\s*(\d{1,3})\s+\p{Lu}/u;

/** The line below is the next item of the same agenda: both are items, numbered one after the other. */
function nextAgendaItem(line: string, below: string): boolean {
  const here = AGENDA_ITEM.exec(line);
  const there = AGENDA_ITEM.exec(below);
  return here !== null && there !== null && Number(there[1]) === Number(here[1]) + 1;
}

/**
 * A numbered line over a list numbered from 1 again ("5. Lärdomar och förslag" over "1. Lyons sätt …"): the line
 * is a chapter's heading over its own list, not an item of that list.
 */
function restartsUnder(line: string, below: string): boolean {
  const here = /^\s*(\d{1,2})[.)]/.exec(line);
  const there = /^\s*(\d{1,2})[.)]/.exec(below);
  return here !== null && there !== null && Number(there[1]) === 1 && Number(here[1]) > 1;
}

/** A plain-text heading: one short line, no closing punctuation, starting with a capital or a number. */
function looksLikeHeading(line: string): boolean {
  const t = line.trim();
  // An agenda item's caption ("7 Svar på remiss av … om kommunernas internationella samarbete") may be long.
  const longest = /^\d{1,3}\s+\p{Lu}/u.test(t) ? 200 : 90;
  return (
    t.length >= 3 &&
    t.length <= longest &&
    !SENTENCE_END.test(t) &&
    /^[\p{Lu}\d]/u.test(t) &&
    !t.includes(': ') &&
    // "Dnr 2027-118-1.5.1" on a line of its own is the case's number, a field over the text, no heading.
    !CASE_NUMBER_LINE.test(t) &&
    // Nor is a post's dateline ("Publicerad 8 februari 2027 av Rebecka Nyhus"): it says when, not what.
    !PUBLISHED_LINE.test(t)
  );
}

/** A web page's or a post's dateline: when it was published, and by whom. */
const PUBLISHED_LINE = /^(?:publicerad|publicerat|published|posted)\b.*\b(?:19|20)\d\d\b/iu;

/**
 * Short lines that are fields or signatures ("Handläggare: …", "Tfn: …", a name, a role). An agenda item's
 * caption broken at a comma over its plan's number ("6 Detaljplan för kv Fyrskeppet i stadsdelen Kristineberg,"
 * over "S-Dp 2002-11922-54") still ends no sentence.
 */
function isShortLineBlock(given: string[]): boolean {
  const lines =
    given.length >= 2 && AGENDA_ITEM.test(given[0]!)
      ? [given[0]!.replace(/,\s*$/, ''), ...given.slice(1)]
      : given;
  return (
    (lines.length >= 2 && lines.every((l) => l.trim().length <= 60 && !SENTENCE_END.test(l.trim()))) ||
    (lines.length >= 2 &&
      lines.length <= 4 &&
      lines.every((l) => l.trim().length <= 120 && !SENTENCE_END.test(l.trim())))
  );
}

/**
 * A short question over its answer ("Vem kan söka?" over "Du ska vara tillsvidareanställd …"), as a web page's
 * or a leaflet's questions and answers set it: one question, no other sentence before it.
 */
const QUESTION_HEADING = /^\p{Lu}[^.!?]{2,48}\?$/u;

/** "Bakgrund" on the line above its paragraph, with no blank line between (text from PDFs). */
function headingOnTop(lines: string[]): boolean {
  const first = lines[0]!.trim();
  const rest = lines.slice(1).join(' ').trim();
  return (
    lines.length >= 2 &&
    first.length <= 50 &&
    first.split(/\s+/).length <= 6 &&
    (looksLikeHeading(first) || QUESTION_HEADING.test(first)) &&
    !FIELD.test(first) &&
    /^\p{Lu}/u.test(rest) &&
    // A heading of a word or two may head a short sentence ("Ekonomi" over "Kostnaderna beräknas enligt
    // följande."); a longer first line must head a paragraph.
    (rest.length > 60 || (first.split(/\s+/).length <= 2 && rest.length > 25)) &&
    SENTENCE_END.test(rest)
  );
}

export function parseBlocks(rawText: string, markdown: boolean): TextBlock[] {
  // HTML comments in Markdown are notes to editors, not text to quote.
  const normalized = normalizeText(markdown ? rawText.replace(/<!--[\s\S]*?-->/g, '') : rawText);
  const deck = slideDeck(normalized, markdown);
  if (deck) return deck;
  const text = markdown ? normalized : numberedOnTheirOwnLines(normalized);
  const raw = splitIntoRawBlocks(text);
  const blocks: TextBlock[] = [];
  raw.forEach((lines, i) => {
    const next = raw[i + 1];
    // A plain text's table comes as Markdown rows from the layout reader (see `spacedTable`).
    if ((markdown || lines.every(isTableRow)) && lines.some(isTableRow))
      blocks.push(...withTableRows(lines, next));
    else blocks.push(...blocksFromLines(lines, next, markdown));
  });
  return splitLongParagraphs(
    markdown ? blocks : headingsWithBody(runTogetherPages(blocks).flatMap(frontPageFields)),
  );
}

/** A slide's marker in a presentation saved as text ("Slide 3", "Bild 3 av 12", "--- Slide 3 ---", "## Bild 3"). */
const SLIDE_MARKER =
  /^\s*(?:[-–—=#*]+\s*)?(?:slide|bild)\s+(\d{1,3})(?:\s*(?:of|av|\/)\s*\d{1,3})?\s*[-–—=*]*\s*:?\s*$/iu;
/** The speaker's notes under a slide ("Notes: …", "Anteckningar: …"): sentences, read as a paragraph. */
const SLIDE_NOTES = /^(?:speaker\s+notes|notes|anteckningar|talaranteckningar|stödanteckningar)\s*:/iu;

/**
 * A presentation saved as text: a marker line per slide ("Slide 1", "Slide 2" …, numbered on), the slide's
 * title on the line under it, then its points, one to a line, with or without bullets. Each slide's title
 * heads its points (the first slide's as the presentation's title), and each line is a point of its own, not
 * run into a paragraph with the lines around it, since slides set their points without full stops. Null when
 * the text has no three slide markers numbered one after the other.
 */
function slideDeck(text: string, markdown: boolean): TextBlock[] | null {
  const lines = text.split('\n');
  const markers = lines.flatMap((line, at) => {
    const m = SLIDE_MARKER.exec(line);
    return m ? [{ at, number: Number(m[1]) }] : [];
  });
  if (markers.length < 3) return null;
  if (markers.some((m, k) => k > 0 && m.number !== markers[k - 1]!.number + 1)) return null;
  const out: TextBlock[] = [];
  const before = lines.slice(0, markers[0]!.at).join('\n');
  if (before.trim()) out.push(...parseBlocks(before, markdown));
  markers.forEach((marker, k) => {
    const body = lines
      .slice(marker.at + 1, markers[k + 1]?.at ?? lines.length)
      .map((l) => l.trim())
      .filter((l) => l !== '');
    const [title, ...points] = body;
    if (title === undefined) return;
    out.push({
      type: 'heading',
      level: k === 0 ? 1 : 2,
      text: stripInlineMarkup(title.replace(/^#+\s*/, '')),
    });
    for (const point of points) {
      const item = LIST_ITEM.exec(point);
      const words = stripInlineMarkup(item ? item[1]! : point);
      if (!words) continue;
      if (item) out.push({ type: 'list_item', text: words, ordered: /^\s*\d/.test(point) });
      else out.push({ type: SLIDE_NOTES.test(words) ? 'paragraph' : 'line', text: words });
    }
  });
  return splitLongParagraphs(headingsWithBody(out));
}

/**
 * The section headings of a city report (utlåtande, PM, tjänsteutlåtande) as a PDF's transcript runs them into
 * the text: "… anför följande. Ärendet Utrikesdepartementet har remitterat …".
 */
const INLINE_HEADING =
  /(?:^|(?<=[.!?:]["”)]?\s))(Bilaga(?:\s+\d+)?\s+Reservation(?:er)?\s+m\.\s?m\.|Ärendet|Ärendena|Ärendets beredning|Beredning|Bakgrund|Sammanfattning|Mina synpunkter|Våra synpunkter|Förvaltningens synpunkter|Stadsledningskontorets synpunkter|Nämndens synpunkter|Remissinstansernas synpunkter|Remisser|Remissammanställning|Särskilt uttalande|Ersättaryttrande|Yrkanden|Beslutsgång)\s+(?=\p{Lu})/gu;
const PAGE_NUMBER_START = /^(\d{1,3})\s+(?=\p{Lu})/u;
/**
 * The set phrases that open a part of a city report, run on from a title without a full stop in a transcript
 * ("… Motion (2026:71) av Lena Ström (L) Kommunstyrelsen föreslår att …", "… (L) Reservation anförs av …").
 */
const RUN_IN_OPENING =
  /(?<=[\p{L}\d)]\s)(?=(?:Kommunstyrelsen|Borgarrådsberedningen|Stadsledningskontoret|Förvaltningen|Nämnden)\s+föreslår\s+(?:att|kommunfullmäktige|kommunstyrelsen)\b|Kommunstyrelsen\s+beslutar\s+för\s+egen\s+del\b|Föredragande\s+borgarråd(?:et|en)\s+\p{Lu}|Reservation\s+anförs\s+av\b|Särskilt\s+uttalande\s+görs\s+av\b|Ersättaryttrande\s+anförs\s+av\b)/gu;

/**
 * A PDF's transcript gives each page as one paragraph that starts with the page's number ("2 Beredning
 * Ärendet har remitterats …"), its section headings run into the text. The numbers, counted 1, 2, 3 … over
 * long paragraphs, are taken off, and each heading heads what follows it again.
 */
function runTogetherPages(blocks: TextBlock[]): TextBlock[] {
  let page = 1;
  return blocks.flatMap((block): TextBlock[] => {
    if (block.type !== 'paragraph') return [block];
    let text = block.text;
    const number = PAGE_NUMBER_START.exec(text);
    if (number && Number(number[1]) === page && text.length > 200) {
      text = text.slice(number[0].length);
      page++;
    }
    const out: TextBlock[] = [];
    const paragraphs = (part: string) => {
      for (const piece of part.split(RUN_IN_OPENING)) {
        if (piece.trim()) out.push({ type: 'paragraph', text: piece.trim() });
      }
    };
    let from = 0;
    for (const m of text.matchAll(INLINE_HEADING)) {
      paragraphs(text.slice(from, m.index));
      out.push({ type: 'heading', level: 2, text: m[1]! });
      from = m.index + m[0].length;
    }
    paragraphs(text.slice(from));
    return out;
  });
}

const LONE_DASH = /^\s*[-–—]\s*$/;
const LONE_NUMBER = /^\s*[•·]?\s*(\d{1,3})\s*$/;

/**
 * A meeting's web page may set each item as a dash, its number and its title on lines of their own
 * ("-", "4", "Stadens medlemskap i …") with its text right under: the number goes with the title as one
 * caption line ("4 Stadens medlemskap i …"), set apart from the text around it, and the dash is a break.
 */
function numberedOnTheirOwnLines(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (LONE_DASH.test(line)) {
      out.push('');
      continue;
    }
    const number = LONE_NUMBER.exec(line);
    if (number) {
      let k = i + 1;
      while (k < lines.length && lines[k]!.trim() === '') k++;
      const title = lines[k]?.trim() ?? '';
      if (/^\p{Lu}/u.test(title) && title.length <= 200 && !/[.!?]$/.test(title)) {
        out.push('', `${number[1]} ${title}`, '');
        i = k;
        continue;
      }
    }
    out.push(line);
  }
  return out.join('\n');
}

/**
 * The labels of a municipal protocol's front page whose value a PDF's text gives right after them. The
 * signatures' labels ("Sekreterare", "Ordförande", "Justerare") are left alone: their names come out of
 * the columns in another order than their labels. "Underskrifter" only ends the field before it.
 */
const FRONT_PAGE_LABEL =
  /(?<=^|\s)(Plats och tid|Beslutande|Övriga närvarande|Utses att justera|Justeringens plats och tid|Underskrifter)\s+(?=\p{Lu}|\d)/gu;

/**
 * A protocol's front page run into one paragraph ("… Plats och tid Sessionssalen, … kl. 14.00-16.50
 * Beslutande Kommunfullmäktiges samtliga ledamöter … Utses att justera Elisabeth Edlund (S) …"): each
 * label with the value after it is a field line of its own ("Utses att justera: Elisabeth Edlund (S) …").
 */
function frontPageFields(block: TextBlock): TextBlock[] {
  if (block.type !== 'paragraph') return [block];
  const labels = [...block.text.matchAll(FRONT_PAGE_LABEL)];
  if (new Set(labels.map((m) => m[1])).size < 3) return [block];
  const out: TextBlock[] = [];
  const before = block.text.slice(0, labels[0]!.index).trim();
  if (before) out.push({ type: 'paragraph', text: before });
  labels.forEach((m, i) => {
    const end = labels[i + 1]?.index ?? block.text.length;
    const value = block.text.slice(m.index + m[0].length, end).trim();
    // The signatures under "Underskrifter" stay as the text gives them.
    if (m[1] === 'Underskrifter')
      out.push({ type: 'paragraph', text: block.text.slice(m.index, end).trim() });
    else if (value) out.push({ type: 'paragraph', text: `${m[1]}: ${value}` });
  });
  return out;
}

/** Beyond this a paragraph is a page run together (a PDF's transcript), not one a writer made. */
const LONG_PARAGRAPH = 700;
/** The most a piece of such a page holds, in characters, unless one sentence alone is longer. */
const PIECE = 450;

/**
 * A page whose text was run together into one paragraph (as a PDF's transcript gives it) is read in pieces
 * of a few sentences: a passage is evidence in one place, and a page-long one would weigh a match on any
 * of its words as a match on the whole page's length.
 */
function splitLongParagraphs(blocks: TextBlock[]): TextBlock[] {
  return blocks.flatMap((block): TextBlock[] => {
    if (block.type !== 'paragraph' || block.text.length <= LONG_PARAGRAPH) return [block];
    const pieces: string[] = [];
    let current = '';
    for (const sentence of splitSentences(block.text)) {
      if (current && current.length + 1 + sentence.text.length > PIECE) {
        pieces.push(current);
        current = '';
      }
      current = current ? `${current} ${sentence.text}` : sentence.text;
    }
    if (current) pieces.push(current);
    return pieces.map((text) => ({ type: 'paragraph', text }));
  });
}

/**
 * A Markdown table row ("| Åtgärd | Ansvarig | Klart |"), as Markdown files and the converters of web pages and
 * Word documents write them; and its header's rule ("|---|:--:|").
 */
const TABLE_ROW = /^\s*\|.*\|\s*$/;

export function isTableRow(line: string): boolean {
  return TABLE_ROW.test(line);
}

const TABLE_RULE = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/**
 * A Markdown table is read as an HTML table is: one paragraph per row, its cells apart (" | "), without the
 * rule under the header; the lines around it are read as usual.
 */
function withTableRows(lines: string[], next: string[] | undefined): TextBlock[] {
  const out: TextBlock[] = [];
  let text: string[] = [];
  const flushText = (following: string[] | undefined) => {
    if (text.length > 0) out.push(...blocksFromLines(text, following, true));
    text = [];
  };
  for (const line of lines) {
    if (!isTableRow(line)) {
      text.push(line);
      continue;
    }
    flushText([line]);
    if (TABLE_RULE.test(line)) continue;
    const cells = line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((cell) => stripInlineMarkup(cell.trim()));
    // An empty cell keeps its place ("| | 2026 | 2024 |" over "| Antal svar | 41 | 34 |"), so that a row's
    // cells stay under their column's name; a row with no text at all says nothing.
    if (cells.some((cell) => cell !== ''))
      out.push({ type: 'paragraph', text: cells.map((cell) => cell || '–').join(' | ') });
  }
  flushText(next);
  return out;
}

/**
 * A plain-text heading with nothing under it before the next heading heads nothing: it is a line (an
 * agenda item's caption, a title), so that it is a passage of its own and quotable where it stands.
 */
function headingsWithBody(blocks: TextBlock[]): TextBlock[] {
  return blocks.map((block, i) => {
    const next = blocks[i + 1];
    return block.type === 'heading' && (next === undefined || next.type === 'heading')
      ? { type: 'line', text: block.text }
      : block;
  });
}

/** A rule drawn with dashes or underscores, as a PDF's transcript sets one over the footnotes. */
const RULE_LINE = /^\s*(?:-{3,}|_{3,}|={3,}|—{3,}|–{3,})\s*$/u;
/** A footnote: a line that opens with its superscript number ("¹ Lag (2006:544) om …"). */
const FOOTNOTE = /^\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s/u;

/**
 * A rule and the footnotes under it, without blank lines between (text from PDFs): the rule is no text,
 * and each footnote is a passage of its own, with its wrapped lines, not one paragraph with the others.
 */
function footnotes(lines: string[]): string[][] | null {
  if (!lines.some((l) => RULE_LINE.test(l)) && !lines.slice(1).some((l) => FOOTNOTE.test(l))) return null;
  const parts: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (RULE_LINE.test(line) || FOOTNOTE.test(line)) {
      if (current.length > 0) parts.push(current);
      current = RULE_LINE.test(line) ? [] : [line];
    } else current.push(line);
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

function blocksFromLines(lines: string[], next: string[] | undefined, markdown: boolean): TextBlock[] {
  // A newsroom's entry: its headline, a dateline ("Pressmeddelanden • Feb 26, 2027 09:00 CET") and its ingress.
  // Run together, the headline and the dateline would open the ingress's first sentence.
  const dateline = markdown ? -1 : lines.findIndex((l, k) => k > 0 && k <= 2 && NEWS_DATELINE.test(l.trim()));
  if (dateline > 0 && dateline < lines.length - 1) {
    const headline = stripInlineMarkup(
      lines
        .slice(0, dateline)
        .map((l) => l.trim())
        .join(' '),
    );
    if (headline.length <= 160 && !SENTENCE_END.test(headline))
      return [
        { type: 'heading', level: 2, text: headline },
        { type: 'line', text: lines[dateline]!.trim() },
        ...blocksFromLines(lines.slice(dateline + 1), next, markdown),
      ];
  }
  if (!markdown) {
    const parts = footnotes(lines);
    if (parts)
      return parts.flatMap((part, i) =>
        FOOTNOTE.test(part[0]!)
          ? [{ type: 'paragraph', text: stripInlineMarkup(part.map((l) => l.trim()).join(' ')) } as TextBlock]
          : blocksFromLines(part, parts[i + 1] ?? next, markdown),
      );
  }
  const out: TextBlock[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length === 0) return;
    const joined = stripInlineMarkup(paragraph.map((l) => l.trim()).join(' '));
    if (joined) out.push({ type: 'paragraph', text: joined });
    paragraph = [];
  };
  // One line over a block: a heading, unless both are items of one numbered list ("2. …" over "3. …"), or of
  // one agenda ("2 Nr 2001:25 av … RVII" over "3 Nr 2001:30 av …": the next item, numbered on).
  const siblings =
    next !== undefined &&
    ((NUMBERED.test(lines[0]!) && NUMBERED.test(next[0]!) && !restartsUnder(lines[0]!, next[0]!)) ||
      nextAgendaItem(lines[0]!, next[0]!));
  if (
    !markdown &&
    lines.length === 1 &&
    !siblings &&
    looksLikeHeading(lines[0]!) &&
    next &&
    followsAsBody(next)
  ) {
    return [{ type: 'heading', level: 2, text: stripInlineMarkup(lines[0]!.trim()) }];
  }
  const contents = markdown ? null : contentsEntries(lines);
  if (contents) return contents;
  const head = markdown ? 0 : itemHead(lines);
  if (head > 0) {
    return [
      ...lines.slice(0, head).map((l): TextBlock => ({ type: 'line', text: stripInlineMarkup(l.trim()) })),
      ...blocksFromLines(lines.slice(head), next, markdown),
    ];
  }
  // "Bilaga" / "Bilagor" over the list of attachments closes the text: it heads what follows, so the
  // attachments are not read as part of the last section.
  if (!markdown && lines.length >= 2 && ATTACHMENTS.test(lines[0]!.trim())) {
    return [
      { type: 'heading', level: 2, text: lines[0]!.trim().replace(/:$/, '') },
      ...lines.slice(1).map((l): TextBlock => ({ type: 'line', text: stripInlineMarkup(l.trim()) })),
    ];
  }
  // "Handläggare: …" / "Tfn: …" field lines stay apart in Markdown too; so do they under the kind of text
  // they head ("PROMEMORIA" over "Datum: …", "Till: …", "Från: …", "Ärende: …").
  // The kind over the subject ("UPPTECKNING" over "Öppen utfrågning om …") may head them both, and a case
  // number line ("Dnr KS 2027/0146") is one of the fields under them.
  const caption = (l: string | undefined) => l !== undefined && looksLikeHeading(l) && !FIELD.test(l.trim());
  const fieldsFrom =
    lines.length >= 3 && caption(lines[0]) ? (lines.length >= 4 && caption(lines[1]) ? 2 : 1) : 0;
  const isField = (l: string) => FIELD.test(l.trim()) || (fieldsFrom > 0 && CASE_NUMBER_LINE.test(l.trim()));
  if (lines.length >= 2 && lines.slice(fieldsFrom).every(isField)) {
    return lines.map((l) => ({ type: 'line', text: stripInlineMarkup(l.trim()) }));
  }
  // An entry of a register ("Nr 1" over "Beslutsdatum: …", "Dnr: …", "Ärende: …", "Beräknad kostnad: …"): its
  // fields stay apart when some run long, so that each is quoted as the field it is, not run into one
  // paragraph with the others.
  const fields = lines.slice(fieldsFrom).map((l) => l.trim());
  if (
    !markdown &&
    fields.filter((l) => FIELD.test(l)).length >= 2 &&
    fields.every((l) => FIELD.test(l) || LONG_FIELD.test(l))
  ) {
    return lines.map((l) => ({ type: 'line', text: stripInlineMarkup(l.trim()) }));
  }
  // "Projektägare: …", "Styrgrupp: … (avdelningschef, kulturstrategiska" over "avdelningen), …", "Projektledare: …"
  // and then a sentence: fields whose values wrap onto lines that go on in lower case or in brackets. Each field is
  // a line of its own, its wrapped value with it, and the text after the fields is read as text.
  const run = !markdown ? fieldRun(lines) : null;
  if (run) {
    return [
      ...run.fields.map((l): TextBlock => ({ type: 'line', text: stripInlineMarkup(l) })),
      ...(run.rest < lines.length ? blocksFromLines(lines.slice(run.rest), next, markdown) : []),
    ];
  }
  // "Kontakt" over a name, a title, a telephone number and an address: the label heads the contact lines.
  if (!markdown && lines.length >= 2 && CONTACT_LABEL.test(lines[0]!.trim())) {
    return [
      { type: 'heading', level: 2, text: lines[0]!.trim().replace(/:$/, '') },
      ...lines.slice(1).map((l): TextBlock => ({ type: 'line', text: stripInlineMarkup(l.trim()) })),
    ];
  }
  // "Beslut" or "Iakttagelser" on the line right above a numbered or bulleted list (text from PDFs, without the
  // blank line): a heading over the list, as it is with the blank line.
  if (
    !markdown &&
    lines.length >= 2 &&
    !LIST_ITEM.test(lines[0]!) &&
    LIST_ITEM.test(lines[1]!) &&
    looksLikeHeading(lines[0]!) &&
    lines[0]!.trim().split(/\s+/).length <= 5
  ) {
    return [
      { type: 'heading', level: 2, text: stripInlineMarkup(lines[0]!.trim()) },
      ...blocksFromLines(lines.slice(1), next, markdown),
    ];
  }
  // A web page's contact lines broken with <br> ("EU funding helpdesk, City Executive Office", "eufunding@…",
  // "Phone hours: …") stay apart too: short lines, none of which ends a sentence, one an e-mail address or a
  // telephone number.
  const shortLines = markdown
    ? lines.length >= 2 &&
      lines.every((l) => l.trim().length <= 60 && !SENTENCE_END.test(l.trim())) &&
      lines.some((l) => CONTACT_LINE.test(l))
    : isShortLineBlock(lines);
  if (shortLines && !lines.some((l) => LIST_ITEM.test(l))) {
    return joinWrappedLines(lines).map((l) => ({ type: 'line', text: stripInlineMarkup(l.trim()) }));
  }
  // A speech in a debate's transcript: "Anförande 4" and "Johanna Berg (V):" over what she said. The speaker
  // heads the speech, as a heading heads its section, so that what she says is hers in every sentence.
  const speaker = !markdown ? speakerHead(lines) : 0;
  if (speaker > 0) {
    const text = lines
      .slice(0, speaker)
      .map((l) => timedSpeaker(l) ?? l.trim().replace(/:$/, ''))
      .join(', ');
    return [{ type: 'heading', level: 2, text }, ...blocksFromLines(lines.slice(speaker), next, markdown)];
  }
  // "7. Membership fees from 2028" over the text of that point, as minutes number their points: the point's
  // title heads its text (a section), and is no list item to be quoted on its own.
  if (!markdown && NUMBERED.test(lines[0]!) && pointTitleOnTop(lines)) {
    return [
      { type: 'heading', level: 2, text: stripInlineMarkup(lines[0]!.trim()) },
      ...blocksFromLines(lines.slice(1), next, markdown),
    ];
  }
  if (!markdown && headingOnTop(lines) && !LIST_ITEM.test(lines[0]!)) {
    return [
      { type: 'heading', level: 2, text: stripInlineMarkup(lines[0]!.trim()) },
      ...blocksFromLines(lines.slice(1), next, markdown),
    ];
  }
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const heading = markdown ? MD_HEADING.exec(line) : null;
    if (heading) {
      flush();
      out.push({ type: 'heading', level: heading[1]!.length, text: stripInlineMarkup(heading[2]!) });
      continue;
    }
    const underline = markdown && k + 1 < lines.length ? SETEXT_UNDERLINE.exec(lines[k + 1]!) : null;
    if (underline && paragraph.length === 0) {
      out.push({
        type: 'heading',
        level: underline[1]!.startsWith('=') ? 1 : 2,
        text: stripInlineMarkup(line),
      });
      k++;
      continue;
    }
    // "Bilagor:" or "Förslag till beslut" on the line above a list leads the list; it is not the end of
    // the paragraph above.
    const ended = SENTENCE_END.test(paragraph[paragraph.length - 1]?.trim() ?? '');
    if (paragraph.length > 0 && isListLead(line, ended) && LIST_ITEM.test(lines[k + 1] ?? '')) {
      flush();
      out.push({ type: 'paragraph', text: stripInlineMarkup(line.trim()) });
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      flush();
      const number = /^\s*(\d{1,2})[.)]/.exec(line);
      out.push({
        type: 'list_item',
        text: stripInlineMarkup(item[1]!),
        ordered: number !== null,
        ...(number ? { marker: Number(number[1]) } : {}),
      });
      continue;
    }
    // In plain text, the short caption lines of a numbered agenda item ("Dnr …", its title,
    // "Handläggare: …") are lines of their own, not one paragraph.
    if (
      !markdown &&
      paragraph.length === 0 &&
      out.some((b) => b.type === 'list_item') &&
      isCaption(line) &&
      !wrapsOn(line, lines[k + 1])
    ) {
      out.push({ type: 'line', text: stripInlineMarkup(line.trim()) });
      continue;
    }
    const last = out[out.length - 1];
    // An agenda item's own caption lines indented under its numbered title ("Dnr KS 2027/141",
    // "Rotel: …", "Bordlagt 24 februari 2027", "Remiss från …") are lines of their own, not more of its title.
    if (!markdown && paragraph.length === 0 && isIndentedCaption(line, out)) {
      out.push({ type: 'line', text: stripInlineMarkup(line.trim()) });
      continue;
    }
    if (paragraph.length === 0 && last?.type === 'list_item' && /^\s{2,}\S/.test(line)) {
      last.text = stripInlineMarkup(`${last.text} ${line.trim()}`);
      continue;
    }
    paragraph.push(line);
  }
  flush();
  if (!markdown && out.length === 1 && out[0]!.type === 'paragraph' && lines.length === 1) {
    const only = out[0]!;
    // A lone short line without sentence punctuation is a field or caption, not prose.
    if (!SENTENCE_END.test(only.text) && only.text.length <= 90) return [{ type: 'line', text: only.text }];
  }
  return out;
}

/** A table of contents' entry: its title, a dot leader and the page ("2 Krav på leverantören ........ 3"). */
const CONTENTS_ENTRY = /^(.*?\S)\s*(?:\.\s?){4,}\s*\d{1,3}$/u;
/** A case number alone on a line under an entry ("KS 2027/0207"): the entry's case. */
const CASE_NUMBER_ONLY =
  /^(?:[A-ZÅÄÖ]{1,5}[- ]?)?(?:dnr\s*)?\d{4}[/-]\d{1,5}$|^(?:[A-ZÅÄÖ]{1,5}\s)?\d{1,4}[/-]\d{4}$/u;

/**
 * The entries of a table of contents, or of minutes' list of items, printed with dot leaders and page numbers:
 * each entry a line of its own, its title without the leader and the page ("§ 89 Medlemskap i nätverket …"),
 * an entry wrapped over two lines joined, and a case number under an entry kept with it. Run together, the
 * entries would read as one long sentence of titles and numbers. Lines after the last entry (a list of
 * appendices without page numbers) stay lines of their own. Null when fewer than two lines are entries.
 */
function contentsEntries(lines: string[]): TextBlock[] | null {
  if (lines.filter((l) => CONTENTS_ENTRY.test(l.trim())).length < 2) return null;
  const out: string[] = [];
  let pending: string[] = [];
  for (const line of lines) {
    const t = line.trim();
    const entry = CONTENTS_ENTRY.exec(t);
    if (entry) {
      // "Innehåll" over the first entry heads them; it is not the start of the entry.
      if (out.length === 0 && pending.length === 1 && pending[0]!.split(/\s+/).length <= 2)
        out.push(pending.shift()!);
      out.push([...pending, entry[1]!].join(' ').replace(/\s+/g, ' '));
      pending = [];
    } else if (pending.length === 0 && out.length > 0 && CASE_NUMBER_ONLY.test(t)) {
      out[out.length - 1] = `${out[out.length - 1]}, ${t}`;
    } else pending.push(t);
  }
  out.push(...pending);
  return out.map((text) => ({ type: 'line', text: stripInlineMarkup(text) }));
}

/** A speech's number in a transcript ("Anförande 4", "Anförande nr 12", "Anf. 3"). */
const SPEECH_NUMBER = /^(?:anförande|anf\.)\s*(?:nr\.?\s*)?\d{1,3}$/iu;
/**
 * A speaker's line: a name with the party in brackets and a colon, after the role spoken in
 * ("Borgarrådet Karin Wallenius (S):", "Emma Karlström (L):").
 */
const SPEAKER =
  /^(?:(?:[\p{L}-]+\s+)?(?:borgarrådet|ledamoten|ersättaren|ordföranden|ordförande|kommunalrådet|oppositionsrådet)\s+)?\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){1,3}\s+\([A-ZÅÄÖa-zåäö]{1,3}\)\s*:$/iu;

/**
 * A speaker's line in a transcript made from a recording: the time in the recording in brackets, then the
 * speaker, often in capitals, with a party or a role ("[00:07:48] MIRA LUND, chef för internationella
 * avdelningen:", "[00:04:05] OMAR NILSSON (S):", "[00:02:30] ORDFÖRANDEN:").
 */
const TIMED_SPEAKER =
  /^(\[\d{1,2}:\d{2}(?::\d{2})?\])\s+(\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,3}(?:\s+\([^()]{1,40}\))?(?:,\s+[^:]{3,80})?)\s*:$/u;
/** A section headed by a timed speaker's line, as `blocksFromLines` writes it ("[00:07:48] Mira Lund, chef …"). */
const TIMED_SPEECH = /^\[\d{1,2}:\d{2}(?::\d{2})?\]\s+(\S.*)$/u;

/** A timed speaker's line as a heading: the time kept, a name in capitals written as a name ("Mira Lund"). */
function timedSpeaker(line: string): string | null {
  const m = TIMED_SPEAKER.exec(line.trim());
  if (!m) return null;
  const speaker = m[2]!.replace(
    /\p{Lu}{2,}(?:[-']\p{Lu}+)*/gu,
    (w) => w.charAt(0) + w.slice(1).toLocaleLowerCase('sv'),
  );
  return `${m[1]} ${speaker}`;
}

/**
 * The speaker, and the speech's number when it has one, of a section headed as `blocksFromLines` heads a
 * speech ("Anförande 4, Johanna Berg (V)", "[00:07:48] Mira Lund"); null for any other section.
 */
export function speechOf(section: string | null): { speaker: string; number: string | null } | null {
  if (section === null) return null;
  const timed = TIMED_SPEECH.exec(section);
  if (timed) return { speaker: timed[1]!, number: null };
  const m = /^(?:(?:anförande|anf\.)\s*(?:nr\.?\s*)?(\d{1,3}),\s+)?(.+)$/iu.exec(section);
  if (!m || !SPEAKER.test(`${m[2]!}:`)) return null;
  return { speaker: m[2]!, number: m[1] ?? null };
}

/**
 * How many lines head a speech ("Anförande 4" and the speaker's line, or the speaker's line alone), with the
 * speech under them; 0 when the block is no speech.
 */
function speakerHead(lines: string[]): number {
  const numbered = SPEECH_NUMBER.test(lines[0]!.trim()) ? 1 : 0;
  const line = lines[numbered]?.trim() ?? '';
  return lines.length > numbered + 1 && (SPEAKER.test(line) || TIMED_SPEAKER.test(line)) ? numbered + 1 : 0;
}

/** A line of a contact: an e-mail address or a telephone number ("08-508 29 714", "+46 76 123 45 90"). */
const CONTACT_LINE = /[\w.+-]+@[\w-]+\.[\w.-]+|(?:\+\d{2}|\b0\d{1,3})[\s-]?\d{2,3}(?:[\s-]?\d{2,3}){2,3}\b/u;

/** The label of a contact block ("Kontakt", "Kontaktperson", "Upplysningar", "Contact"). */
const CONTACT_LABEL =
  /^(?:kontakt(?:person(?:er)?|uppgifter)?|kontakta oss|upplysningar|frågor|mer information|contacts?|contact persons?|further information|more information):?$/iu;

const ITEM_LABEL = /^(?:[A-ZÅÄÖ]{1,4}\s+)?§\s*\d{1,4}\b/u;

/** A § label with nothing after it but a case number set apart ("§ 2", "KS § 12", "§ 6      Dnr KS 2027/14"). */
function isBareItemLabel(line: string): boolean {
  const rest = line.replace(ITEM_LABEL, '').trim();
  return ITEM_LABEL.test(line) && (rest === '' || /^[.:]$/.test(rest) || CASE_NUMBER_LINE.test(rest));
}
const CASE_NUMBER_LINE = /^(?:[A-ZÅÄÖ]{1,5}[- ]?)?(?:dnr|diarienummer|diarienr)\b/i;
const SENDER_CAPTION = /^(?:svar på )?remiss från\b/i;

/**
 * The caption lines that open a § or an item when minutes are written without blank lines: "§ 2", its
 * title, "Dnr …", "Remiss från …", "Handläggare: …", above the item's prose. Returns how many there are
 * (0 when the block does not open with a § or a case number line, or has no prose under them).
 */
function itemHead(lines: string[]): number {
  const first = lines[0]!.trim();
  if (!ITEM_LABEL.test(first) && !CASE_NUMBER_LINE.test(first)) return 0;
  let k = 0;
  while (k < lines.length - 1) {
    const t = lines[k]!.trim();
    const caption =
      ITEM_LABEL.test(t) ||
      CASE_NUMBER_LINE.test(t) ||
      FIELD.test(t) ||
      (SENDER_CAPTION.test(t) && !SENTENCE_END.test(t)) ||
      // The title on the line under a bare "§ 2"; under "§ 2 Val av justerare" the next line is the text.
      (k > 0 &&
        isBareItemLabel(lines[k - 1]!.trim()) &&
        /^\p{Lu}/u.test(t) &&
        t.length <= 150 &&
        !/[.!?]$/.test(t));
    if (!caption) break;
    k++;
  }
  const rest = lines.slice(k).join(' ');
  return k > 0 && SENTENCE_END.test(rest.trim()) ? k : 0;
}

// Words a caption does not end on, nor a wrapped line start a new one with.
const FUNCTION_WORD =
  /^(?:och|eller|samt|för|med|mot|av|i|på|till|från|om|inom|mellan|under|över|utan|vid|den|det|de|en|ett|som|att|and|or|of|for|in|on|to|the|with)$/i;
const PERSON_LINE = /^\p{Lu}[\p{Ll}-]+(?:\s\p{Lu}[\p{Ll}-]+){1,3}$/u;

/**
 * A caption wrapped over two lines, as a narrow PDF column writes a long title: "… familjer med" over
 * "kopplingar till andra länder", or "… familjer" over "med kopplingar …". Lines are joined when one ends
 * on, or the next starts with, a word that cannot end a caption. A name over a role is left alone.
 */
function joinWrappedLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1]?.trim();
    const t = line.trim();
    const lastWord = previous?.split(/\s+/).at(-1) ?? '';
    const firstWord = t.split(/\s+/)[0] ?? '';
    const continues =
      previous !== undefined &&
      !SENTENCE_END.test(previous) &&
      !PERSON_LINE.test(previous) &&
      !FIELD.test(t) &&
      /^\p{Ll}/u.test(t) &&
      (FUNCTION_WORD.test(lastWord) || /\p{L}-$/u.test(lastWord) || FUNCTION_WORD.test(firstWord));
    if (continues) out[out.length - 1] = `${previous} ${t}`;
    else out.push(line);
  }
  return out;
}

function isListLead(line: string, afterSentence: boolean): boolean {
  const t = line.trim();
  if (t.length > 40 || LIST_ITEM.test(line)) return false;
  return t.endsWith(':') || (afterSentence && /^\p{Lu}/u.test(t) && !SENTENCE_END.test(t));
}

/**
 * A numbered point's title over its text: a short title without a sentence's end, then lines of running text
 * that end a sentence, with no other numbered or bulleted line among them.
 */
function pointTitleOnTop(lines: string[]): boolean {
  const title = LIST_ITEM.exec(lines[0]!)?.[1]?.trim() ?? '';
  const rest = lines.slice(1);
  return (
    rest.length >= 1 &&
    title.split(/\s+/).length <= 8 &&
    /^\p{Lu}/u.test(title) &&
    !SENTENCE_END.test(title) &&
    !FIELD.test(title) &&
    // An agenda's item opens with its case number ("3. Dnr KS 2027/155") and captions under it: not a point's title.
    !CASE_NUMBER_LINE.test(title) &&
    !/\d{4}\s*[/:]\s*\d/.test(title) &&
    !rest.some(
      (l) => /^[\p{L}][\p{L} .-]{1,24}:\s*\S.{0,40}$/u.test(l.trim()) && !SENTENCE_END.test(l.trim()),
    ) &&
    // An agenda indents what it says under an item ("1. Justering av protokoll" over "   Nämnden utser …").
    rest.every((l) => !LIST_ITEM.test(l) && !/^\s{2,}/.test(l)) &&
    /^\p{Lu}/u.test(rest[0]!.trim()) &&
    SENTENCE_END.test(rest[rest.length - 1]!.trim()) &&
    rest.join(' ').length > 40
  );
}

/**
 * Fields at the top of a block, two at least, each with the lines that go on with its value (starting in lower
 * case or with a bracket), up to the first line that starts otherwise; null when the block does not start so,
 * or when no field's value wraps (the simpler readings above take those).
 */
function fieldRun(lines: string[]): { fields: string[]; rest: number } | null {
  const fields: string[] = [];
  let wrapped = false;
  let k = 0;
  for (; k < lines.length; k++) {
    const t = lines[k]!.trim();
    if (LONG_FIELD.test(t) && !/^(?:https?|www)/i.test(t)) fields.push(t);
    else if (
      fields.length > 0 &&
      !SENTENCE_END.test(fields[fields.length - 1]!) &&
      (/^[\p{Ll}(]/u.test(t) || nameGoesOn(fields[fields.length - 1]!, t, lines[k + 1]))
    ) {
      fields[fields.length - 1] = `${fields[fields.length - 1]} ${t}`;
      wrapped = true;
    } else break;
  }
  return fields.length >= 2 && wrapped ? { fields, rest: k } : null;
}

/**
 * "Rotel III: Skolroteln; borgarrådet Kristina" over "Alvendal" and the next field: a name cut at the margin goes
 * on with a capitalised word or two on a line of its own, and the run of fields goes on after it.
 */
function nameGoesOn(field: string, line: string, next: string | undefined): boolean {
  return (
    /\p{Lu}\p{Ll}+$/u.test(field) &&
    /^\p{Lu}[\p{Ll}-]+(?:\s+\p{Lu}[\p{Ll}-]+)?$/u.test(line) &&
    (next === undefined || next.trim() === '' || LONG_FIELD.test(next.trim()))
  );
}

/**
 * A line of running text wrapped at the margin under a numbered point ("The meeting elected … as chair, and"
 * over "the secretary …"; "… for two years: Mette Kjær, Aarhus (chair), Hanna" over "Strand, Stockholm …"):
 * the next line goes on with it in lower case, or it holds the end of one sentence and the start of another.
 * Not a caption, which is quoted as a line of its own.
 */
function wrapsOn(line: string, next: string | undefined): boolean {
  const t = line.trim();
  if (next === undefined || next.trim() === '' || FIELD.test(t)) return false;
  if (/^\p{Ll}/u.test(next.trim())) return true;
  return t.length > 60 && /(?:[.!?]|\p{Ll}:)\s+\p{Lu}/u.test(t);
}

function isCaption(line: string): boolean {
  const t = line.trim();
  return t.length <= 90 && (!SENTENCE_END.test(t) || FIELD.test(t)) && !/^\s{2,}/.test(line);
}

/** A status an agenda writes under an item: tabled, referred back, to be checked at once. */
const ITEM_STATUS =
  /^(?:bordlag[dt]|återremitter(?:at|ad)|omedelbar justering|tabled|referred back|postponed)\b/iu;

/**
 * An indented caption line under a numbered item, or under such a caption line: a case number, a
 * "Label: value" field, the sender of a referral or the item's status. Wrapped text of the title is not.
 */
function isIndentedCaption(line: string, out: TextBlock[]): boolean {
  if (!/^\s{2,}\S/.test(line)) return false;
  let k = out.length - 1;
  while (k >= 0 && out[k]!.type === 'line') k--;
  const item = out[k];
  if (item?.type !== 'list_item' || !item.ordered) return false;
  const t = line.trim();
  return (
    CASE_NUMBER_LINE.test(t) ||
    ITEM_STATUS.test(t) ||
    (SENDER_CAPTION.test(t) && !SENTENCE_END.test(t)) ||
    (FIELD.test(t) && /^\p{Lu}/u.test(t))
  );
}

/** What may follow a plain-text heading: prose or a list, not another short caption. */
function followsAsBody(next: string[]): boolean {
  // A headline over its dateline heads the article under them.
  if (next.some((l) => LIST_ITEM.test(l)) || PUBLISHED_LINE.test(next[0]?.trim() ?? '')) return true;
  const joined = next.join(' ').trim();
  return joined.length > 90 || (SENTENCE_END.test(joined) && joined.length > 40);
}

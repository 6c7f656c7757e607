import type { Case } from '../knowledge/case.js';
import type { KnowledgeDocument } from '../knowledge/types.js';

/**
 * The body whose own paper a question names: "kulturförvaltningens tjänsteutlåtande", "Kungsholmens
 * stadsdelsförvaltnings yttrande". Many papers mention the same body (a district's answer to a referral names
 * the administration that coordinates it); the paper the question means is the one that body wrote, whose
 * letterhead names it.
 */
export type Issuer = {
  /** The body's word without its genitive and definite endings, lower case ("kulturförvaltning"). */
  body: string;
  /** A place or name in front of it ("kungsholmen"), or null. */
  place: string | null;
};

const BODY =
  '[\\p{L}-]*(?:förvaltning|nämnd|kontor|styrelse|revision|fullmäktige|beredning|råd|departement|myndighet|verk|bolag|stiftelse)';
const PAPER =
  '(?:tjänsteutlåtande|yttrande|remissvar|skrivelse|svar|beslut|protokoll|förslag|promemoria|pm|rapport|granskningsrapport|utlåtande|brev|ansökan)';
/** A genitive body right before the kind of paper, perhaps with one word between ("… nya yttrande"). */
const ISSUER = new RegExp(
  `(?<![\\p{L}])(?:(\\p{Lu}[\\p{L}-]+?)s\\s+)?(${BODY})(?:en|et)?s\\s+(?:\\p{L}+\\s+)?${PAPER}(?![\\p{L}])`,
  'iu',
);

export function issuerOf(question: string): Issuer | null {
  const m = ISSUER.exec(question);
  if (!m) return null;
  return { body: m[2]!.toLowerCase(), place: m[1]?.toLowerCase() ?? null };
}

/** The lines of a document above a case's title: its letterhead, dates and officer. */
const HEAD_LIMIT = 16;
/** A line of more words than this is prose, not a line of a letterhead. */
const PROSE_WORDS = 12;
/** "Till" over the addressee ("Till / Kulturnämnden"), or run in ("Till Kulturnämnden"). */
const ADDRESSEE = /^(?:till|to)(?:\s|$)/iu;

/**
 * The document's head as far as it speaks of its writer: the addressee ("Till Skärholmens stadsdelsnämnd") is
 * the body the paper goes to, not the one that wrote or signed it.
 */
export function letterheadOf(doc: KnowledgeDocument, c: Case): string {
  const titleAt = c.title ? doc.passages.findIndex((p) => p.id === c.title!.evidence.passageId) : -1;
  const end = titleAt > 0 ? Math.min(titleAt, HEAD_LIMIT) : HEAD_LIMIT;
  const lines: string[] = [];
  for (let k = 0; k < end; k++) {
    const text = doc.passages[k]!.text;
    // Prose begins the text: the head is over (a title on the first line leaves no other bound).
    if (text.split(/\s+/u).length > PROSE_WORDS) break;
    if (ADDRESSEE.test(text)) {
      // A bare "Till" heads the next line, which is the addressee.
      if (/^(?:till|to)$/iu.test(text.trim())) k++;
      continue;
    }
    lines.push(text);
  }
  return lines.join('\n');
}

/** True when the document's head names the body (and its place, when the question gives one). */
export function issuedBy(doc: KnowledgeDocument, c: Case, issuer: Issuer): boolean {
  const head = letterheadOf(doc, c).toLowerCase();
  return head.includes(issuer.body) && (issuer.place === null || head.includes(issuer.place));
}

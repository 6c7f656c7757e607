import { findDates } from '../text/dates.js';
import { isTableRow } from './blocks.js';

/**
 * What a web page, or a page of minutes, prints around its content: breadcrumbs, skip links, share
 * buttons, feedback questions, link labels, the page owner, the "Senast uppdaterad" line and the
 * signature boxes at the foot of every page of a protocol. None of it is content to quote.
 */

export const UPDATED =
  /^(?:senast\s+(?:uppdaterad|ändrad|granskad)|sidan\s+(?:senast\s+)?uppdaterad(?:\s+den)?|uppdaterad|last\s+updated|updated|page\s+last\s+updated)\b\s*:?\s*(.*)$/i;
const BREADCRUMB_SEPARATOR = /\s(?:>|\/|»|›|\|)\s/;
const BREADCRUMB_START =
  /^(?:(?:din position|du är här|you are here)\s*:\s*)?(?:start|hem|home|startsida)\s*(?:>|\/|»|›|\|)/i;
const PAGE_OWNER = /^(?:sidansvarig|sidägare|page owner|ansvarig för sidan)\s*:/i;
const SKIP_LINK =
  /^(?:skip to (?:main )?content|skip to main|skip navigation|hoppa (?:till|över) (?:huvudinnehåll(?:et)?|innehåll(?:et)?|navigering(?:en)?|menyn?)|gå till (?:sidans )?(?:innehåll|huvudinnehåll|meny)(?:et)?|till (?:huvud)?innehållet)$/i;
const SHARE_LEAD =
  /^(?:dela(?: sidan| artikeln)?|share(?: this page| this article)?|skriv ut|print(?: this page)?)$/i;
const SHARE_TARGET =
  /^(?:facebook|linkedin|x|twitter|e-post|epost|e-mail|email|mejl|skriv ut|print|kopiera länk|copy link)$/i;
const FEEDBACK =
  /^(?:var (?:informationen|sidan|innehållet) (?:till hjälp|användbar)\??|was this (?:page|information|article) (?:helpful|useful)\??|hittade du (?:det|vad) du sökte\??)$/i;
const FEEDBACK_ANSWER = /^(?:ja|nej|yes|no)$/i;
const RELATED_LEAD =
  /^(?:läs mer|relaterat|relaterade (?:sidor|länkar)|related(?: pages| links| content)?)$/i;
// A link's label standing alone: "Läs mer...", "Läs dokument (PDF)", "Ladda ned (PDF, 2 MB)".
// (A bare "Läs mer" leads a list of related links, which `dropWebLists` takes with it.)
const LINK_LABEL =
  /^(?:läs mer\s*(?:\.{2,}|…)|(?:läs dokument|läs hela (?:dokumentet|protokollet)|ladda (?:ned|ner)|download|öppna dokumentet)(?:\s*(?:\.{2,}|…))?(?:\s*\((?:pdf|docx?|word)[^)]*\))?)$/i;
// The boxes for initials at the foot of each page of minutes: "Justerandes signatur   Utdragsbestyrkande".
const SIGNATURE_BOX =
  /^(?:(?:justerandes|justerares|ordförandens?|sekreterarens?|protokollförarens?)\s+sign(?:atur|\.)?|justerarsignatur(?:er)?|utdragsbestyrkande)$/i;
const SENTENCE_END = /[.!?:;]["”’)]*$/;
// What a document-sharing site prints around a PDF's transcript: its size and page controls, a download
// link named after the file, the formats offered and the caption over the text.
const VIEWER =
  /^(?:storlek:\s*px|starta visningen från sidan:?|download\s+["“].*["”]|ladda ned\s+["“].*["”]|save this pdf as:?|(?:word|png|txt|jpg|pdf)(?:\s+(?:word|png|txt|jpg|pdf))+|transkript(?:ion)?|transcript)$/i;

// A comment's or a post's reactions and buttons: "👍 57   💬 6   Läst 1 204 gånger", "👍 4   Svara", "Svara".
const REACTIONS =
  /^(?:(?:👍|👎|❤️?|💬|♥|gilla|like|likes|svara|reply|läst\s+\d[\d\s]*\s+gånger|read\s+\d[\d,]*\s+times)\s*(?:\(\d+\)|\d[\d ]*)?\s*)+$/iu;

// The site's logo as its alternative text says it ("Logotyp för Stockholms stad"), repeated in print copies.
const LOGO = /^(?:logotyp|logga|logo(?:type)?)\s+(?:för|for|of)\s+[^.!?:;]{2,60}$/i;
// A row of the site's own buttons and links: its menu, search and language links, share buttons, or the
// footer's links ("Meny   Sök   Lyssna   In English", "Om webbplatsen   Tillgänglighet   Kakor"). Two or more
// of them alone on a line are the page's frame, whatever their order.
const SITE_LINK =
  '(?:meny|menu|sök|search|lyssna|listen|läs upp|in english|på svenska|other languages|andra språk|språk|languages?|lättläst|easy to read|teckenspråk|sign language|logga in|log in|dela(?: sidan)?|share|skriv ut|print|om webbplatsen|about (?:the|this) (?:web)?site|tillgänglighet(?:sredogörelse)?|accessibility(?: statement)?|(?:behandling av )?personuppgifter|privacy(?: policy)?|kakor|om kakor|cookies|webbkarta|sitemap)';
const SITE_LINKS = new RegExp(`^${SITE_LINK}(?:\\s+${SITE_LINK})+$`, 'i');

export function isWebChrome(line: string): boolean {
  // A table's row ("| Onsdag | 09.30 | Öppning |") is content, however short its cells.
  if (isTableRow(line)) return false;
  if (UPDATED.test(line) && findDates(line, null).length > 0) return true;
  if (PAGE_OWNER.test(line) || FEEDBACK.test(line) || SHARE_LEAD.test(line)) return true;
  if (SKIP_LINK.test(line) || LINK_LABEL.test(line) || VIEWER.test(line.trim())) return true;
  if (LOGO.test(line.trim()) || SITE_LINKS.test(line.trim())) return true;
  if (isSignatureBox(line) || REACTIONS.test(line.trim())) return true;
  if (/^-{3,}$|^_{3,}$|^={3,}$/.test(line)) return false;
  if (BREADCRUMB_START.test(line)) return true;
  const parts = line.split(BREADCRUMB_SEPARATOR);
  return parts.length >= 3 && parts.every((p) => p.length > 0 && p.length <= 50 && !SENTENCE_END.test(p));
}

/**
 * The places of a breadcrumb trail ("Din position: Hem > Stockholms stad > Södermalms stadsdelsnämnd >
 * Sammanträde 2027-05-18"), null for any other line. The trail is chrome, but it may name the page's owner.
 */
export function breadcrumbPlaces(line: string): string[] | null {
  const t = line.trim();
  if (!BREADCRUMB_START.test(t) || isTableRow(t)) return null;
  return t
    .replace(/^[^:>/»›|]*:\s*/, '')
    .split(BREADCRUMB_SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** A line of signature-box captions only (side by side, as in a page footer). */
function isSignatureBox(line: string): boolean {
  const parts = line.trim().split(/\s{2,}|\s*\|\s*/);
  return parts.length > 0 && parts.every((p) => SIGNATURE_BOX.test(p.trim()));
}

/** Share targets after a "Dela" line, answers after a feedback question, link lists after "Läs mer". */
export function dropWebLists(lines: string[]): string[] {
  const trimmed = lines.map((l) => l.trim());
  if (trimmed.length > 0 && trimmed.every((l) => SHARE_TARGET.test(l) || FEEDBACK_ANSWER.test(l))) return [];
  if (
    RELATED_LEAD.test(trimmed[0] ?? '') &&
    trimmed.slice(1).every((l) => l.length <= 80 && !SENTENCE_END.test(l))
  )
    return [];
  return lines;
}

/**
 * The line over a comment on a web page or an intranet post: who wrote it, where they work, and when ("Sofia
 * Lund, Skarpnäcks stadsdelsförvaltning · 8 februari 2027 kl. 10:14"). It heads the comment as a speaker's name
 * heads a speech, rather than running into its first sentence.
 */
const COMMENT_BYLINE =
  /^\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){1,3},\s+[^·]{2,70}?\s+·\s+(?=.*\b(?:19|20)\d\d\b).*\d{1,2}[:.]\d{2}$/u;

export function isCommentByline(line: string): boolean {
  return COMMENT_BYLINE.test(line.trim());
}

/**
 * Web pages (`.html`, `.htm`) to headings, paragraphs and list items: the main content only, without
 * the site's navigation, banners, footers, scripts and asides.
 */
import { type HTMLElement, parse } from 'node-html-parser';
import { blocksToMarkdown, cleanInline } from './blocks.js';
import { DocumentReadError } from './errors.js';
import { elementToBlocks, isHidden } from './html-blocks.js';
import { decodeText } from './text-encoding.js';

const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);

/** The charset a page declares in its first kilobytes (`<meta charset>` or `http-equiv`). */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? null;
}

/** `<main>` (or role=main), else the only `<article>`, else the body. */
function mainContent(root: HTMLElement): { el: HTMLElement; isPage: boolean } {
  const visible = (els: HTMLElement[]) => els.filter((el) => !isHidden(el));
  const main = visible(root.querySelectorAll('main, [role=main]'))[0];
  if (main) return { el: main, isPage: false };
  const articles = visible(root.querySelectorAll('article'));
  if (articles.length === 1) return { el: articles[0]!, isPage: false };
  return { el: root.querySelector('body') ?? root, isPage: true };
}

/**
 * The site's furniture rather than the page's content: navigation, asides, footers, and the page
 * header. A <header> inside <main> or an <article> holds that article's own title and is kept; so is an
 * article's fact box (`isFactBox`).
 */
function isChrome(node: HTMLElement, isPage: boolean): boolean {
  const tag = node.rawTagName?.toLowerCase() ?? '';
  if (tag === 'nav' || tag === 'footer') return true;
  if (tag === 'aside') return !isFactBox(node);
  if (tag === 'header') return isPage && node.parentNode?.closest('article, section') == null;
  return CHROME_ROLES.has(node.getAttribute('role') ?? '');
}

/** Headings of an aside that points elsewhere: related pages, read more, share. */
const LINKS_HEADING = /\b(?:relaterad\w*|läs (?:även|mer)|se även|dela|related|read more|see also|share)\b/iu;

/**
 * An aside within an article that has a heading of its own, other than one over links ("Fakta: …",
 * "Facts"): the article's fact box, part of its content. Other asides are the site's (related pages).
 */
function isFactBox(node: HTMLElement): boolean {
  const heading = node.querySelector('h2, h3, h4, h5, h6');
  if (node.parentNode?.closest('article') == null) return isContactBox(node, heading);
  return heading !== null && !LINKS_HEADING.test(heading.text);
}

/** A contact box's heading or class ("Kontakt", "Contact us", "Frågor om …", class="contact"). */
const CONTACT_HEADING =
  /^\s*(?:kontakt\w*|contacts?(?:\s+us)?|frågor\??|questions\??|har du frågor\??)\s*:?\s*$/iu;
const CONTACT_CLASS = /\b(?:contact|kontakt)\w*/iu;

/**
 * An aside in the page's main content that gives whom to contact about it (headed "Kontakt" or "Contact", or
 * marked as a contact box): the page's own contact, part of its content, as it is in an article. A page's other
 * asides within its main content (about the organisation, related pages) are the site's.
 */
function isContactBox(node: HTMLElement, heading: HTMLElement | null): boolean {
  if (node.parentNode?.closest('main, [role=main]') == null) return false;
  return (
    (heading !== null && CONTACT_HEADING.test(heading.text)) ||
    CONTACT_CLASS.test(node.getAttribute('class') ?? '')
  );
}

export function htmlToMarkdown(bytes: Uint8Array): string {
  const html = decodeText(bytes, declaredCharset(bytes)).text;
  const root = parse(html, {
    comment: false,
    lowerCaseTagName: true,
    blockTextElements: { script: true, noscript: true, style: true, pre: true },
  });
  const { el, isPage } = mainContent(root);
  const blocks = elementToBlocks(el, { skip: (node) => isChrome(node, isPage) });
  if (!blocks.some((b) => b.text.trim() !== '')) throw new DocumentReadError('the page has no text');
  if (!blocks.some((b) => b.kind === 'heading' && b.level === 1)) {
    const title = cleanInline(root.querySelector('title')?.text ?? '');
    if (title !== '') blocks.unshift({ kind: 'heading', level: 1, text: title });
  }
  return blocksToMarkdown(blocks);
}

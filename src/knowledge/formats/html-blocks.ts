/**
 * Walks an HTML element tree (node-html-parser) and produces headings, paragraphs and list items.
 * Used for web pages and for the HTML that mammoth makes of Word files.
 */
import { type HTMLElement, type Node, NodeType } from 'node-html-parser';
import { type Block, cleanInline, paragraphOrListItem } from './blocks.js';

/** Elements whose content is never document text. */
const NEVER_TEXT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'map',
  'img',
  'picture',
  'button',
  'select',
  'input',
  'textarea',
  'head',
  'title',
  'meta',
  'link',
]);

const HEADING = /^h([1-6])$/;

/** Tags that end the running paragraph. Everything else is inline. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'main',
  'p',
  'section',
  'summary',
  'caption',
]);

function tagOf(node: Node): string {
  return node.nodeType === NodeType.ELEMENT_NODE
    ? ((node as HTMLElement).rawTagName?.toLowerCase() ?? '')
    : '';
}

/** Hidden by the author: not part of what a reader sees. */
export function isHidden(el: HTMLElement): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style') ?? '';
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

export type WalkOptions = { skip?: (el: HTMLElement) => boolean };

class BlockWriter {
  readonly blocks: Block[] = [];
  private inline: string[] = [];

  constructor(private readonly options: WalkOptions) {}

  text(value: string): void {
    this.inline.push(value);
  }

  flush(): void {
    const text = cleanInline(this.inline.join(''));
    this.inline = [];
    if (text !== '') this.blocks.push(paragraphOrListItem(text));
  }

  walk(node: Node): void {
    if (node.nodeType === NodeType.TEXT_NODE) {
      this.text(node.text.replace(/[\t\n\r\f ]+/g, ' '));
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const el = node as HTMLElement;
    const tag = tagOf(el);
    if (NEVER_TEXT.has(tag) || isHidden(el) || this.options.skip?.(el)) return;
    this.element(el, tag);
  }

  private element(el: HTMLElement, tag: string): void {
    const heading = HEADING.exec(tag);
    if (tag === 'br') this.text('\n');
    else if (heading) this.heading(el, Number(heading[1]));
    else if (tag === 'ul' || tag === 'ol' || tag === 'menu') this.list(el);
    else if (tag === 'li') this.listItem(el, null);
    else if (tag === 'table') this.table(el);
    else if (tag === 'dl') this.definitionList(el);
    else if (tag === 'pre') {
      this.flush();
      this.text(el.text);
      this.flush();
    } else {
      const block = BLOCK_TAGS.has(tag);
      if (block) this.flush();
      const start = this.blocks.length;
      for (const child of el.childNodes) this.walk(child);
      if (block) this.flush();
      if (tag === 'article') this.headlineFirst(start);
    }
  }

  /**
   * An article (an event, a news card) that prints a date or a status above its headline ("14 SEP" and
   * "INSTÄLLT" over "Europaforum Stockholm 2027"): the short lines above belong to it, not to the article
   * before, so its headline is moved above them and heads them.
   */
  private headlineFirst(start: number): void {
    const at = this.blocks.findIndex((b, i) => i >= start && b.kind === 'heading');
    if (at <= start || at - start > 3) return;
    const above = this.blocks.slice(start, at);
    if (!above.every((b) => b.kind !== 'heading' && b.text.length <= 60)) return;
    const headline = this.blocks[at]!;
    this.blocks.splice(start, at - start + 1, headline, ...above);
  }

  private heading(el: HTMLElement, level: number): void {
    this.flush();
    const text = cleanInline(inlineText(el, this.options)).replace(/\n/g, ' ');
    if (text !== '') this.blocks.push({ kind: 'heading', level, text });
  }

  private list(el: HTMLElement): void {
    this.flush();
    const ordered = tagOf(el) === 'ol';
    let ordinal = ordered ? Number.parseInt(el.getAttribute('start') ?? '1', 10) || 1 : 0;
    for (const child of el.childNodes) {
      if (tagOf(child) === 'li') {
        const li = child as HTMLElement;
        const value = Number.parseInt(li.getAttribute('value') ?? '', 10);
        if (ordered && Number.isFinite(value)) ordinal = value;
        this.listItem(li, ordered ? ordinal++ : null);
      } else {
        this.walk(child);
        this.flush();
      }
    }
  }

  /**
   * The item's own text first, then any nested lists as further items. A nested list under a short label of
   * its own (a meeting page's "Bilagor" over the item's files) is one line, "Bilagor: Tjänsteutlåtande;
   * Stadgar": apart, the label would end the item's title and each file would be a passage that says
   * nothing of what it is.
   */
  private listItem(li: HTMLElement, ordinal: number | null): void {
    this.flush();
    if (isHidden(li) || this.options.skip?.(li)) return;
    if (holdsHeading(li)) {
      // An item with a heading of its own (a meeting page's numbered case: its title, its dnr, a summary, a
      // link) is a section under that heading: run together, it would be one passage of every field at once.
      for (const child of li.childNodes) this.walk(child);
      this.flush();
      return;
    }
    const nestedLists = li
      .querySelectorAll('ul, ol')
      .filter((nested) => nested.parentNode && closestList(nested.parentNode) === li);
    const labels = new Map<HTMLElement, HTMLElement>();
    for (const nested of nestedLists) {
      const label = listLabel(nested, this.options);
      if (label) labels.set(nested, label);
    }
    const labelNodes = new Set<Node>(labels.values());
    const own: WalkOptions = {
      ...this.options,
      skip: (node) => labelNodes.has(node) || (this.options.skip?.(node) ?? false),
    };
    const text = cleanInline(inlineText(li, own, true)).replace(/\n/g, ' ');
    if (text !== '') this.blocks.push({ kind: 'list_item', ordinal, text });
    for (const nested of nestedLists) {
      const label = labels.get(nested);
      if (!label) {
        this.list(nested);
        continue;
      }
      const items = nested.childNodes
        .filter((c) => tagOf(c) === 'li' && !isHidden(c as HTMLElement))
        .map((c) => cleanInline(inlineText(c as HTMLElement, this.options)).replace(/\n/g, ' '))
        .filter((t) => t !== '');
      const name = cleanInline(inlineText(label, this.options)).replace(/:$/, '');
      this.blocks.push({ kind: 'list_item', ordinal: null, text: `${name}: ${items.join('; ')}` });
    }
  }

  /**
   * A definition list (`<dt>Sista svarsdag</dt><dd>15 mars 2027</dd>`) becomes one line per term with its
   * descriptions ("Sista svarsdag: 15 mars 2027"), as a text document writes a field: apart, the bare
   * value "15 mars 2027" would be a passage of its own that says nothing of what it is.
   */
  private definitionList(el: HTMLElement): void {
    this.flush();
    const text = (node: HTMLElement) => cleanInline(inlineText(node, this.options)).replace(/\n/g, ' ');
    let term: string | null = null;
    let values: string[] = [];
    const emit = () => {
      const value = values.filter((v) => v !== '').join('; ');
      const line = term && value ? `${term.replace(/:$/, '')}: ${value}` : (term ?? value);
      if (line) this.blocks.push(paragraphOrListItem(line));
      term = null;
      values = [];
    };
    for (const child of el.childNodes) {
      const tag = tagOf(child);
      if (tag === 'dt') {
        if (term !== null || values.length > 0) emit();
        term = text(child as HTMLElement);
      } else if (tag === 'dd') {
        values.push(text(child as HTMLElement));
      } else if (tag === 'div') {
        // HTML allows each dt/dd group to be wrapped in a div.
        for (const inner of child.childNodes) {
          const t = tagOf(inner);
          if (t === 'dt') {
            if (term !== null || values.length > 0) emit();
            term = text(inner as HTMLElement);
          } else if (t === 'dd') values.push(text(inner as HTMLElement));
        }
      }
    }
    emit();
  }

  /**
   * A data table becomes one line per row, cells apart ("| Dag | Tid | Punkt |"). A table used for layout
   * (old intranet pages put whole pages in one) holds headings, lists or tables of its own and is read as
   * ordinary content.
   */
  private table(el: HTMLElement): void {
    this.flush();
    if (el.querySelector('h1, h2, h3, h4, h5, h6, ul, ol, table')) {
      for (const cell of el.querySelectorAll('td, th')) {
        if (cell.closest('table') !== el) continue;
        for (const child of cell.childNodes) this.walk(child);
        this.flush();
      }
      return;
    }
    for (const row of el.querySelectorAll('tr')) {
      const cells = row.childNodes
        .filter((c) => tagOf(c) === 'td' || tagOf(c) === 'th')
        .map((c) => cleanInline(inlineText(c as HTMLElement, this.options)).replace(/\n/g, ' '))
        .filter((t) => t !== '');
      // Written as a Markdown row, so that it is read as a row of a table, not as a trail of short links.
      if (cells.length > 0) this.blocks.push({ kind: 'paragraph', text: `| ${cells.join(' | ')} |` });
    }
  }
}

/** Most items a labelled nested list may hold to be read as one line. */
const MAX_LABELLED_ITEMS = 12;

/**
 * The short label element right before a nested list ("<p>Bilagor</p><ul>…"): at most three words without a
 * sentence's full stop, over a list of short items without lists of their own.
 */
function listLabel(list: HTMLElement, options: WalkOptions): HTMLElement | null {
  const siblings = list.parentNode?.childNodes ?? [];
  let at = siblings.indexOf(list) - 1;
  while (at >= 0 && siblings[at]!.nodeType === NodeType.TEXT_NODE && siblings[at]!.text.trim() === '') at--;
  const previous = at >= 0 ? siblings[at]! : null;
  if (!previous || previous.nodeType !== NodeType.ELEMENT_NODE) return null;
  const label = previous as HTMLElement;
  if (!['p', 'div', 'span', 'strong', 'b', 'em', 'h4', 'h5', 'h6'].includes(tagOf(label))) return null;
  const text = cleanInline(inlineText(label, options)).trim();
  if (text === '' || text.length > 40 || text.split(/\s+/).length > 3 || /[.!?]$/.test(text)) return null;
  const items = list.childNodes.filter((c) => tagOf(c) === 'li');
  if (items.length === 0 || items.length > MAX_LABELLED_ITEMS) return null;
  if (list.querySelector('ul, ol, table')) return null;
  return label;
}

/** Whether a list item holds a heading of its own (not one of a nested list's items). */
function holdsHeading(li: HTMLElement): boolean {
  return li
    .querySelectorAll('h1, h2, h3, h4, h5, h6')
    .some((h) => h.parentNode !== null && closestList(h.parentNode) === li);
}

/** The nearest enclosing `li` (the item a nested list belongs to). */
function closestList(node: HTMLElement): HTMLElement | null {
  let current: HTMLElement | null = node;
  while (current && tagOf(current) !== 'li') current = current.parentNode;
  return current;
}

/** All text below an element on one logical line; block children are separated by a space. */
function inlineText(el: HTMLElement, options: WalkOptions, skipLists = false): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      parts.push(node.text.replace(/[\t\n\r\f ]+/g, ' '));
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const child = node as HTMLElement;
    const tag = tagOf(child);
    if (NEVER_TEXT.has(tag) || isHidden(child) || options.skip?.(child)) return;
    if (skipLists && (tag === 'ul' || tag === 'ol')) return;
    if (tag === 'br') return void parts.push(' ');
    const block = BLOCK_TAGS.has(tag) || HEADING.test(tag) || tag === 'li' || tag === 'td' || tag === 'th';
    if (block) parts.push(' ');
    for (const c of child.childNodes) visit(c);
    if (block) parts.push(' ');
  };
  for (const c of el.childNodes) visit(c);
  return parts.join('');
}

export function elementToBlocks(root: HTMLElement, options: WalkOptions = {}): Block[] {
  const writer = new BlockWriter(options);
  writer.walk(root);
  writer.flush();
  return writer.blocks;
}

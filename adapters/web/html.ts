/**
 * A tiny HTML builder whose only job is escaping: every interpolated value is escaped unless it is
 * already `SafeHtml` (built by this module). Text from users and documents can therefore never become
 * markup by accident.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlPart = SafeHtml | string | number | null | undefined | false | readonly HtmlPart[];

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and for quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function partToString(part: HtmlPart): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof SafeHtml) return part.value;
  if (Array.isArray(part)) return part.map(partToString).join('');
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...values: HtmlPart[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += partToString(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Joins parts into one fragment (escaping plain strings). */
export function join(parts: readonly HtmlPart[]): SafeHtml {
  return new SafeHtml(parts.map(partToString).join(''));
}

/** Plain text with line breaks kept: blank lines separate paragraphs, single newlines become <br>. */
export function paragraphs(text: string, className?: string): SafeHtml {
  const cls = className ? html` class="${className}"` : '';
  return join(
    text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p.length > 0)
      .map(
        (p) =>
          html`<p${cls}>${join(p.split('\n').map((line, i) => (i === 0 ? line : [html`<br>`, line])))}</p>`,
      ),
  );
}

/** A heading at a level the caller decides (a reply's headings sit one below the page's). */
export function heading(level: number, content: HtmlPart, attrs?: SafeHtml): SafeHtml {
  const n = Math.min(6, Math.max(1, Math.round(level)));
  return html`${new SafeHtml(`<h${n}`)}${attrs ?? ''}>${content}${new SafeHtml(`</h${n}>`)}`;
}

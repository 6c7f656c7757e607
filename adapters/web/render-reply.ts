import type { Lang } from '../../src/core/lang.js';
import type { Action, Block, CitationRef, Reply } from '../../src/core/reply.js';
import { heading, html, join, paragraphs, type SafeHtml } from './html.js';
import { t } from './messages.js';
import { CSRF_FIELD } from './session.js';

export type ReplyContext = {
  csrf: string;
  /** The level of the reply's own headings, one below the heading that introduces the reply. */
  headingLevel: number;
  /** Where a button's result is shown when the page has no live conversation (the overview). */
  returnTo?: 'overview';
};

const FORM_IDS = new Set(['membership_add']);

function citation(ref: CitationRef, lang: Lang): SafeHtml {
  const parts: (SafeHtml | string)[] = [html`<cite>${ref.title}</cite>`];
  if (ref.dnr) parts.push(html`${t(lang, 'dnr')} <span class="dnr">${ref.dnr}</span>`);
  if (ref.section) parts.push(html`${t(lang, 'section')} ”${ref.section}”`);
  return html`<p class="citation"><span class="label">${t(lang, 'source')}:</span> ${join(
    parts.map((p, i) => (i === 0 ? p : [', ', p])),
  )} <span class="doc">(${ref.doc})</span>${
    ref.replacedBy
      ? html` <strong class="replaced">${t(lang, 'replacedBy', { title: ref.replacedBy })}</strong>`
      : ''
  }</p>`;
}

function action(a: Action, ctx: ReplyContext, lang: Lang): SafeHtml {
  if (a.id === 'open_form' && FORM_IDS.has(a.value)) {
    return html`<a class="button" href="/forms/${a.value}">${a.label || t(lang, 'openForm')}</a>`;
  }
  const style = a.style ? ` ${a.style}` : '';
  return html`<form method="post" action="/action" class="action-form">
<input type="hidden" name="${CSRF_FIELD}" value="${ctx.csrf}">
<input type="hidden" name="id" value="${a.id}">
<input type="hidden" name="value" value="${a.value}">
${ctx.returnTo ? html`<input type="hidden" name="return" value="${ctx.returnTo}">` : ''}
<button type="submit" class="action${style}">${a.label}</button>
</form>`;
}

function block(b: Block, ctx: ReplyContext, lang: Lang): SafeHtml {
  switch (b.type) {
    case 'heading':
      return heading(ctx.headingLevel, b.text);
    case 'text':
      return paragraphs(b.text, `tone-${b.tone ?? 'normal'}`);
    case 'quote':
      // The source documents are Swedish (DESIGN.md), whatever language the answer is in.
      return html`<blockquote lang="sv">${paragraphs(b.text)}</blockquote>`;
    case 'citation':
      return citation(b.citation, lang);
    case 'fields':
      return html`<dl class="fields">${b.fields.map(
        (f) => html`<div><dt>${f.label}</dt><dd>${paragraphs(f.value)}</dd></div>`,
      )}</dl>`;
    case 'list': {
      const items = b.items.map((item) => html`<li>${item}</li>`);
      return b.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
    }
    case 'actions':
      return html`<div class="actions">${b.actions.map((a) => action(a, ctx, lang))}</div>`;
    case 'form':
      // A form opens on its own page, where its fields have unique ids and its errors a summary.
      return html`<p><a class="button primary" href="/forms/${b.form.id}">${b.form.title}</a></p>`;
  }
}

/** The core's reply as HTML, in the reply's own language (a question is answered in its language). */
export function renderReply(reply: Reply, ctx: ReplyContext): SafeHtml {
  return html`<div class="reply reply-${reply.kind}" lang="${reply.lang}">${join(
    reply.blocks.map((b) => block(b, ctx, reply.lang)),
  )}</div>`;
}

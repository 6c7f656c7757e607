import type { Router } from 'express';
import type { Lang } from '../../src/core/lang.js';
import { route, type WebDeps } from './deps.js';
import { html, type SafeHtml } from './html.js';
import { t } from './messages.js';
import { table } from './overview-page.js';
import type { TicketRow } from './registers.js';
import { pageLang, sendPage } from './request.js';

function when(at: string, lang: Lang, timeZone: string): string {
  return new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', {
    timeZone,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(at));
}

function answerCell(row: TicketRow, lang: Lang, timeZone: string): SafeHtml | string {
  if (!row.answer) return '';
  const by = [row.answeredBy, row.answeredAt ? when(row.answeredAt, lang, timeZone) : null].filter(Boolean);
  return html`${row.answer}<br><span class="muted">${by.join(', ')}</span>`;
}

/** The questions sent to the international unit, newest first, with what Utblick said and the answer. */
export function renderTickets(rows: TicketRow[], lang: Lang, timeZone: string): SafeHtml {
  const columns = [
    t(lang, 'ticketNo'),
    t(lang, 'ticketState'),
    t(lang, 'ticketAsked'),
    t(lang, 'ticketQuestion'),
    t(lang, 'ticketUtblick'),
    t(lang, 'ticketAnswer'),
  ];
  const body = rows.map((row) => [
    String(row.id),
    t(lang, `ticket_${row.state}`),
    html`${when(row.askedAt, lang, timeZone)}<br><span class="muted">${row.askedBy}</span>`,
    row.question,
    row.utblickAnswer,
    answerCell(row, lang, timeZone),
  ]);
  return html`<h1>${t(lang, 'ticketsTitle')}</h1>
<p class="intro">${t(lang, 'ticketsIntro')}</p>
${rows.length === 0 ? html`<p>${t(lang, 'ticketsNone')}</p>` : table('tickets-table', { text: t(lang, 'ticketsTitle'), hidden: true }, columns, body)}`;
}

export function ticketsRoutes(router: Router, deps: WebDeps): void {
  router.get(
    '/tickets',
    route(deps, async (req, res) => {
      const session = deps.sessions.open(req, res);
      const lang = pageLang(req, session);
      const rows = (await deps.registers?.listTickets?.()) ?? [];
      const main = renderTickets(rows, lang, deps.config.timeZone);
      sendPage(req, res, { lang, title: t(lang, 'ticketsTitle'), nav: 'tickets', main });
    }),
  );
}

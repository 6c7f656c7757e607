import { AREA_LABELS, KIND_LABELS } from '../../src/commands/vocabulary.js';
import type { Lang } from '../../src/core/lang.js';
import type { Reply } from '../../src/core/reply.js';
import { FOCUS_AREAS } from '../../src/registry/model.js';
import { html, join, type SafeHtml } from './html.js';
import { t, type WebMessageKey } from './messages.js';
import {
  distinct,
  filterMemberships,
  type MembershipFilter,
  type MembershipRow,
  type ReferralRow,
  type ReferralState,
} from './registers.js';
import { renderReply } from './render-reply.js';

export { FOCUS_AREAS };

/** The core's own words for a focus area, so the page says what the chat says. */
export function areaLabel(area: string | null, lang: Lang): string {
  if (!area) return '';
  return (AREA_LABELS as Record<string, { sv: string; en: string }>)[area]?.[lang] ?? area;
}

export function kindLabel(kind: string, lang: Lang): string {
  return (KIND_LABELS as Record<string, { sv: string; en: string }>)[kind]?.[lang] ?? kind;
}

export type OverviewData =
  | { kind: 'registers'; memberships: MembershipRow[]; referrals: ReferralRow[] }
  /** Without a register reader: the replies of `membership list …` and `referral list all`. */
  | { kind: 'replies'; memberships: Reply; referrals: Reply };

export type OverviewView = {
  lang: Lang;
  csrf: string;
  summary: Reply;
  data: OverviewData;
  filter: MembershipFilter;
  csvHref: string;
  /** The result of a button pressed on this page (e.g. a referral marked answered). */
  done?: Reply | undefined;
};

/**
 * A table that becomes a stack of labelled cards on a narrow screen (the labels come from CSS) and
 * scrolls sideways inside its own focusable region in between, never the whole page. A caption that
 * only repeats the heading above it is kept for screen readers but not shown twice.
 */
export function table(
  id: string,
  caption: { text: string; hidden: boolean },
  columns: string[],
  rows: (string | SafeHtml)[][],
): SafeHtml {
  return html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="${id}-caption">
<table class="stack">
<caption id="${id}-caption"${caption.hidden ? html` class="visually-hidden"` : ''}>${caption.text}</caption>
<thead><tr>${columns.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
<tbody>${rows.map(
    (row) =>
      html`<tr>${row.map((cell, i) =>
        i === 0
          ? html`<th scope="row" data-label="${columns[i]!}">${cell}</th>`
          : html`<td data-label="${columns[i]!}">${cell}</td>`,
      )}</tr>`,
  )}</tbody>
</table>
</div>`;
}

function daysLeft(row: ReferralRow, lang: Lang): string {
  if (row.daysLeft === null) return '';
  if (row.daysLeft === 0) return t(lang, 'dueToday');
  if (row.daysLeft < 0) return t(lang, 'daysOverdue', { days: -row.daysLeft });
  return String(row.daysLeft);
}

const REFERRAL_GROUPS: { state: ReferralState; key: WebMessageKey }[] = [
  { state: 'overdue', key: 'overdue' },
  { state: 'due_soon', key: 'dueSoon' },
  { state: 'open', key: 'open' },
  { state: 'answered', key: 'answered' },
  { state: 'withdrawn', key: 'withdrawn' },
];

function referralTables(rows: ReferralRow[], lang: Lang): SafeHtml {
  const columns = [
    t(lang, 'colDnr'),
    t(lang, 'colTitle'),
    t(lang, 'colFrom'),
    t(lang, 'colDue'),
    t(lang, 'colDaysLeft'),
    t(lang, 'colWorkingDaysLeft'),
  ];
  return join(
    REFERRAL_GROUPS.filter((g) => g.state !== 'withdrawn' || rows.some((r) => r.state === g.state)).map(
      (g) => {
        const group = rows.filter((r) => r.state === g.state);
        const title = `${t(lang, g.key)} (${group.length})`;
        if (group.length === 0) return html`<h3>${title}</h3><p class="muted">${t(lang, 'none')}</p>`;
        const body = group.map((r) => [
          r.dnr,
          r.title,
          r.sender ?? '',
          r.due ?? '',
          daysLeft(r, lang),
          r.workingDaysLeft === null ? '' : String(r.workingDaysLeft),
        ]);
        return html`<h3 id="referrals-${g.state}">${title}</h3>${table(`referrals-${g.state}-table`, { text: title, hidden: true }, columns, body)}`;
      },
    ),
  );
}

function select(name: string, label: string, options: { value: string; label: string }[], chosen: string) {
  return html`<div class="field"><label for="filter-${name}">${label}</label>
<select id="filter-${name}" name="${name}">${options.map(
    (o) => html`<option value="${o.value}"${o.value === chosen ? html` selected` : ''}>${o.label}</option>`,
  )}</select></div>`;
}

function membershipFilterForm(view: OverviewView, bodies: string[]): SafeHtml {
  const { lang, filter } = view;
  const all = { value: '', label: t(lang, 'filterAll') };
  const bodyField =
    view.data.kind === 'registers'
      ? select(
          'body',
          t(lang, 'filterBody'),
          [all, ...bodies.map((b) => ({ value: b, label: b }))],
          filter.body ?? '',
        )
      : html`<div class="field"><label for="filter-body">${t(lang, 'filterBody')}</label>
<input type="text" id="filter-body" name="body" value="${filter.body ?? ''}"></div>`;
  return html`<form class="filters" method="get" action="/overview">
<fieldset><legend>${t(lang, 'filterLegend')}</legend>
${bodyField}
${select('area', t(lang, 'filterArea'), [all, ...FOCUS_AREAS.map((a) => ({ value: a, label: areaLabel(a, lang) }))], filter.area ?? '')}
${select(
  'status',
  t(lang, 'filterStatus'),
  [
    { value: 'active', label: t(lang, 'filterActive') },
    { value: 'ended', label: t(lang, 'filterEnded') },
    { value: 'all', label: t(lang, 'filterAll') },
  ],
  filter.status,
)}
<input type="hidden" name="lang" value="${lang}">
<button type="submit">${t(lang, 'filterButton')}</button>
</fieldset>
</form>`;
}

function membershipTable(rows: MembershipRow[], lang: Lang): SafeHtml {
  const columns = [
    t(lang, 'colOrganisation'),
    t(lang, 'colBody'),
    t(lang, 'colArea'),
    t(lang, 'colBenefit'),
    t(lang, 'colContact'),
    t(lang, 'colSince'),
    t(lang, 'colUntil'),
    t(lang, 'colStatus'),
  ];
  const body = rows.map((m) => [
    m.organisation,
    m.body ?? '',
    areaLabel(m.area, lang),
    m.benefit,
    m.contact ?? '',
    m.since ?? '',
    m.until ?? '',
    m.active ? t(lang, 'active') : `${t(lang, 'ended')}${m.endDate ? ` ${m.endDate}` : ''}`,
  ]);
  return table(
    'memberships-table',
    { text: t(lang, 'count', { count: rows.length }), hidden: false },
    columns,
    body,
  );
}

export function renderOverview(view: OverviewView): SafeHtml {
  const { lang, data } = view;
  const reply = (r: Reply) => renderReply(r, { csrf: view.csrf, headingLevel: 3, returnTo: 'overview' });
  const bodies = data.kind === 'registers' ? distinct(data.memberships.map((m) => m.body)) : [];
  const memberships =
    data.kind === 'registers'
      ? html`${membershipTable(filterMemberships(data.memberships, view.filter), lang)}
<p><a class="button" href="${view.csvHref}" download>${t(lang, 'csvLink')}</a></p>`
      : reply(data.memberships);
  return html`<h1>${t(lang, 'overviewTitle')}</h1>
${view.done ? html`<section class="success" role="status" aria-label="${t(lang, 'result')}">${reply(view.done)}</section>` : ''}
${data.kind === 'replies' ? html`<p class="notice">${t(lang, 'noRegisters')}</p>` : ''}
<section aria-labelledby="now-heading"><h2 id="now-heading">${t(lang, 'now')}</h2>${reply(view.summary)}</section>
<section aria-labelledby="referrals-heading"><h2 id="referrals-heading">${t(lang, 'referrals')}</h2>
${data.kind === 'registers' ? referralTables(data.referrals, lang) : reply(data.referrals)}
</section>
<section aria-labelledby="memberships-heading"><h2 id="memberships-heading">${t(lang, 'memberships')}</h2>
${membershipFilterForm(view, bodies)}
${memberships}
</section>`;
}

import type { Request, Router } from 'express';
import type { Lang } from '../../src/core/lang.js';
import { route, type WebDeps } from './deps.js';
import { membershipsCsv } from './membership-csv.js';
import { t } from './messages.js';
import { FOCUS_AREAS, type OverviewData, renderOverview } from './overview-page.js';
import { filterMemberships, type MembershipFilter } from './registers.js';
import { pageLang, queryValue, sendPage, sendProblem, webInput } from './request.js';

function filterOf(req: Request): MembershipFilter {
  const body = queryValue(req, 'body')?.trim();
  const area = queryValue(req, 'area');
  const status = queryValue(req, 'status');
  return {
    body: body || undefined,
    area: FOCUS_AREAS.includes(area as (typeof FOCUS_AREAS)[number]) ? area : undefined,
    status: status === 'ended' || status === 'all' ? status : 'active',
  };
}

function filterQuery(filter: MembershipFilter, lang: Lang): string {
  const params = new URLSearchParams();
  if (filter.body) params.set('body', filter.body);
  if (filter.area) params.set('area', filter.area);
  params.set('status', filter.status);
  params.set('lang', lang);
  return params.toString();
}

/** Without a register reader, the same filter as a command (DESIGN.md command language). */
function membershipListCommand(filter: MembershipFilter): string {
  const parts = ['membership list'];
  if (filter.body) parts.push(`body:"${filter.body.replace(/"/g, '')}"`);
  if (filter.area) parts.push(`area:${filter.area}`);
  if (filter.status !== 'active') parts.push('ended');
  return parts.join(' ');
}

async function overviewData(deps: WebDeps, filter: MembershipFilter, lang: Lang): Promise<OverviewData> {
  if (deps.registers) {
    const [memberships, referrals] = await Promise.all([
      deps.registers.listMemberships(),
      deps.registers.listReferrals(),
    ]);
    return { kind: 'registers', memberships, referrals };
  }
  const [memberships, referrals] = await Promise.all([
    deps.core.handle(webInput(membershipListCommand(filter), lang)),
    deps.core.handle(webInput('referral list all', lang)),
  ]);
  return { kind: 'replies', memberships, referrals };
}

/** Today's date in UTBLICK_TZ, for the export's file name. */
function today(deps: WebDeps): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: deps.config.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(deps.clock.now());
}

export function overviewRoutes(router: Router, deps: WebDeps): void {
  router.get(
    '/overview',
    route(deps, async (req, res) => {
      const session = deps.sessions.open(req, res);
      const lang = pageLang(req, session);
      const filter = filterOf(req);
      const [summary, data] = await Promise.all([
        deps.core.overview(webInput('', lang)),
        overviewData(deps, filter, lang),
      ]);
      const main = renderOverview({
        lang,
        csrf: deps.sessions.tokenFor(session.id),
        summary,
        data,
        filter,
        csvHref: `/overview/memberships.csv?${filterQuery(filter, lang)}`,
        done: session.turns.find((turn) => turn.id === Number(queryValue(req, 'done')))?.reply,
      });
      sendPage(req, res, { lang, title: t(lang, 'overviewTitle'), nav: 'overview', main });
    }),
  );

  router.get(
    '/overview/memberships.csv',
    route(deps, async (req, res) => {
      const lang = pageLang(req, null);
      if (!deps.registers) return sendProblem(req, res, 404, lang, 'csvUnavailable');
      const rows = filterMemberships(await deps.registers.listMemberships(), filterOf(req));
      const name = `${lang === 'sv' ? 'medlemskap' : 'memberships'}-${today(deps)}.csv`;
      res
        .status(200)
        .type('text/csv; charset=utf-8')
        .set('Content-Disposition', `attachment; filename="${name}"`)
        .send(membershipsCsv(rows, lang));
    }),
  );
}

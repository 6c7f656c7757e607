import { describe, expect, it } from 'vitest';
import { type OverviewView, renderOverview } from '../../adapters/web/overview-page.js';
import type { MembershipRow, ReferralRow } from '../../adapters/web/registers.js';
import type { Reply } from '../../src/core/reply.js';

const summary: Reply = {
  lang: 'sv',
  kind: 'command',
  summary: '',
  blocks: [{ type: 'text', text: 'Två remisser är öppna.' }],
};

function referral(
  dnr: string,
  state: ReferralRow['state'],
  daysLeft: number | null,
  workingDaysLeft: number | null,
): ReferralRow {
  return {
    id: dnr,
    dnr,
    title: `Ärende ${dnr}`,
    sender: 'Kommunstyrelsen',
    ourBody: null,
    due: '2026-12-01',
    state,
    daysLeft,
    workingDaysLeft,
  };
}

function membership(organisation: string, body: string, area: string | null, active: boolean): MembershipRow {
  return {
    id: organisation,
    organisation,
    kind: 'network',
    body,
    area,
    benefit: 'Nytta',
    contact: null,
    since: null,
    until: null,
    active,
    endDate: active ? null : '2026-06-30',
  };
}

const referrals = [
  referral('KS 1', 'overdue', -3, 0),
  referral('KS 2', 'due_soon', 5, 3),
  referral('KS 3', 'open', 40, 27),
  referral('KS 4', 'answered', null, null),
  referral('KS 5', 'due_soon', 0, 0),
];
const memberships = [
  membership('Eurocities', 'Kulturnämnden', 'bevakning', true),
  membership('ICLEI', 'Miljö- och hälsoskyddsnämnden', 'verksamhetsutveckling', true),
  membership('Gammalt nätverk', 'Kulturnämnden', null, false),
];

function view(filter: OverviewView['filter'], lang: 'sv' | 'en' = 'sv'): string {
  return renderOverview({
    lang,
    csrf: 't',
    summary,
    data: { kind: 'registers', memberships, referrals },
    filter,
    csvHref: '/overview/memberships.csv?status=active',
  }).value;
}

/** The rows of the table that follows a heading, as the text of their header cells. */
function rowsUnder(page: string, headingStart: string): string[] {
  const from = page.indexOf(headingStart);
  const table = page.slice(from, page.indexOf('</table>', from));
  return [...table.matchAll(/<th scope="row"[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]!);
}

describe('the overview of referrals', () => {
  const page = view({ status: 'active' });

  it('groups referrals as overdue, due soon, open and answered', () => {
    expect(rowsUnder(page, '<h3 id="referrals-overdue">')).toEqual(['KS 1']);
    expect(rowsUnder(page, '<h3 id="referrals-due_soon">')).toEqual(['KS 2', 'KS 5']);
    expect(rowsUnder(page, '<h3 id="referrals-open">')).toEqual(['KS 3']);
    expect(rowsUnder(page, '<h3 id="referrals-answered">')).toEqual(['KS 4']);
    expect(page).toContain('Försenade (1)');
  });

  it('shows the due date, days and working days left as the register computed them', () => {
    expect(page).toContain(
      '<td data-label="Dagar kvar">3 dagar sedan</td><td data-label="Arbetsdagar kvar">0</td>',
    );
    expect(page).toContain('<td data-label="Dagar kvar">i dag</td>');
    expect(page).toContain(
      '<td data-label="Senast">2026-12-01</td><td data-label="Dagar kvar">5</td><td data-label="Arbetsdagar kvar">3</td>',
    );
  });

  it("shows the core's own summary", () => {
    expect(page).toContain('Två remisser är öppna.');
  });
});

describe('the overview of memberships', () => {
  it('shows active memberships by default and offers every body in the filter', () => {
    const page = view({ status: 'active' });
    expect(rowsUnder(page, 'id="memberships-heading"')).toEqual(['Eurocities', 'ICLEI']);
    expect(page).toContain('<option value="Kulturnämnden">Kulturnämnden</option>');
    expect(page).toContain('<option value="Miljö- och hälsoskyddsnämnden">');
  });

  it('filters by body, focus area and ended', () => {
    expect(rowsUnder(view({ status: 'all', body: 'Kulturnämnden' }), 'id="memberships-heading"')).toEqual([
      'Eurocities',
      'Gammalt nätverk',
    ]);
    expect(
      rowsUnder(view({ status: 'active', area: 'verksamhetsutveckling' }), 'id="memberships-heading"'),
    ).toEqual(['ICLEI']);
    const ended = view({ status: 'ended' }, 'en');
    expect(rowsUnder(ended, 'id="memberships-heading"')).toEqual(['Gammalt nätverk']);
    expect(ended).toContain('<td data-label="Status">Ended 2026-06-30</td>');
    expect(ended).toContain('<option value="ended" selected>Ended</option>');
  });

  it('links the CSV export with the same filter', () => {
    expect(view({ status: 'active' })).toContain(
      '<a class="button" href="/overview/memberships.csv?status=active" download>',
    );
  });
});

describe('the overview without a register reader', () => {
  it('falls back to the replies of the list commands', () => {
    const list = (text: string): Reply => ({
      lang: 'sv',
      kind: 'command',
      summary: '',
      blocks: [{ type: 'text', text }],
    });
    const page = renderOverview({
      lang: 'sv',
      csrf: 't',
      summary,
      data: {
        kind: 'replies',
        memberships: list('Medlemskapen: Eurocities'),
        referrals: list('Remisserna: KS 1'),
      },
      filter: { status: 'active' },
      csvHref: '/x',
    }).value;
    expect(page).toContain('Medlemskapen: Eurocities');
    expect(page).toContain('Remisserna: KS 1');
    expect(page).not.toContain('<table');
    expect(page).toContain('<input type="text" id="filter-body" name="body" value="">');
  });
});

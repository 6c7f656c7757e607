import type { Lang } from '../../src/core/lang.js';
import { toCsv } from '../../src/text/csv.js';
import { t } from './messages.js';
import { areaLabel, kindLabel } from './overview-page.js';
import type { MembershipRow } from './registers.js';

/** The registrar's export: one row per membership, headed in the page's language. */
export function membershipsCsv(rows: MembershipRow[], lang: Lang): string {
  const header = [
    t(lang, 'colId'),
    t(lang, 'colOrganisation'),
    t(lang, 'colKind'),
    t(lang, 'colBody'),
    t(lang, 'colArea'),
    t(lang, 'colBenefit'),
    t(lang, 'colContact'),
    t(lang, 'colSince'),
    t(lang, 'colUntil'),
    t(lang, 'colStatus'),
    t(lang, 'colEnded'),
  ];
  return toCsv(
    header,
    rows.map((m) => [
      m.id,
      m.organisation,
      kindLabel(m.kind, lang),
      m.body,
      areaLabel(m.area, lang),
      m.benefit,
      m.contact,
      m.since,
      m.until,
      m.active ? t(lang, 'active') : t(lang, 'ended'),
      m.endDate,
    ]),
  );
}

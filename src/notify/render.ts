import { DateTime } from 'luxon';
import { formatLongDate as formatLongDateSlow } from '../calendar/index.js';
import type { Lang } from '../core/lang.js';
import type { Block, Field, Reply } from '../core/reply.js';
import type { NotificationKind, Referral } from '../registry/model.js';
import { t } from './messages.js';
import { addDays, countdownWith, type WorkingCalendar } from './points.js';

const longDates = new Map<string, string>();
/** `fredag 25 september 2026`, remembered: the same few dates are formatted for every subscription. */
function formatLongDate(date: string, lang: Lang): string {
  const key = `${lang}${date}`;
  let text = longDates.get(key);
  if (text === undefined) {
    text = formatLongDateSlow(date, lang);
    if (longDates.size > 5000) longDates.clear();
    longDates.set(key, text);
  }
  return text;
}

/** How far ahead the weekly digest looks. */
export const DIGEST_HORIZON_DAYS = 27;
/** At most this many lines per digest section, so that a long backlog still fits one message. */
export const DIGEST_MAX_LINES = 20;

/** "10 dagar kvar (7 arbetsdagar)", "Sista svarsdagen är i dag", "Försenad med 3 dagar (1 arbetsdag)". */
export function timeLeftText(today: string, due: string, lang: Lang, cal: WorkingCalendar): string {
  const c = countdownWith(today, due, cal);
  if (c.days === 0) return t(lang, 'left_today');
  if (c.overdue) return t(lang, 'left_overdue', { days: -c.days, working: -c.workingDays });
  return t(lang, 'left', { days: c.days, working: c.workingDays });
}

type ReferralKind = Exclude<NotificationKind, 'digest' | 'admin_alert'>;

const HEADINGS = {
  new: 'heading_new',
  reminder: 'heading_reminder',
  due_today: 'heading_due_today',
  overdue: 'heading_overdue',
} as const;

function leadText(kind: ReferralKind, r: Referral, lang: Lang): string {
  if (!r.due) return t(lang, 'lead_new_no_due', { dnr: r.dnr });
  const due = formatLongDate(r.due, lang);
  const key =
    kind === 'new' ? 'lead_new' : kind === 'due_today' ? 'lead_due_today' : (`lead_${kind}` as const);
  return t(lang, key, { dnr: r.dnr, due });
}

/**
 * The message about one referral: title, case number, due date with its weekday, days and working days
 * left (counted on the day it goes out), and a button to mark it answered. Plain text throughout: the
 * adapters escape it for their markup.
 */
export function referralNotice(
  kind: ReferralKind,
  r: Referral,
  today: string,
  lang: Lang,
  cal: WorkingCalendar,
): Reply {
  const heading = t(lang, HEADINGS[kind], { title: r.title });
  const left = r.due ? timeLeftText(today, r.due, lang, cal) : null;
  const fields: Field[] = [{ label: t(lang, 'label_dnr'), value: r.dnr }];
  if (r.due) {
    fields.push({ label: t(lang, 'label_due'), value: formatLongDate(r.due, lang) });
    fields.push({ label: t(lang, 'label_left'), value: left! });
  }
  if (r.sender) fields.push({ label: t(lang, 'label_from'), value: r.sender });
  if (r.ourBody) fields.push({ label: t(lang, 'label_to'), value: r.ourBody });
  const blocks: Block[] = [
    { type: 'heading', text: heading },
    { type: 'text', text: leadText(kind, r, lang), tone: kind === 'overdue' ? 'warning' : 'normal' },
    { type: 'fields', fields },
    {
      type: 'actions',
      actions: [
        { id: 'referral_done', label: t(lang, 'action_done'), value: String(r.id), style: 'primary' },
      ],
    },
    { type: 'text', text: t(lang, 'hint_done', { dnr: r.dnr }), tone: 'muted' },
  ];
  const summary = left ? t(lang, 'summary', { heading, dnr: r.dnr, left }) : heading;
  return { lang, kind: 'notification', summary, blocks };
}

/** The open referrals the digest lists: overdue ones, and those due within the horizon. */
export function digestReferrals(referrals: Referral[], today: string): Referral[] {
  const horizon = addDays(today, DIGEST_HORIZON_DAYS);
  return referrals
    .filter((r) => r.status === 'open' && r.due !== null && r.due <= horizon)
    .sort((a, b) => a.due!.localeCompare(b.due!) || a.id - b.id);
}

/** The weekly digest; null when there is nothing to say (an empty digest is noise). */
export function digestReply(
  referrals: Referral[],
  today: string,
  lang: Lang,
  cal: WorkingCalendar,
): Reply | null {
  const listed = digestReferrals(referrals, today);
  if (listed.length === 0) return null;
  const week = DateTime.fromISO(today, { zone: 'UTC' }).weekNumber;
  const line = (r: Referral) =>
    t(lang, 'digest_line', {
      dnr: r.dnr,
      title: r.title,
      due: formatLongDate(r.due!, lang),
      left: timeLeftText(today, r.due!, lang, cal).toLowerCase(),
    });
  const items = (list: Referral[]) => {
    const lines = list.slice(0, DIGEST_MAX_LINES).map(line);
    if (list.length > DIGEST_MAX_LINES)
      lines.push(t(lang, 'digest_more', { count: list.length - DIGEST_MAX_LINES }));
    return lines;
  };
  const overdue = listed.filter((r) => r.due! < today);
  const coming = listed.filter((r) => r.due! >= today);
  const blocks: Block[] = [
    { type: 'heading', text: t(lang, 'digest_heading', { week }) },
    { type: 'text', text: t(lang, 'digest_lead', { count: listed.length }) },
  ];
  if (overdue.length > 0) {
    blocks.push({ type: 'text', text: t(lang, 'digest_overdue'), tone: 'warning' });
    blocks.push({ type: 'list', items: items(overdue) });
  }
  if (coming.length > 0) {
    blocks.push({ type: 'text', text: t(lang, 'digest_coming') });
    blocks.push({ type: 'list', items: items(coming) });
  }
  blocks.push({ type: 'text', text: t(lang, 'digest_hint'), tone: 'muted' });
  return {
    lang,
    kind: 'notification',
    summary: t(lang, 'digest_summary', { week, count: listed.length }),
    blocks,
  };
}

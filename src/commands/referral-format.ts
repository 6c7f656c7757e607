import { countdown, formatLongDate } from '../calendar/index.js';
import type { Block, Field } from '../core/reply.js';
import type { Referral } from '../registry/model.js';
import { type CommandContext, displayActor, formatInstant } from './context.js';
import { t } from './messages.js';
import { STATUS_LABELS } from './vocabulary.js';

/** What `referral deadline --json` prints and what the reply shows. */
export type DeadlineFacts = {
  id: number;
  dnr: string;
  title: string;
  due: string | null;
  weekday: string | null;
  daysLeft: number | null;
  workingDaysLeft: number | null;
  overdue: boolean;
  status: Referral['status'];
  sender: string | null;
  ourBody: string | null;
  recipients: string[];
  caseOfficer: string | null;
  sourceDoc: string | null;
  sourceState: Referral['sourceState'];
  /** Other case numbers the case cites (the sender's), which find it too. */
  otherDnrs: string[];
  /** The case within its document (`<doc>#case:<n>`), or null when registered by command. */
  sourceCase: string | null;
  /** Fields a person set, which re-reading the document never changes. */
  overridden: string[];
};

export function deadlineFacts(r: Referral, ctx: CommandContext): DeadlineFacts {
  const c = r.due ? countdown(ctx.today, r.due) : null;
  return {
    id: r.id,
    dnr: r.dnr,
    title: r.title,
    due: r.due,
    weekday: r.due ? formatLongDate(r.due, 'en').split(' ')[0]! : null,
    daysLeft: c ? c.days : null,
    workingDaysLeft: c ? c.workingDays : null,
    overdue: Boolean(c?.overdue) && r.status === 'open',
    status: r.status,
    sender: r.sender,
    ourBody: r.ourBody,
    recipients: r.recipients,
    caseOfficer: r.caseOfficer,
    sourceDoc: r.sourceDoc,
    sourceState: r.sourceState,
    otherDnrs: r.otherDnrs,
    sourceCase: r.sourceCase,
    overridden: r.overridden,
  };
}

/** "3 dagar kvar (1 arbetsdag)", "Sista svarsdagen är i dag", "Försenad med …", "passerade för … sedan". */
export function timeLeft(r: Referral, ctx: CommandContext): string {
  if (!r.due) return t(ctx.lang, 'no_due_date');
  const c = countdown(ctx.today, r.due);
  if (c.days === 0) return t(ctx.lang, 'due_today');
  if (!c.overdue) return t(ctx.lang, 'days_left', { days: c.days, working: c.workingDays });
  if (r.status !== 'open') return t(ctx.lang, 'passed_ago', { days: -c.days });
  return t(ctx.lang, 'overdue_by', { days: -c.days, working: -c.workingDays });
}

export function statusText(r: Referral, ctx: CommandContext): string {
  const label = STATUS_LABELS[r.status][ctx.lang];
  if (r.status === 'open' || !r.statusAt) return label;
  return `${label} (${t(ctx.lang, 'by_on', { by: displayActor(r.statusBy, r.statusByName), at: formatInstant(r.statusAt, ctx) })})`;
}

export function referralFields(r: Referral, ctx: CommandContext): Block {
  const { lang } = ctx;
  const fields: Field[] = [
    { label: t(lang, 'label_dnr'), value: r.dnr },
    { label: t(lang, 'label_due'), value: r.due ? formatLongDate(r.due, lang) : t(lang, 'no_due_date') },
    { label: t(lang, 'label_left'), value: timeLeft(r, ctx) },
    { label: t(lang, 'label_status'), value: statusText(r, ctx) },
  ];
  const optional: [Parameters<typeof t>[1], string | null][] = [
    ['label_sender', r.sender],
    ['label_our_body', r.ourBody],
    ['label_recipients', r.recipients.length > 0 ? r.recipients.join(', ') : null],
    ['label_case_officer', r.caseOfficer],
    ['label_received', r.received ? formatLongDate(r.received, lang) : null],
    ['label_source', sourceText(r, ctx)],
  ];
  for (const [label, value] of optional) if (value) fields.push({ label: t(lang, label), value });
  return { type: 'fields', fields };
}

function sourceText(r: Referral, ctx: CommandContext): string {
  if (!r.sourceDoc) return t(ctx.lang, 'by_command');
  if (r.sourceState === 'removed') return t(ctx.lang, 'source_removed', { doc: r.sourceDoc });
  if (r.sourceState === 'changed') return t(ctx.lang, 'source_changed', { doc: r.sourceDoc });
  if (r.sourceState === 'not_read') return t(ctx.lang, 'source_not_read', { doc: r.sourceDoc });
  return r.sourceDoc;
}

/** One line per referral for lists and choices: case number, title, due date and time left. */
export function referralLine(r: Referral, ctx: CommandContext): string {
  const due = r.due ? formatLongDate(r.due, ctx.lang) : t(ctx.lang, 'no_due_date');
  return `${r.dnr} — ${r.title} — ${due} (${timeLeft(r, ctx).toLowerCase()})`;
}

export function deadlineBlocks(r: Referral, ctx: CommandContext): Block[] {
  const blocks: Block[] = [{ type: 'heading', text: r.title }, referralFields(r, ctx)];
  if (r.status === 'open') {
    blocks.push({
      type: 'actions',
      actions: [{ id: 'referral_done', label: t(ctx.lang, 'action_done'), value: String(r.id) }],
    });
  }
  return blocks;
}

export function deadlineSummary(r: Referral, ctx: CommandContext): string {
  const due = r.due ? formatLongDate(r.due, ctx.lang) : t(ctx.lang, 'no_due_date');
  return t(ctx.lang, 'deadline_summary', { dnr: r.dnr, due, left: timeLeft(r, ctx).toLowerCase() });
}

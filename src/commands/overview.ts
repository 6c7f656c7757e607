import { addDays } from '../calendar/index.js';
import type { Block, Reply } from '../core/reply.js';
import { defineMessages } from '../i18n/messages.js';
import type { CommandContext } from './context.js';
import { membershipLine } from './membership-handlers.js';
import { referralLine } from './referral-format.js';

const t = defineMessages({
  sv: {
    title: 'Översikt',
    due_soon: 'Remisser att besvara inom 30 dagar',
    overdue: 'Försenade remisser',
    recent: 'Senast registrerade medlemskap',
    none: 'Inget här just nu.',
  },
  en: {
    title: 'Overview',
    due_soon: 'Referrals due in the next 30 days',
    overdue: 'Overdue referrals',
    recent: 'Recently registered memberships',
    none: 'Nothing here right now.',
  },
});

const RECENT_MEMBERSHIPS = 5;

/** For a user's home: open referrals due in the next 30 days, overdue ones, recent memberships. */
export async function overviewReply(ctx: CommandContext): Promise<Reply> {
  const { lang, today } = ctx;
  const open = (await ctx.store.listReferrals())
    .filter((r) => r.status === 'open' && r.due !== null)
    .sort((a, b) => a.due!.localeCompare(b.due!));
  const soon = open.filter((r) => r.due! >= today && r.due! <= addDays(today, 30));
  const overdue = open.filter((r) => r.due! < today);
  const recent = (await ctx.store.listMemberships())
    .sort((a, b) => b.registeredAt.localeCompare(a.registeredAt) || b.id - a.id)
    .slice(0, RECENT_MEMBERSHIPS);
  const section = (heading: string, items: string[]): Block[] => [
    { type: 'heading', text: heading },
    items.length > 0 ? { type: 'list', items } : { type: 'text', text: t(lang, 'none'), tone: 'muted' },
  ];
  return {
    lang,
    kind: 'command',
    summary: t(lang, 'title'),
    blocks: [
      ...section(
        t(lang, 'due_soon'),
        soon.map((r) => referralLine(r, ctx)),
      ),
      ...section(
        t(lang, 'overdue'),
        overdue.map((r) => referralLine(r, ctx)),
      ),
      ...section(
        t(lang, 'recent'),
        recent.map((m) => membershipLine(m, ctx)),
      ),
    ],
  };
}

import { addDays, countdown, todayIn } from '../../src/calendar/index.js';
import type { Clock } from '../../src/core/clock.js';
import type { Membership, Referral } from '../../src/registry/model.js';
import type { StoreReads } from '../../src/registry/store.js';
import type { Ticket } from '../../src/registry/ticket.js';
import type { MembershipRow, ReferralRow, ReferralState, RegisterReader, TicketRow } from './registers.js';

function ticketRow(k: Ticket): TicketRow {
  const state = k.deliveryFailed
    ? 'undeliverable'
    : k.deliveredAt
      ? 'delivered'
      : k.status === 'answered'
        ? 'answered'
        : 'open';
  return {
    id: k.id,
    state,
    askedAt: k.createdAt,
    askedBy: k.askedByName ?? k.askedBy.replace(/^[a-z]+:/, ''),
    question: k.question,
    utblickAnswer: k.utblickAnswer,
    answer: k.answer,
    answeredBy: k.answeredByName ?? k.answeredBy,
    answeredAt: k.answeredAt,
  };
}

/** "Due soon" means what the core's own overview means by it: open and due within 30 days. */
export const DUE_SOON_DAYS = 30;

function membershipRow(m: Membership): MembershipRow {
  return {
    id: m.id,
    organisation: m.organisation,
    kind: m.kind,
    body: m.body,
    area: m.area,
    benefit: m.benefit,
    contact: m.contact,
    since: m.since,
    until: m.until,
    active: m.endedAt === null,
    endDate: m.endDate,
  };
}

function stateOf(r: Referral, today: string): ReferralState {
  if (r.status !== 'open') return r.status;
  if (r.due === null) return 'open';
  if (r.due < today) return 'overdue';
  return r.due <= addDays(today, DUE_SOON_DAYS) ? 'due_soon' : 'open';
}

function referralRow(r: Referral, today: string): ReferralRow {
  const left = r.due && r.status === 'open' ? countdown(today, r.due) : null;
  return {
    id: r.id,
    dnr: r.dnr,
    title: r.title,
    sender: r.sender,
    ourBody: r.ourBody,
    due: r.due,
    state: stateOf(r, today),
    daysLeft: left ? left.days : null,
    workingDaysLeft: left ? Math.max(0, left.workingDays) : null,
  };
}

/**
 * The overview's read-only view of the registry's Store. Today is taken from the injected clock in
 * UTBLICK_TZ; the countdown is the calendar's (Swedish public holidays and the de facto days off counted).
 */
export function storeRegisters(store: StoreReads, clock: Clock, timeZone: string): RegisterReader {
  return {
    async listMemberships() {
      const all = await store.listMemberships({ includeEnded: true });
      return all.map(membershipRow);
    },
    async listReferrals() {
      const today = todayIn(clock, timeZone);
      const all = await store.listReferrals();
      return all
        .map((r) => referralRow(r, today))
        .sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.dnr.localeCompare(b.dnr, 'sv'));
    },
    async listTickets() {
      return (await store.listTickets()).map(ticketRow).reverse();
    },
  };
}

/**
 * The read-only view of the registers that the overview page and the CSV export need. The web adapter
 * holds no business logic: the countdown (days and working days left, Swedish holidays counted) and the
 * referral's state (due soon, overdue) come from whoever implements this, wired at start-up from the
 * registry's Store and the calendar.
 */
export type MembershipRow = {
  id: number | string;
  organisation: string;
  kind: string;
  body: string | null;
  /** One of the strategy's focus areas (`positionering`, `verksamhetsutveckling`, `bevakning`) or null. */
  area: string | null;
  benefit: string;
  contact: string | null;
  since: string | null;
  until: string | null;
  active: boolean;
  /** The day an ended membership ended. */
  endDate: string | null;
};

export type ReferralState = 'overdue' | 'due_soon' | 'open' | 'answered' | 'withdrawn';

export type ReferralRow = {
  id: number | string;
  dnr: string;
  title: string;
  sender: string | null;
  ourBody: string | null;
  /** ISO date, or null when no deadline is known. */
  due: string | null;
  state: ReferralState;
  /** Calendar days from today (exclusive) to the due date (inclusive); negative when overdue. */
  daysLeft: number | null;
  /** Working days from today (exclusive) to the due date (inclusive); 0 when due today or overdue. */
  workingDaysLeft: number | null;
};

/** A question sent to the international unit, as the tickets page shows it. */
export type TicketRow = {
  id: number;
  state: 'open' | 'answered' | 'delivered' | 'undeliverable';
  askedAt: string;
  askedBy: string;
  question: string;
  utblickAnswer: string;
  answer: string | null;
  answeredBy: string | null;
  answeredAt: string | null;
};

export interface RegisterReader {
  /** Every membership, active and ended. */
  listMemberships(): Promise<MembershipRow[]>;
  /** Every referral, with its countdown computed for today (injected clock, UTBLICK_TZ). */
  listReferrals(): Promise<ReferralRow[]>;
  /** Questions sent to the international unit, newest first; absent where the store has none. */
  listTickets?(): Promise<TicketRow[]>;
}

export type MembershipFilter = {
  body?: string | undefined;
  area?: string | undefined;
  status: 'active' | 'ended' | 'all';
};

/** The overview's filter: exact values chosen from the lists the page offers. */
export function filterMemberships(rows: MembershipRow[], filter: MembershipFilter): MembershipRow[] {
  return rows.filter(
    (row) =>
      (!filter.body || row.body === filter.body) &&
      (!filter.area || row.area === filter.area) &&
      (filter.status === 'all' || (filter.status === 'active') === row.active),
  );
}

/** Distinct non-empty values, sorted the Swedish way, for a filter's options. */
export function distinct(values: (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v && v.trim().length > 0))].sort((a, b) =>
    a.localeCompare(b, 'sv'),
  );
}

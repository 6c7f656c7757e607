import type { Lang } from '../core/lang.js';

/**
 * A question sent to the international unit (issue 19 "Ask the unit"). It holds the question, which is
 * personal data kept under the feedback's retention period; the audit log records who opened and answered
 * it, never its words.
 */
export type Ticket = {
  id: number;
  question: string;
  lang: Lang;
  /** What Utblick answered; for a confidential source only its title and case number. */
  utblickAnswer: string;
  askedBy: string;
  askedByName: string | null;
  platform: string;
  /** Where the answer goes: the opaque reference of the thread or conversation it was asked in. */
  replyTo: string | null;
  createdAt: string;
  status: 'open' | 'answered';
  answer: string | null;
  answeredBy: string | null;
  answeredByName: string | null;
  answeredAt: string | null;
  /** When the ticket reached the experts' conversation. */
  postedAt: string | null;
  /** When the answer reached the asker. */
  deliveredAt: string | null;
  /** Why the answer could not be delivered, for good. */
  deliveryFailed: string | null;
};

export type TicketDraft = Pick<
  Ticket,
  'question' | 'lang' | 'utblickAnswer' | 'askedBy' | 'askedByName' | 'platform' | 'replyTo'
>;

/** The two deliveries of a ticket: to the experts, and the answer to the asker. */
export type TicketDelivery = 'post' | 'deliver';

export type TicketClaim = { id: number; delivery: TicketDelivery; token: string; takeover: boolean };

type Row = Record<string, unknown>;

const instant = (value: unknown): string | null =>
  value === null || value === undefined ? null : new Date(value as string | Date).toISOString();
const text = (value: unknown): string | null =>
  value === null || value === undefined ? null : String(value);

export function toTicket(row: Row): Ticket {
  return {
    id: Number(row.id),
    question: String(row.question),
    lang: String(row.lang) as Lang,
    utblickAnswer: String(row.utblick_answer ?? ''),
    askedBy: String(row.asked_by),
    askedByName: text(row.asked_by_name),
    platform: String(row.platform),
    replyTo: text(row.reply_to),
    createdAt: instant(row.created_at) ?? '',
    status: row.status === 'answered' ? 'answered' : 'open',
    answer: text(row.answer),
    answeredBy: text(row.answered_by),
    answeredByName: text(row.answered_by_name),
    answeredAt: instant(row.answered_at),
    postedAt: instant(row.posted_at),
    deliveredAt: instant(row.delivered_at),
    deliveryFailed: text(row.delivery_failed),
  };
}

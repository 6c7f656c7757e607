import { z } from 'zod';

/**
 * The registers' records, validated with zod at the store boundary. Dates are ISO `yyyy-mm-dd`
 * (a day), instants are ISO timestamps. Actors are platform-prefixed user ids (`slack:T…:U…`, `cli:anna`,
 * `system:knowledge`).
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const instant = z.string().min(20);

export const MEMBERSHIP_KINDS = ['network', 'organisation', 'project'] as const;
export type MembershipKind = (typeof MEMBERSHIP_KINDS)[number];

/** The strategy's three focus areas; `bevakning` stands for "bevakning och påverkan". */
export const FOCUS_AREAS = ['positionering', 'verksamhetsutveckling', 'bevakning'] as const;
export type FocusArea = (typeof FOCUS_AREAS)[number];

export const MembershipDraftSchema = z.object({
  organisation: z.string().trim().min(1).max(200),
  kind: z.enum(MEMBERSHIP_KINDS).default('network'),
  body: z.string().trim().min(1).max(200).nullable().default(null),
  contact: z.string().trim().min(1).max(200).nullable().default(null),
  since: isoDate.nullable().default(null),
  until: isoDate.nullable().default(null),
  area: z.enum(FOCUS_AREAS).nullable().default(null),
  /** Why it serves the operations: required, because the strategy says benefit decides. */
  benefit: z.string().trim().min(1).max(2000),
});
export type MembershipDraft = z.input<typeof MembershipDraftSchema>;

export const MembershipSchema = MembershipDraftSchema.extend({
  id: z.number().int().positive(),
  registeredBy: z.string(),
  /** The display name the platform gave, when it gave one. */
  registeredByName: z.string().nullable(),
  registeredAt: instant,
  endedBy: z.string().nullable(),
  endedAt: instant.nullable(),
  /** The day the membership ended (as given by the person ending it). */
  endDate: isoDate.nullable(),
});
export type Membership = z.infer<typeof MembershipSchema>;

export const REFERRAL_STATUSES = ['open', 'answered', 'withdrawn'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** The fields a person may change by command and that re-extraction from a document would also set. */
export const REFERRAL_EXTRACTED_FIELDS = [
  'dnr',
  'title',
  'sender',
  'recipients',
  'ourBody',
  'received',
  'due',
  'caseOfficer',
] as const;
export type ReferralExtractedField = (typeof REFERRAL_EXTRACTED_FIELDS)[number];

export const ReferralDraftSchema = z.object({
  /** The case number as written (prefix such as `KS-dnr:` dropped). */
  dnr: z.string().trim().min(1).max(100),
  title: z.string().trim().min(1).max(500),
  sender: z.string().trim().min(1).max(200).nullable().default(null),
  recipients: z.array(z.string().trim().min(1)).default([]),
  ourBody: z.string().trim().min(1).max(200).nullable().default(null),
  received: isoDate.nullable().default(null),
  due: isoDate.nullable().default(null),
  caseOfficer: z.string().trim().min(1).max(200).nullable().default(null),
});
export type ReferralDraft = z.input<typeof ReferralDraftSchema>;
export type ReferralFields = z.infer<typeof ReferralDraftSchema>;

/**
 * `present`/`changed`: the document still states the case (changed: the document changed since the
 * record was made); `removed`: the document is gone; `not_read`: the document is there but no longer
 * states this case as a referral (an older extractor misread it, or the text changed).
 */
export const SOURCE_STATES = ['present', 'changed', 'removed', 'not_read'] as const;
export type SourceState = (typeof SOURCE_STATES)[number];

export const ReferralSchema = ReferralDraftSchema.extend({
  id: z.number().int().positive(),
  /** The normalised case number (`caseNumberKey`), unique in the register. */
  dnrKey: z.string().min(1),
  status: z.enum(REFERRAL_STATUSES),
  statusBy: z.string().nullable(),
  statusByName: z.string().nullable(),
  statusAt: instant.nullable(),
  /** The knowledge document it was found in, or null when registered by command. */
  sourceDoc: z.string().nullable(),
  sourceHash: z.string().nullable(),
  sourceState: z.enum(SOURCE_STATES).nullable(),
  /** The case within the document (`<doc>#case:<n>`), for a document that holds several. */
  sourceCase: z.string().nullable(),
  /** The version of the reading rules that last wrote the record (1: before cases were read). */
  extractorVersion: z.number().int().nullable(),
  /** Other case numbers the case cites (the sender's, an earlier decision's): they find it too. */
  otherDnrs: z.array(z.string()),
  /** What the last extraction from the document said, field by field. */
  extracted: z.record(z.string(), z.unknown()).nullable(),
  /** Fields a person set by command; re-extraction never overwrites them. */
  overridden: z.array(z.enum(REFERRAL_EXTRACTED_FIELDS)),
  createdBy: z.string(),
  createdAt: instant,
  updatedAt: instant,
});
export type Referral = z.infer<typeof ReferralSchema>;

/**
 * Whether reminders go out about a referral: it is open, and it is not a record that its document no
 * longer states and that no person vouched for by setting one of its fields.
 */
export function isRemindable(r: Referral): boolean {
  return r.status === 'open' && !(r.sourceState === 'not_read' && r.overridden.length === 0);
}

export const DEFAULT_REMINDER_OFFSETS = [14, 7, 2, 0] as const;

export const SubscriptionDraftSchema = z.object({
  /** The opaque conversation reference (DESIGN.md): only the adapter that wrote it decodes it. */
  conversation: z.string().min(1),
  bodyFilter: z.string().trim().min(1).nullable().default(null),
  /** Working days before the due date at which to remind, largest first. */
  offsets: z
    .array(z.number().int().min(0).max(60))
    .min(1)
    .max(10)
    .default([...DEFAULT_REMINDER_OFFSETS]),
  digest: z.boolean().default(false),
});
export type SubscriptionDraft = z.input<typeof SubscriptionDraftSchema>;

export const SubscriptionSchema = SubscriptionDraftSchema.extend({
  id: z.number().int().positive(),
  createdBy: z.string(),
  createdAt: instant,
  updatedAt: instant,
});
export type Subscription = z.infer<typeof SubscriptionSchema>;

/** `admin_alert`: a report to UTBLICK_ADMIN_CONVERSATION (src/notify/admin-alert.ts), never planned. */
export const NOTIFICATION_KINDS = [
  'new',
  'reminder',
  'due_today',
  'overdue',
  'digest',
  'admin_alert',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * The unique key of one notification. `referralId` is 0 for messages about no single referral (the
 * digest); `duePoint` names the moment it belongs to (e.g. `2026-09-01` or `2026-09-01/7`).
 */
export type NotificationKey = {
  referralId: number;
  conversation: string;
  kind: NotificationKind;
  duePoint: string;
};

export type NotificationState = 'claimed' | 'sent' | 'failed' | 'dead';

export type NotificationRecord = NotificationKey & {
  id: number;
  state: NotificationState;
  attempts: number;
  /** While `state` is `claimed`: until when the claim holds; an expired claim may be taken over. */
  leaseUntil: string | null;
  /** While `state` is `failed`: the earliest time of the next attempt. */
  retryAt: string | null;
  lastError: string | null;
  sentAt: string | null;
  messageId: string | null;
  createdAt: string;
  updatedAt: string;
};

export const FeedbackSchema = z.object({
  question: z.string().max(2000),
  lang: z.enum(['sv', 'en']),
  answerSummary: z.string().max(2000),
  topPassageId: z.string().nullable(),
  vote: z.enum(['up', 'down']),
  userId: z.string().min(1),
});
export type FeedbackDraft = z.input<typeof FeedbackSchema>;
export type Feedback = z.infer<typeof FeedbackSchema> & { id: number; createdAt: string };

/**
 * What is left of feedback older than the retention period: counts per day, language, passage and
 * vote, enough for quality statistics and about no one (no question, no user).
 */
export type FeedbackStat = {
  /** The day the feedback was given, `yyyy-mm-dd` in `UTBLICK_TZ`. */
  day: string;
  lang: 'sv' | 'en';
  topPassageId: string | null;
  vote: 'up' | 'down';
  count: number;
};

export type AuditEntry = {
  id: number;
  at: string;
  /** The platform-prefixed user id (`slack:T…:U…`, `teams:…`, `cli:…`, `system:knowledge`). */
  actor: string;
  /** The platform the change came through (`slack`, `teams`, `web`, `cli`, `system`). */
  platform: string | null;
  /** The Slack workspace or Microsoft tenant of the person, when the platform said. */
  workspace: string | null;
  /** The person's display name at the time, when the platform gave one. */
  actorName: string | null;
  /** e.g. `membership.add`, `referral.extract`, `subscription.remove`. */
  action: string;
  /** `person` is a data-subject request (forget-person); its entityId is 0. */
  entity: 'membership' | 'referral' | 'subscription' | 'person' | 'ticket' | 'curated';
  entityId: number;
  before: unknown;
  after: unknown;
};

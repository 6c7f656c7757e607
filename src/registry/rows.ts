import type {
  AuditEntry,
  Feedback,
  Membership,
  NotificationRecord,
  Referral,
  ReferralExtractedField,
  Subscription,
} from './model.js';

/**
 * Row ↔ record mapping, shared by the SQLite and PostgreSQL stores: the same snake_case columns in both,
 * JSON as text in *_json columns (PostgreSQL `json`, handed over unparsed), instants as ISO strings.
 */

type Row = Record<string, unknown>;

const str = (v: unknown): string => String(v);
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const json = <T>(v: unknown, fallback: T): T => (typeof v === 'string' ? (JSON.parse(v) as T) : fallback);

export function toMembership(row: Row): Membership {
  return {
    id: Number(row.id),
    organisation: str(row.organisation),
    kind: str(row.kind) as Membership['kind'],
    body: strOrNull(row.body),
    contact: strOrNull(row.contact),
    since: strOrNull(row.since),
    until: strOrNull(row.until),
    area: strOrNull(row.area) as Membership['area'],
    benefit: str(row.benefit),
    registeredBy: str(row.registered_by),
    registeredByName: strOrNull(row.registered_by_name),
    registeredAt: str(row.registered_at),
    endedBy: strOrNull(row.ended_by),
    endedAt: strOrNull(row.ended_at),
    endDate: strOrNull(row.end_date),
  };
}

export function toReferral(row: Row): Referral {
  return {
    id: Number(row.id),
    dnr: str(row.dnr),
    dnrKey: str(row.dnr_key),
    title: str(row.title),
    sender: strOrNull(row.sender),
    recipients: json<string[]>(row.recipients_json, []),
    ourBody: strOrNull(row.our_body),
    received: strOrNull(row.received),
    due: strOrNull(row.due),
    caseOfficer: strOrNull(row.case_officer),
    status: str(row.status) as Referral['status'],
    statusBy: strOrNull(row.status_by),
    statusByName: strOrNull(row.status_by_name),
    statusAt: strOrNull(row.status_at),
    sourceDoc: strOrNull(row.source_doc),
    sourceHash: strOrNull(row.source_hash),
    sourceState: strOrNull(row.source_state) as Referral['sourceState'],
    extracted: json<Record<string, unknown> | null>(row.extracted_json, null),
    overridden: json<ReferralExtractedField[]>(row.overridden_json, []),
    sourceCase: strOrNull(row.source_case),
    extractorVersion:
      row.extractor_version === null || row.extractor_version === undefined
        ? null
        : Number(row.extractor_version),
    otherDnrs: json<string[]>(row.other_dnrs_json, []),
    createdBy: str(row.created_by),
    createdAt: str(row.created_at),
    updatedAt: str(row.updated_at),
  };
}

/** Referral record field → column, for updates. */
export const REFERRAL_COLUMNS: Record<string, { column: string; json?: boolean }> = {
  dnr: { column: 'dnr' },
  dnrKey: { column: 'dnr_key' },
  title: { column: 'title' },
  sender: { column: 'sender' },
  recipients: { column: 'recipients_json', json: true },
  ourBody: { column: 'our_body' },
  received: { column: 'received' },
  due: { column: 'due' },
  caseOfficer: { column: 'case_officer' },
  status: { column: 'status' },
  sourceDoc: { column: 'source_doc' },
  sourceHash: { column: 'source_hash' },
  sourceState: { column: 'source_state' },
  extracted: { column: 'extracted_json', json: true },
  overridden: { column: 'overridden_json', json: true },
  sourceCase: { column: 'source_case' },
  extractorVersion: { column: 'extractor_version' },
  otherDnrs: { column: 'other_dnrs_json', json: true },
};

export function toSubscription(row: Row): Subscription {
  return {
    id: Number(row.id),
    conversation: str(row.conversation),
    bodyFilter: strOrNull(row.body_filter),
    offsets: json<number[]>(row.offsets_json, []),
    digest: Number(row.digest) === 1,
    createdBy: str(row.created_by),
    createdAt: str(row.created_at),
    updatedAt: str(row.updated_at),
  };
}

export function toNotification(row: Row): NotificationRecord {
  return {
    id: Number(row.id),
    referralId: Number(row.referral_id),
    conversation: str(row.conversation),
    kind: str(row.kind) as NotificationRecord['kind'],
    duePoint: str(row.due_point),
    state: str(row.state) as NotificationRecord['state'],
    attempts: Number(row.attempts),
    leaseUntil: strOrNull(row.lease_until),
    retryAt: strOrNull(row.retry_at),
    lastError: strOrNull(row.last_error),
    sentAt: strOrNull(row.sent_at),
    messageId: strOrNull(row.message_id),
    createdAt: str(row.created_at),
    updatedAt: str(row.updated_at),
  };
}

export function toFeedback(row: Row): Feedback {
  return {
    id: Number(row.id),
    question: str(row.question),
    lang: str(row.lang) as Feedback['lang'],
    answerSummary: str(row.answer_summary),
    topPassageId: strOrNull(row.top_passage_id),
    vote: str(row.vote) as Feedback['vote'],
    userId: str(row.user_id),
    createdAt: str(row.created_at),
  };
}

export function toAudit(row: Row): AuditEntry {
  return {
    id: Number(row.id),
    at: str(row.at),
    actor: str(row.actor),
    platform: strOrNull(row.platform),
    workspace: strOrNull(row.workspace),
    actorName: strOrNull(row.actor_name),
    action: str(row.action),
    entity: str(row.entity) as AuditEntry['entity'],
    entityId: Number(row.entity_id),
    before: json<unknown>(row.before_json, null),
    after: json<unknown>(row.after_json, null),
  };
}

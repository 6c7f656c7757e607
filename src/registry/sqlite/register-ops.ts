import type Database from 'better-sqlite3';
import {
  type AuditEntry,
  type Membership,
  type MembershipDraft,
  MembershipDraftSchema,
  type Referral,
  ReferralDraftSchema,
  type Subscription,
  type SubscriptionDraft,
  SubscriptionDraftSchema,
} from '../model.js';
import { REFERRAL_COLUMNS, toAudit, toMembership, toReferral, toSubscription } from '../rows.js';
import {
  type AuditEvent,
  type Change,
  DuplicateMembershipError,
  DuplicateReferralError,
  type NewReferral,
  nameKey,
  type ReferralPatch,
} from '../store.js';

type Row = Record<string, unknown>;

/** `slack:T1:U2` → `slack`; ids are always platform-prefixed. */
function platformOf(actor: string): string | null {
  const colon = actor.indexOf(':');
  return colon > 0 ? actor.slice(0, colon) : null;
}

/** Slack ids carry their workspace (`slack:T1:U2` → `T1`); other platforms tell it separately. */
function workspaceOf(actor: string): string | null {
  return /^slack:([^:]+):/.exec(actor)?.[1] ?? null;
}

/** Synchronous register operations on one connection; the caller provides the transaction. */
export class RegisterOps {
  constructor(private readonly db: Database.Database) {}

  private audit(
    change: Change,
    action: string,
    entity: AuditEntry['entity'],
    id: number,
    before: unknown,
    after: unknown,
  ) {
    this.db
      .prepare(
        `INSERT INTO audit_log
           (at, actor, platform, workspace, actor_name, action, entity, entity_id, before_json, after_json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        change.at,
        change.by,
        platformOf(change.by),
        change.workspace ?? workspaceOf(change.by),
        change.name ?? null,
        action,
        entity,
        id,
        before === null ? null : JSON.stringify(before),
        after === null ? null : JSON.stringify(after),
      );
  }

  listMemberships(includeEnded: boolean): Membership[] {
    const where = includeEnded ? '' : 'WHERE ended_at IS NULL';
    return (this.db.prepare(`SELECT * FROM memberships ${where} ORDER BY id`).all() as Row[]).map(
      toMembership,
    );
  }

  getMembership(id: number): Membership | null {
    const row = this.db.prepare('SELECT * FROM memberships WHERE id = ?').get(id) as Row | undefined;
    return row ? toMembership(row) : null;
  }

  findDuplicateMembership(organisation: string, body: string | null): Membership | null {
    const row = this.db
      .prepare('SELECT * FROM memberships WHERE organisation_key = ? AND body_key = ? AND ended_at IS NULL')
      .get(nameKey(organisation), nameKey(body)) as Row | undefined;
    return row ? toMembership(row) : null;
  }

  addMembership(draft: MembershipDraft, change: Change): Membership {
    const m = MembershipDraftSchema.parse(draft);
    const existing = this.findDuplicateMembership(m.organisation, m.body);
    if (existing) throw new DuplicateMembershipError(existing);
    const result = this.db
      .prepare(
        `INSERT INTO memberships (organisation, organisation_key, kind, body, body_key, contact, since, until,
           area, benefit, registered_by, registered_by_name, registered_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        m.organisation,
        nameKey(m.organisation),
        m.kind,
        m.body,
        nameKey(m.body),
        m.contact,
        m.since,
        m.until,
        m.area,
        m.benefit,
        change.by,
        change.name ?? null,
        change.at,
      );
    const created = this.getMembership(Number(result.lastInsertRowid))!;
    this.audit(change, 'membership.add', 'membership', created.id, null, created);
    return created;
  }

  endMembership(id: number, endDate: string, change: Change): Membership | null {
    const before = this.getMembership(id);
    if (!before || before.endedAt) return null;
    this.db
      .prepare('UPDATE memberships SET ended_by = ?, ended_at = ?, end_date = ? WHERE id = ?')
      .run(change.by, change.at, endDate, id);
    const after = this.getMembership(id)!;
    this.audit(change, 'membership.end', 'membership', id, before, after);
    return after;
  }

  listReferrals(): Referral[] {
    return (this.db.prepare('SELECT * FROM referrals ORDER BY id').all() as Row[]).map(toReferral);
  }

  getReferral(id: number): Referral | null {
    const row = this.db.prepare('SELECT * FROM referrals WHERE id = ?').get(id) as Row | undefined;
    return row ? toReferral(row) : null;
  }

  getReferralByKey(dnrKey: string): Referral | null {
    const row = this.db.prepare('SELECT * FROM referrals WHERE dnr_key = ?').get(dnrKey) as Row | undefined;
    return row ? toReferral(row) : null;
  }

  addReferral(input: NewReferral, change: Change, action = 'referral.add'): Referral {
    const r = ReferralDraftSchema.parse(input);
    const existing = this.getReferralByKey(input.dnrKey);
    if (existing) throw new DuplicateReferralError(existing);
    const result = this.db
      .prepare(
        `INSERT INTO referrals (dnr, dnr_key, title, sender, recipients_json, our_body, received, due,
           case_officer, status, source_doc, source_hash, source_state, extracted_json, overridden_json,
           source_case, extractor_version, other_dnrs_json, created_by, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        r.dnr,
        input.dnrKey,
        r.title,
        r.sender,
        JSON.stringify(r.recipients),
        r.ourBody,
        r.received,
        r.due,
        r.caseOfficer,
        input.sourceDoc ?? null,
        input.sourceHash ?? null,
        input.sourceState ?? null,
        input.extracted ? JSON.stringify(input.extracted) : null,
        JSON.stringify(input.overridden ?? []),
        input.sourceCase ?? null,
        input.extractorVersion ?? null,
        JSON.stringify(input.otherDnrs ?? []),
        change.by,
        change.at,
        change.at,
      );
    const created = this.getReferral(Number(result.lastInsertRowid))!;
    this.audit(change, action, 'referral', created.id, null, created);
    return created;
  }

  updateReferral(id: number, patch: ReferralPatch, change: Change, action: string): Referral | null {
    const before = this.getReferral(id);
    if (!before) return null;
    const sets: string[] = [];
    const values: unknown[] = [];
    for (const [field, value] of Object.entries(patch)) {
      const spec = REFERRAL_COLUMNS[field];
      if (!spec || value === undefined) continue;
      sets.push(`${spec.column} = ?`);
      values.push(spec.json ? (value === null ? null : JSON.stringify(value)) : value);
    }
    if (patch.status !== undefined && patch.status !== before.status) {
      sets.push('status_by = ?', 'status_by_name = ?', 'status_at = ?');
      values.push(change.by, change.name ?? null, change.at);
    }
    if (sets.length === 0) return before;
    sets.push('updated_at = ?');
    values.push(change.at, id);
    this.db.prepare(`UPDATE referrals SET ${sets.join(', ')} WHERE id = ?`).run(...values);
    const after = this.getReferral(id)!;
    this.audit(change, action, 'referral', id, before, after);
    return after;
  }

  listSubscriptions(): Subscription[] {
    return (this.db.prepare('SELECT * FROM subscriptions ORDER BY id').all() as Row[]).map(toSubscription);
  }

  getSubscription(conversation: string): Subscription | null {
    const row = this.db.prepare('SELECT * FROM subscriptions WHERE conversation = ?').get(conversation) as
      | Row
      | undefined;
    return row ? toSubscription(row) : null;
  }

  upsertSubscription(draft: SubscriptionDraft, change: Change): Subscription {
    const s = SubscriptionDraftSchema.parse(draft);
    const before = this.getSubscription(s.conversation);
    const offsets = JSON.stringify([...new Set(s.offsets)].sort((a, b) => b - a));
    if (before) {
      this.db
        .prepare(
          'UPDATE subscriptions SET body_filter = ?, offsets_json = ?, digest = ?, updated_at = ? WHERE id = ?',
        )
        .run(s.bodyFilter, offsets, s.digest ? 1 : 0, change.at, before.id);
    } else {
      this.db
        .prepare(
          `INSERT INTO subscriptions (conversation, body_filter, offsets_json, digest, created_by, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(s.conversation, s.bodyFilter, offsets, s.digest ? 1 : 0, change.by, change.at, change.at);
    }
    const after = this.getSubscription(s.conversation)!;
    this.audit(
      change,
      before ? 'subscription.change' : 'subscription.add',
      'subscription',
      after.id,
      before,
      after,
    );
    return after;
  }

  removeSubscription(conversation: string, change: Change): boolean {
    const before = this.getSubscription(conversation);
    if (!before) return false;
    this.db.prepare('DELETE FROM subscriptions WHERE id = ?').run(before.id);
    this.audit(change, 'subscription.remove', 'subscription', before.id, before, null);
    return true;
  }

  recordAudit(event: AuditEvent, change: Change): void {
    this.audit(change, event.action, event.entity, event.entityId, event.before ?? null, event.after ?? null);
  }

  listAudit(options: { entity?: AuditEntry['entity']; entityId?: number }): AuditEntry[] {
    const clauses: string[] = [];
    const values: unknown[] = [];
    if (options.entity) {
      clauses.push('entity = ?');
      values.push(options.entity);
    }
    if (options.entityId !== undefined) {
      clauses.push('entity_id = ?');
      values.push(options.entityId);
    }
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    return (this.db.prepare(`SELECT * FROM audit_log ${where} ORDER BY id`).all(...values) as Row[]).map(
      toAudit,
    );
  }
}

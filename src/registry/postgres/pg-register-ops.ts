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

/** A pool or one of its clients: what the operations run their statements on. */
export type Queryable = {
  query(text: string, values?: unknown[]): Promise<{ rows: Row[]; rowCount: number | null }>;
};

/** `slack:T1:U2` → `slack`; ids are always platform-prefixed. */
function platformOf(actor: string): string | null {
  const colon = actor.indexOf(':');
  return colon > 0 ? actor.slice(0, colon) : null;
}

/** Slack ids carry their workspace (`slack:T1:U2` → `T1`); other platforms tell it separately. */
function workspaceOf(actor: string): string | null {
  return /^slack:([^:]+):/.exec(actor)?.[1] ?? null;
}

const jsonOrNull = (value: unknown) => (value === null ? null : JSON.stringify(value));

/**
 * Register operations on one connection (the caller provides the transaction and the store lock):
 * the same statements as the SQLite store's, in PostgreSQL's words.
 */
export class PgRegisterOps {
  constructor(private readonly db: Queryable) {}

  private async one(text: string, values: unknown[]): Promise<Row | null> {
    return (await this.db.query(text, values)).rows[0] ?? null;
  }

  async audit(
    change: Change,
    action: string,
    entity: AuditEntry['entity'],
    id: number,
    before: unknown,
    after: unknown,
  ): Promise<void> {
    await this.db.query(
      `INSERT INTO audit_log
         (at, actor, platform, workspace, actor_name, action, entity, entity_id, before_json, after_json)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        change.at,
        change.by,
        platformOf(change.by),
        change.workspace ?? workspaceOf(change.by),
        change.name ?? null,
        action,
        entity,
        id,
        jsonOrNull(before),
        jsonOrNull(after),
      ],
    );
  }

  async listMemberships(includeEnded: boolean): Promise<Membership[]> {
    const where = includeEnded ? '' : 'WHERE ended_at IS NULL';
    return (await this.db.query(`SELECT * FROM memberships ${where} ORDER BY id`)).rows.map(toMembership);
  }

  async getMembership(id: number): Promise<Membership | null> {
    const row = await this.one('SELECT * FROM memberships WHERE id = $1', [id]);
    return row ? toMembership(row) : null;
  }

  async findDuplicateMembership(organisation: string, body: string | null): Promise<Membership | null> {
    const row = await this.one(
      'SELECT * FROM memberships WHERE organisation_key = $1 AND body_key = $2 AND ended_at IS NULL',
      [nameKey(organisation), nameKey(body)],
    );
    return row ? toMembership(row) : null;
  }

  async addMembership(draft: MembershipDraft, change: Change): Promise<Membership> {
    const m = MembershipDraftSchema.parse(draft);
    // The partial unique index decides between two instances adding the same membership at once.
    const row = await this.one(
      `INSERT INTO memberships (organisation, organisation_key, kind, body, body_key, contact, since, until,
         area, benefit, registered_by, registered_by_name, registered_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (organisation_key, body_key) WHERE ended_at IS NULL DO NOTHING
       RETURNING *`,
      [
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
      ],
    );
    if (!row) {
      const existing = await this.findDuplicateMembership(m.organisation, m.body);
      if (existing) throw new DuplicateMembershipError(existing);
      throw new Error('membership insert conflicted with no active duplicate');
    }
    const created = toMembership(row);
    await this.audit(change, 'membership.add', 'membership', created.id, null, created);
    return created;
  }

  async endMembership(id: number, endDate: string, change: Change): Promise<Membership | null> {
    const locked = await this.one('SELECT * FROM memberships WHERE id = $1 FOR UPDATE', [id]);
    if (!locked) return null;
    const before = toMembership(locked);
    if (before.endedAt) return null;
    const row = await this.one(
      'UPDATE memberships SET ended_by = $1, ended_at = $2, end_date = $3 WHERE id = $4 RETURNING *',
      [change.by, change.at, endDate, id],
    );
    const after = toMembership(row!);
    await this.audit(change, 'membership.end', 'membership', id, before, after);
    return after;
  }

  async listReferrals(): Promise<Referral[]> {
    return (await this.db.query('SELECT * FROM referrals ORDER BY id')).rows.map(toReferral);
  }

  async getReferral(id: number): Promise<Referral | null> {
    const row = await this.one('SELECT * FROM referrals WHERE id = $1', [id]);
    return row ? toReferral(row) : null;
  }

  async getReferralByKey(dnrKey: string): Promise<Referral | null> {
    const row = await this.one('SELECT * FROM referrals WHERE dnr_key = $1', [dnrKey]);
    return row ? toReferral(row) : null;
  }

  async addReferral(input: NewReferral, change: Change, action = 'referral.add'): Promise<Referral> {
    const r = ReferralDraftSchema.parse(input);
    const row = await this.one(
      `INSERT INTO referrals (dnr, dnr_key, title, sender, recipients_json, our_body, received, due,
         case_officer, status, source_doc, source_hash, source_state, extracted_json, overridden_json,
         source_case, extractor_version, other_dnrs_json, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'open', $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $19)
       ON CONFLICT (dnr_key) DO NOTHING
       RETURNING *`,
      [
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
      ],
    );
    if (!row) {
      const existing = await this.getReferralByKey(input.dnrKey);
      if (existing) throw new DuplicateReferralError(existing);
      throw new Error('referral insert conflicted with no existing referral');
    }
    const created = toReferral(row);
    await this.audit(change, action, 'referral', created.id, null, created);
    return created;
  }

  async updateReferral(
    id: number,
    patch: ReferralPatch,
    change: Change,
    action: string,
  ): Promise<Referral | null> {
    const locked = await this.one('SELECT * FROM referrals WHERE id = $1 FOR UPDATE', [id]);
    if (!locked) return null;
    const before = toReferral(locked);
    const sets: string[] = [];
    const values: unknown[] = [];
    const set = (column: string, value: unknown) => {
      values.push(value);
      sets.push(`${column} = $${values.length}`);
    };
    for (const [field, value] of Object.entries(patch)) {
      const spec = REFERRAL_COLUMNS[field];
      if (!spec || value === undefined) continue;
      set(spec.column, spec.json ? jsonOrNull(value) : value);
    }
    if (patch.status !== undefined && patch.status !== before.status) {
      set('status_by', change.by);
      set('status_by_name', change.name ?? null);
      set('status_at', change.at);
    }
    if (sets.length === 0) return before;
    set('updated_at', change.at);
    values.push(id);
    const row = await this.one(
      `UPDATE referrals SET ${sets.join(', ')} WHERE id = $${values.length} RETURNING *`,
      values,
    );
    const after = toReferral(row!);
    await this.audit(change, action, 'referral', id, before, after);
    return after;
  }

  async listSubscriptions(): Promise<Subscription[]> {
    return (await this.db.query('SELECT * FROM subscriptions ORDER BY id')).rows.map(toSubscription);
  }

  async getSubscription(conversation: string): Promise<Subscription | null> {
    const row = await this.one('SELECT * FROM subscriptions WHERE conversation = $1', [conversation]);
    return row ? toSubscription(row) : null;
  }

  async upsertSubscription(draft: SubscriptionDraft, change: Change): Promise<Subscription> {
    const s = SubscriptionDraftSchema.parse(draft);
    const offsets = JSON.stringify([...new Set(s.offsets)].sort((a, b) => b - a));
    const locked = await this.one('SELECT * FROM subscriptions WHERE conversation = $1 FOR UPDATE', [
      s.conversation,
    ]);
    const before = locked ? toSubscription(locked) : null;
    const row = before
      ? await this.one(
          `UPDATE subscriptions SET body_filter = $1, offsets_json = $2, digest = $3, updated_at = $4
           WHERE id = $5 RETURNING *`,
          [s.bodyFilter, offsets, s.digest, change.at, before.id],
        )
      : await this.one(
          `INSERT INTO subscriptions (conversation, body_filter, offsets_json, digest, created_by, created_at,
             updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING *`,
          [s.conversation, s.bodyFilter, offsets, s.digest, change.by, change.at],
        );
    const after = toSubscription(row!);
    await this.audit(
      change,
      before ? 'subscription.change' : 'subscription.add',
      'subscription',
      after.id,
      before,
      after,
    );
    return after;
  }

  async removeSubscription(conversation: string, change: Change): Promise<boolean> {
    const row = await this.one('DELETE FROM subscriptions WHERE conversation = $1 RETURNING *', [
      conversation,
    ]);
    if (!row) return false;
    const before = toSubscription(row);
    await this.audit(change, 'subscription.remove', 'subscription', before.id, before, null);
    return true;
  }

  async recordAudit(event: AuditEvent, change: Change): Promise<void> {
    await this.audit(
      change,
      event.action,
      event.entity,
      event.entityId,
      event.before ?? null,
      event.after ?? null,
    );
  }

  async listAudit(options: { entity?: AuditEntry['entity']; entityId?: number }): Promise<AuditEntry[]> {
    const clauses: string[] = [];
    const values: unknown[] = [];
    if (options.entity) {
      values.push(options.entity);
      clauses.push(`entity = $${values.length}`);
    }
    if (options.entityId !== undefined) {
      values.push(options.entityId);
      clauses.push(`entity_id = $${values.length}`);
    }
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    return (await this.db.query(`SELECT * FROM audit_log ${where} ORDER BY id`, values)).rows.map(toAudit);
  }
}

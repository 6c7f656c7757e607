import type { AuditEntry, Feedback, Membership, Referral, Subscription } from '../registry/model.js';
import { type Change, nameKey, type Store, type StoreReads } from '../registry/store.js';
import type { Ticket } from '../registry/ticket.js';

/**
 * Data-subject requests (GDPR articles 15 and 17) for one person, named by the platform-prefixed user
 * id the store keeps (`slack:T…:U…`, `teams:<aad id>`, `web:local`, `cli:<name>`).
 */
export const PERSON_ID = /^(slack|teams|web|cli):\S+$/;

export function isPersonId(text: string): boolean {
  return PERSON_ID.test(text);
}

/** How a request's argument was understood. A display name is accepted only where it is unambiguous. */
export type Resolved =
  | { kind: 'id'; id: string }
  | { kind: 'name'; name: string; id: string | null }
  | { kind: 'ambiguous'; name: string; candidates: { id: string; name: string }[] };

type Named = { memberships: Membership[]; referrals: Referral[]; audit: AuditEntry[] };

/** The display names recorded next to user ids (the platform gave them at the time). */
function recordedNames({ memberships, referrals, audit }: Named): { id: string; name: string }[] {
  const pairs: { id: string; name: string }[] = [];
  for (const m of memberships)
    if (m.registeredByName) pairs.push({ id: m.registeredBy, name: m.registeredByName });
  for (const r of referrals)
    if (r.statusBy && r.statusByName) pairs.push({ id: r.statusBy, name: r.statusByName });
  for (const e of audit)
    if (e.actorName && isPersonId(e.actor)) pairs.push({ id: e.actor, name: e.actorName });
  return pairs;
}

async function named(store: StoreReads): Promise<Named> {
  return {
    memberships: await store.listMemberships({ includeEnded: true }),
    referrals: await store.listReferrals(),
    audit: await store.listAudit(),
  };
}

/**
 * An id is taken as it is. Anything else is a display name: it stands for the one user id recorded
 * under that name, for no id when none was (a case officer or contact who never used Utblick), and is
 * refused when several ids carry it.
 */
export async function resolvePerson(store: StoreReads, argument: string): Promise<Resolved> {
  const text = argument.trim();
  if (isPersonId(text)) return { kind: 'id', id: text };
  const pairs = recordedNames(await named(store)).filter((p) => nameKey(p.name) === nameKey(text));
  const ids = [...new Set(pairs.map((p) => p.id))];
  if (ids.length > 1) {
    const candidates = ids.map((id) => ({ id, name: pairs.find((p) => p.id === id)!.name }));
    return { kind: 'ambiguous', name: text, candidates };
  }
  return { kind: 'name', name: text, id: ids[0] ?? null };
}

/** An earlier data-subject request about this person (forget-person's own audit entry). */
const isAbout = (entry: AuditEntry, id: string) =>
  entry.entity === 'person' && (entry.after as { subject?: unknown } | null)?.subject === id;

export type PersonExport = {
  /** The user id the export is about, or null when a name matched no user id. */
  subject: string | null;
  /** Display names recorded with the id, and the name asked about. */
  names: string[];
  exportedAt: string;
  /**
   * Public records (kept under the archive rules; forget-person does not remove them). The audit entries
   * are those where the person made the change, and earlier requests about them.
   */
  records: {
    membershipsRegistered: Membership[];
    membershipsEnded: Membership[];
    referralsCreated: Referral[];
    referralsStatusChanged: Referral[];
    subscriptionsCreated: Subscription[];
    auditEntries: AuditEntry[];
  };
  /** Personal data that is not a record (forget-person removes it): feedback and questions to the unit. */
  personal: { feedback: Feedback[]; tickets: Ticket[] };
  /** Where the person's name appears as text in the registers (contacts, case officers from documents). */
  mentions: {
    membershipContacts: { id: number; organisation: string; contact: string }[];
    referralCaseOfficers: { id: number; dnr: string; title: string; caseOfficer: string }[];
  };
};

/** Words only, so that "Bo" is found in "Bo Ek, 08-508 000 00" but not in "Bodil". */
const words = (text: string) =>
  ` ${nameKey(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

const mentions = (text: string | null, names: string[]) => {
  if (!text) return false;
  const haystack = words(text);
  return names.some((name) => words(name).trim() !== '' && haystack.includes(words(name)));
};

/** Everything the store holds about one person (an id, a name, or both). */
export async function exportPerson(
  store: StoreReads,
  who: { id: string | null; name?: string | null },
  at: string,
): Promise<PersonExport> {
  const id = who.id;
  const all = await named(store);
  const { memberships, referrals } = all;
  const names = [
    ...new Set([
      ...(id ? recordedNames(all).filter((p) => p.id === id) : []).map((p) => p.name),
      ...(who.name ? [who.name] : []),
    ]),
  ];
  const is = (actor: string | null) => id !== null && actor === id;
  return {
    subject: id,
    names,
    exportedAt: at,
    records: {
      membershipsRegistered: memberships.filter((m) => is(m.registeredBy)),
      membershipsEnded: memberships.filter((m) => is(m.endedBy)),
      referralsCreated: referrals.filter((r) => is(r.createdBy)),
      referralsStatusChanged: referrals.filter((r) => is(r.statusBy)),
      subscriptionsCreated: (await store.listSubscriptions()).filter((s) => is(s.createdBy)),
      auditEntries: id ? all.audit.filter((a) => a.actor === id || isAbout(a, id)) : [],
    },
    personal: {
      feedback: id ? await store.listFeedback({ userId: id }) : [],
      tickets: id ? await store.listTickets({ askedBy: id }) : [],
    },
    mentions: {
      membershipContacts: memberships
        .filter((m) => mentions(m.contact, names))
        .map((m) => ({ id: m.id, organisation: m.organisation, contact: m.contact! })),
      referralCaseOfficers: referrals
        .filter((r) => mentions(r.caseOfficer, names))
        .map((r) => ({ id: r.id, dnr: r.dnr, title: r.title, caseOfficer: r.caseOfficer! })),
    },
  };
}

/** What forget-person removes and what it keeps, as counts (the audit entry holds no more than this). */
export type ForgetPlan = {
  subject: string;
  remove: { feedback: number; tickets: number };
  keep: { memberships: number; referrals: number; subscriptions: number; auditEntries: number };
};

export function forgetPlan(found: PersonExport & { subject: string }): ForgetPlan {
  const r = found.records;
  return {
    subject: found.subject,
    remove: { feedback: found.personal.feedback.length, tickets: found.personal.tickets.length },
    keep: {
      memberships: new Set([...r.membershipsRegistered, ...r.membershipsEnded].map((m) => m.id)).size,
      referrals: new Set([...r.referralsCreated, ...r.referralsStatusChanged].map((x) => x.id)).size,
      subscriptions: r.subscriptionsCreated.length,
      auditEntries: r.auditEntries.length,
    },
  };
}

export const FORGET_ACTION = 'person.forget';

/**
 * Removes the person's personal data that is not a public record (their answer feedback, with
 * its questions, and the questions they sent to the international unit) and appends one audit entry saying so, with counts and never the removed content.
 * Registrations and the audit log are records and stay. Deleted rows are then purged from the files.
 */
export async function forgetPerson(store: Store, id: string, change: Change): Promise<ForgetPlan> {
  if (!isPersonId(id)) throw new RangeError('forget-person takes a platform-prefixed user id');
  const plan = await store.transaction(async (tx) => {
    const found = { ...(await exportPerson(tx, { id }, change.at)), subject: id };
    const planned = forgetPlan(found);
    await tx.deleteFeedback(found.personal.feedback.map((f) => f.id));
    await tx.deleteTickets(found.personal.tickets.map((k) => k.id));
    await tx.recordAudit(
      {
        action: FORGET_ACTION,
        entity: 'person',
        entityId: 0,
        after: { subject: id, removed: planned.remove },
      },
      change,
    );
    return planned;
  });
  await store.purgeDeleted();
  return plan;
}

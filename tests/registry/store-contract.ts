import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DuplicateMembershipError, DuplicateReferralError, type Store } from '../../src/registry/index.js';

/**
 * The behaviour every Store implementation must have. Run it with a factory that returns a fresh, empty
 * store: SQLite (tests/registry/sqlite-store.test.ts) and PostgreSQL (postgres-store.test.ts).
 */
export function storeContract(name: string, create: () => Promise<Store> | Store) {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    const change = (by = 'cli:anna', at = '2026-03-02T09:00:00.000Z') => ({ by, at });

    beforeEach(async () => {
      store = await create();
    });
    afterEach(() => store.close());

    it('adds, lists, reads and ends memberships, auditing each change', async () => {
      const m = await store.addMembership(
        {
          organisation: 'Eurocities',
          benefit: 'Learning from peers',
          body: 'Kommunstyrelsen',
          area: 'bevakning',
        },
        change(),
      );
      expect(m).toMatchObject({ organisation: 'Eurocities', kind: 'network', registeredBy: 'cli:anna' });
      expect(await store.getMembership(m.id)).toEqual(m);
      expect((await store.listMemberships()).map((x) => x.id)).toEqual([m.id]);
      const ended = await store.endMembership(
        m.id,
        '2026-06-30',
        change('cli:bo', '2026-07-01T08:00:00.000Z'),
      );
      expect(ended).toMatchObject({ endedBy: 'cli:bo', endDate: '2026-06-30' });
      expect(await store.listMemberships()).toEqual([]);
      expect(await store.listMemberships({ includeEnded: true })).toHaveLength(1);
      expect(await store.endMembership(m.id, '2026-07-01', change())).toBeNull();
      const audit = await store.listAudit({ entity: 'membership', entityId: m.id });
      expect(audit.map((a) => [a.action, a.actor])).toEqual([
        ['membership.add', 'cli:anna'],
        ['membership.end', 'cli:bo'],
      ]);
      expect(audit[1]!.before).toMatchObject({ endedAt: null });
      expect(audit[1]!.after).toMatchObject({ endDate: '2026-06-30' });
    });

    it('refuses a duplicate active membership, case- and accent-insensitively, but allows one after it ended', async () => {
      const first = await store.addMembership(
        { organisation: 'Malmö nätverk', body: 'Kulturnämnden', benefit: 'x' },
        change(),
      );
      const attempt = store.addMembership(
        { organisation: '  MALMO  Natverk', body: 'kulturnamnden', benefit: 'y' },
        change('cli:bo'),
      );
      await expect(attempt).rejects.toBeInstanceOf(DuplicateMembershipError);
      await expect(attempt).rejects.toMatchObject({ existing: { id: first.id, registeredBy: 'cli:anna' } });
      await store.addMembership(
        { organisation: 'Malmö nätverk', body: 'Idrottsnämnden', benefit: 'z' },
        change(),
      );
      await store.endMembership(first.id, '2026-05-01', change());
      await store.addMembership(
        { organisation: 'Malmö nätverk', body: 'Kulturnämnden', benefit: 'again' },
        change(),
      );
      expect(await store.listMemberships()).toHaveLength(2);
    });

    it('rejects an invalid membership without writing anything', async () => {
      await expect(store.addMembership({ organisation: 'X', benefit: '' }, change())).rejects.toThrow();
      expect(await store.listMemberships({ includeEnded: true })).toEqual([]);
      expect(await store.listAudit()).toEqual([]);
    });

    it('rolls back every write of a transaction that fails', async () => {
      await expect(
        store.transaction(async (tx) => {
          await tx.addMembership({ organisation: 'A', benefit: 'b' }, change());
          await tx.addReferral({ dnr: '1-2/2026', dnrKey: '1-2-2026', title: 'T' }, change());
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.listMemberships()).toEqual([]);
      expect(await store.listReferrals()).toEqual([]);
      expect(await store.listAudit()).toEqual([]);
    });

    it('runs concurrent transactions one after the other', async () => {
      const adds = Array.from({ length: 10 }, (_, i) =>
        store.transaction(async (tx) => {
          const before = (await tx.listMemberships()).length;
          await tx.addMembership({ organisation: `Org ${i}`, benefit: 'b' }, change());
          return before;
        }),
      );
      expect((await Promise.all(adds)).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    });

    it('keeps referrals unique by normalised case number and audits updates with before and after', async () => {
      const r = await store.addReferral(
        {
          dnr: '006-1137/2007',
          dnrKey: '006-1137-2007',
          title: 'Mål',
          due: '2008-09-01',
          recipients: ['A', 'B'],
        },
        change(),
      );
      expect(r).toMatchObject({ status: 'open', recipients: ['A', 'B'], overridden: [] });
      expect((await store.getReferralByKey('006-1137-2007'))?.id).toBe(r.id);
      await expect(
        store.addReferral({ dnr: '006 1137 2007', dnrKey: '006-1137-2007', title: 'Other' }, change()),
      ).rejects.toBeInstanceOf(DuplicateReferralError);
      const done = await store.updateReferral(
        r.id,
        { status: 'answered', due: '2008-09-02', overridden: ['due'] },
        change('cli:bo', '2008-08-20T10:00:00.000Z'),
        'referral.done',
      );
      expect(done).toMatchObject({
        status: 'answered',
        statusBy: 'cli:bo',
        due: '2008-09-02',
        overridden: ['due'],
      });
      const audit = await store.listAudit({ entity: 'referral', entityId: r.id });
      expect(audit.map((a) => a.action)).toEqual(['referral.add', 'referral.done']);
      expect(audit[1]!.before).toMatchObject({ status: 'open', due: '2008-09-01' });
      expect(audit[1]!.after).toMatchObject({ status: 'answered', due: '2008-09-02' });
      expect(await store.updateReferral(999, { title: 'x' }, change(), 'referral.edit')).toBeNull();
    });

    it('keeps one subscription per conversation, with default offsets, and removes it', async () => {
      const s = await store.upsertSubscription({ conversation: 'slack:T1:C1' }, change());
      expect(s).toMatchObject({
        offsets: [14, 7, 2, 0],
        digest: false,
        bodyFilter: null,
        createdBy: 'cli:anna',
      });
      const again = await store.upsertSubscription(
        { conversation: 'slack:T1:C1', offsets: [0, 5, 5], digest: true, bodyFilter: 'Kulturnämnden' },
        change('cli:bo'),
      );
      expect(again).toMatchObject({ id: s.id, offsets: [5, 0], digest: true, bodyFilter: 'Kulturnämnden' });
      expect(await store.listSubscriptions()).toHaveLength(1);
      expect(await store.removeSubscription('slack:T1:C1', change())).toBe(true);
      expect(await store.removeSubscription('slack:T1:C1', change())).toBe(false);
      expect((await store.listAudit({ entity: 'subscription' })).map((a) => a.action)).toEqual([
        'subscription.add',
        'subscription.change',
        'subscription.remove',
      ]);
    });

    it('records an audit event that changes no row, with before and after', async () => {
      await store.recordAudit(
        {
          action: 'subscription.delivery_refused',
          entity: 'subscription',
          entityId: 7,
          after: { reason: 'gone' },
        },
        change('system:notify'),
      );
      const audit = await store.listAudit({ entity: 'subscription', entityId: 7 });
      expect(audit).toMatchObject([
        {
          action: 'subscription.delivery_refused',
          actor: 'system:notify',
          before: null,
          after: { reason: 'gone' },
        },
      ]);
    });

    it('claims a notification once, lets an expired claim be taken over, and keeps a sent one sent', async () => {
      const key = {
        referralId: 1,
        conversation: 'slack:T1:C1',
        kind: 'reminder' as const,
        duePoint: '2026-09-01/7',
      };
      const claim = await store.claimNotification(key, {
        now: '2026-08-21T06:00:00.000Z',
        leaseUntil: '2026-08-21T06:05:00.000Z',
      });
      expect(claim).toMatchObject({ attempt: 1, takeover: false });
      expect(
        await store.claimNotification(key, {
          now: '2026-08-21T06:01:00.000Z',
          leaseUntil: '2026-08-21T06:06:00.000Z',
        }),
      ).toBeNull();
      const takeover = await store.claimNotification(key, {
        now: '2026-08-21T06:10:00.000Z',
        leaseUntil: '2026-08-21T06:15:00.000Z',
      });
      // The first claim was never marked: its send may have reached the platform (a possible duplicate).
      expect(takeover).toMatchObject({ attempt: 2, takeover: true });
      expect(await store.markNotificationSent(claim!, '2026-08-21T06:10:01.000Z')).toBe(false);
      expect(await store.markNotificationSent(takeover!, '2026-08-21T06:10:02.000Z', 'm-1')).toBe(true);
      expect(await store.getNotification(key)).toMatchObject({
        state: 'sent',
        messageId: 'm-1',
        attempts: 2,
      });
      expect(
        await store.claimNotification(key, {
          now: '2026-09-30T06:00:00.000Z',
          leaseUntil: '2026-09-30T06:05:00.000Z',
        }),
      ).toBeNull();
    });

    it('retries a failed notification only after its retry time, and never a permanent failure', async () => {
      const key = {
        referralId: 2,
        conversation: 'teams:x',
        kind: 'overdue' as const,
        duePoint: '2026-09-02',
      };
      const other = { ...key, conversation: 'slack:T1:C9' };
      const lease = { now: '2026-09-02T06:00:00.000Z', leaseUntil: '2026-09-02T06:05:00.000Z' };
      const c1 = (await store.claimNotification(key, lease))!;
      await store.markNotificationFailed(c1, {
        at: lease.now,
        reason: 'HTTP 503',
        permanent: false,
        retryAt: '2026-09-02T06:30:00.000Z',
      });
      expect(await store.getNotification(key)).toMatchObject({ state: 'failed', lastError: 'HTTP 503' });
      expect(
        await store.claimNotification(key, {
          now: '2026-09-02T06:20:00.000Z',
          leaseUntil: '2026-09-02T06:25:00.000Z',
        }),
      ).toBeNull();
      const c2 = await store.claimNotification(key, {
        now: '2026-09-02T06:31:00.000Z',
        leaseUntil: '2026-09-02T06:36:00.000Z',
      });
      // A retry after a recorded failure is no takeover: the platform said no to the first attempt.
      expect(c2).toMatchObject({ attempt: 2, takeover: false });
      const c3 = (await store.claimNotification(other, lease))!;
      await store.markNotificationFailed(c3, {
        at: lease.now,
        reason: 'channel_not_found',
        permanent: true,
        retryAt: null,
      });
      expect(
        await store.claimNotification(other, {
          now: '2027-01-01T00:00:00.000Z',
          leaseUntil: '2027-01-01T00:05:00.000Z',
        }),
      ).toBeNull();
      expect((await store.listNotifications({ conversation: 'slack:T1:C9' }))[0]).toMatchObject({
        state: 'dead',
      });
    });

    it('gives a key to exactly one of several concurrent claimers', async () => {
      const key = {
        referralId: 3,
        conversation: 'slack:T1:C1',
        kind: 'due_today' as const,
        duePoint: '2026-09-01',
      };
      const claims = await Promise.all(
        Array.from({ length: 5 }, () =>
          store.claimNotification(key, {
            now: '2026-09-01T06:00:00.000Z',
            leaseUntil: '2026-09-01T06:05:00.000Z',
          }),
        ),
      );
      expect(claims.filter((c) => c !== null)).toHaveLength(1);
    });

    it('records answer feedback', async () => {
      const f = await store.addFeedback(
        {
          question: 'Vem ansvarar?',
          lang: 'sv',
          answerSummary: 'Nämnderna',
          topPassageId: 'doc#3',
          vote: 'up',
          userId: 'slack:T1:U1',
        },
        '2026-03-02T09:00:00.000Z',
      );
      expect(await store.listFeedback()).toEqual([f]);
      expect(f).toMatchObject({ vote: 'up', topPassageId: 'doc#3', createdAt: '2026-03-02T09:00:00.000Z' });
    });

    it("lists one person's feedback and feedback given before a moment, and deletes it by id", async () => {
      const give = (userId: string, at: string, question = 'Vem ansvarar?') =>
        store.addFeedback(
          { question, lang: 'sv', answerSummary: 'Nämnderna', topPassageId: 'doc#3', vote: 'down', userId },
          at,
        );
      const old = await give('slack:T1:U1', '2026-01-10T09:00:00.000Z');
      const other = await give('teams:aad-2', '2026-01-11T09:00:00.000Z');
      // Written with an offset: 2026-03-01T00:30+01:00 is 2026-02-28T23:30Z, before March in UTC.
      const offset = await give('slack:T1:U1', '2026-03-01T00:30:00.000+01:00');
      const recent = await give('slack:T1:U1', '2026-03-02T09:00:00.000Z');
      expect((await store.listFeedback({ userId: 'slack:T1:U1' })).map((f) => f.id)).toEqual([
        old.id,
        offset.id,
        recent.id,
      ]);
      expect((await store.listFeedback({ before: '2026-03-01T00:00:00.000Z' })).map((f) => f.id)).toEqual([
        old.id,
        other.id,
        offset.id,
      ]);
      expect(await store.deleteFeedback([old.id, recent.id, 9999])).toBe(2);
      expect((await store.listFeedback()).map((f) => f.id)).toEqual([other.id, offset.id]);
      expect(await store.listAudit()).toEqual([]);
    });

    it('adds up anonymous feedback counts by day, language, passage and vote', async () => {
      expect(await store.listFeedbackStats()).toEqual([]);
      await store.addFeedbackStats([
        { day: '2026-01-10', lang: 'sv', topPassageId: 'doc#3', vote: 'up', count: 2 },
        { day: '2026-01-10', lang: 'sv', topPassageId: null, vote: 'down', count: 1 },
      ]);
      await store.addFeedbackStats([
        { day: '2026-01-10', lang: 'sv', topPassageId: 'doc#3', vote: 'up', count: 3 },
        { day: '2026-01-10', lang: 'en', topPassageId: 'doc#3', vote: 'up', count: 1 },
      ]);
      const stats = await store.listFeedbackStats();
      expect(stats).toHaveLength(3);
      expect(stats).toEqual(
        expect.arrayContaining([
          { day: '2026-01-10', lang: 'sv', topPassageId: 'doc#3', vote: 'up', count: 5 },
          { day: '2026-01-10', lang: 'sv', topPassageId: null, vote: 'down', count: 1 },
          { day: '2026-01-10', lang: 'en', topPassageId: 'doc#3', vote: 'up', count: 1 },
        ]),
      );
    });

    it('moves feedback into counts in one transaction, or not at all', async () => {
      const f = await store.addFeedback(
        { question: 'q', lang: 'en', answerSummary: 'a', topPassageId: null, vote: 'up', userId: 'cli:anna' },
        '2026-01-10T09:00:00.000Z',
      );
      await expect(
        store.transaction(async (tx) => {
          await tx.deleteFeedback([f.id]);
          await tx.addFeedbackStats([
            { day: '2026-01-10', lang: 'en', topPassageId: null, vote: 'up', count: 0 },
          ]);
        }),
      ).rejects.toThrow();
      expect(await store.listFeedback()).toEqual([f]);
      expect(await store.listFeedbackStats()).toEqual([]);
      await store.purgeDeleted();
    });

    it('keeps a conversation context of case ids until it expires, replacing it on every save', async () => {
      const now = '2026-01-10T09:00:00.000Z';
      const thread = 'slack:T1:C1:1700000001.000100';
      expect(await store.getConversationContext(thread, now)).toBeNull();
      await store.saveConversationContext(
        { conversation: thread, cases: ['a#case:0'], choices: [], expiresAt: '2026-01-10T09:15:00.000Z' },
        now,
      );
      await store.saveConversationContext(
        {
          conversation: 'web:other',
          cases: ['b#case:1'],
          choices: [],
          expiresAt: '2026-01-10T09:05:00+00:00',
        },
        now,
      );
      expect(await store.getConversationContext(thread, '2026-01-10T10:14:00+01:00')).toEqual({
        conversation: thread,
        cases: ['a#case:0'],
        choices: [],
        expiresAt: '2026-01-10T09:15:00.000Z',
      });
      await store.saveConversationContext(
        {
          conversation: thread,
          cases: [],
          choices: ['c#case:0', 'c#case:1'],
          expiresAt: '2026-01-10T09:20:00.000Z',
        },
        '2026-01-10T09:05:00.000Z',
      );
      expect(await store.getConversationContext(thread, '2026-01-10T09:19:59.000Z')).toMatchObject({
        cases: [],
        choices: ['c#case:0', 'c#case:1'],
      });
      expect(await store.getConversationContext(thread, '2026-01-10T09:20:00.000Z')).toBeNull();
      // Saving forgot the other thread, whose time was up.
      expect(await store.getConversationContext('web:other', '2026-01-10T09:00:00.000Z')).toBeNull();
    });

    it('keeps question tickets: the first answer wins, and each delivery is claimed, sent and marked once', async () => {
      const t0 = '2026-01-10T09:00:00.000Z';
      const ticket = await store.addTicket(
        {
          question: 'Vem beslutar om medlemskap i Eurocities?',
          lang: 'sv',
          utblickAnswer: 'Det vet jag inte.',
          askedBy: 'slack:T1:U1',
          askedByName: 'Anna',
          platform: 'slack',
          replyTo: 'slack:T1:C1:1700000001.0001',
        },
        t0,
      );
      expect(ticket).toMatchObject({ status: 'open', postedAt: null, answer: null, createdAt: t0 });
      expect(await store.listPendingTickets()).toEqual([ticket.id]);
      const lease = { now: t0, leaseUntil: '2026-01-10T09:05:00.000Z' };
      const post = await store.claimTicketDelivery(ticket.id, 'post', lease);
      expect(post).toMatchObject({ takeover: false });
      expect(await store.claimTicketDelivery(ticket.id, 'post', lease)).toBeNull();
      // Not answered yet: nothing to deliver.
      expect(await store.claimTicketDelivery(ticket.id, 'deliver', lease)).toBeNull();
      expect(await store.markTicketDelivered(post!, t0)).toBe(true);
      expect(await store.listPendingTickets()).toEqual([]);

      const answered = await store.answerTicket(ticket.id, 'Kommunstyrelsen.', 'slack:T1:U9', 'Eva', t0);
      expect(answered).toMatchObject({
        status: 'answered',
        answer: 'Kommunstyrelsen.',
        answeredByName: 'Eva',
      });
      expect(await store.answerTicket(ticket.id, 'Någon annan.', 'slack:T1:U8', 'Bo', t0)).toBeNull();
      const first = await store.claimTicketDelivery(ticket.id, 'deliver', lease);
      // The process died after claiming: once the lease is out, another takes over (a possible duplicate).
      const later = { now: '2026-01-10T09:06:00.000Z', leaseUntil: '2026-01-10T09:11:00.000Z' };
      const second = await store.claimTicketDelivery(ticket.id, 'deliver', later);
      expect(second).toMatchObject({ takeover: true });
      expect(await store.markTicketDelivered(first!, t0)).toBe(false);
      expect(await store.markTicketDelivered(second!, later.now)).toBe(true);
      expect(await store.claimTicketDelivery(ticket.id, 'deliver', later)).toBeNull();
      expect(await store.getTicket(ticket.id)).toMatchObject({ deliveredAt: later.now });
      expect(await store.listTickets({ status: 'answered' })).toHaveLength(1);
      expect(await store.listTickets({ askedBy: 'slack:T1:U2' })).toEqual([]);
      expect(await store.deleteTickets([ticket.id])).toBe(1);
      expect(await store.getTicket(ticket.id)).toBeNull();
    });

    it('keeps curated answers: added, listed, renewed by id', async () => {
      const draft = {
        wordings: ['Hur många anställda har stadens Brysselkontor?'],
        answer: 'Fyra.',
        lang: 'sv' as const,
        source: 'internationella avdelningen, 2026-02-02',
        reviewBy: '2026-06-30',
        ticketId: null,
      };
      const saved = await store.addCuratedAnswer(draft, 'slack:T1:UEVA', '2026-02-02T10:00:00.000Z');
      expect(saved).toMatchObject({
        ...draft,
        createdBy: 'slack:T1:UEVA',
        createdAt: '2026-02-02T10:00:00.000Z',
      });
      const renewed = await store.updateCuratedAnswer(saved.id, { ...draft, reviewBy: '2027-06-30' });
      expect(renewed?.reviewBy).toBe('2027-06-30');
      expect(await store.updateCuratedAnswer(saved.id + 100, draft)).toBeNull();
      expect(await store.listCuratedAnswers()).toEqual([renewed]);
    });
  });
}

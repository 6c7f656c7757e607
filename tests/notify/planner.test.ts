import { describe, expect, it } from 'vitest';
import type { Block, Reply } from '../../src/core/reply.js';
import { planNotifications } from '../../src/notify/planner.js';
import type { NotificationRecord, Referral, Subscription } from '../../src/registry/model.js';
import { referralRecord, subscriptionRecord, ZONE } from './fixtures.js';

const plan = (
  now: string,
  referrals: Referral[],
  subscriptions: Subscription[] = [subscriptionRecord({ id: 1 })],
  log: NotificationRecord[] = [],
) => planNotifications({ referrals, subscriptions, log, now, timeZone: ZONE });

const text = (reply: Reply) =>
  reply.blocks
    .map((b: Block) => {
      if (b.type === 'heading' || b.type === 'text') return b.text;
      if (b.type === 'fields') return b.fields.map((f) => `${f.label}: ${f.value}`).join('\n');
      if (b.type === 'list') return b.items.join('\n');
      if (b.type === 'actions') return b.actions.map((a) => `[${a.label}|${a.id}=${a.value}]`).join(' ');
      return '';
    })
    .join('\n');

function sent(key: {
  referralId: number;
  conversation: string;
  kind: string;
  duePoint: string;
}): NotificationRecord {
  return {
    ...(key as NotificationRecord),
    id: 1,
    state: 'sent',
    attempts: 1,
    leaseUntil: null,
    retryAt: null,
    lastError: null,
    sentAt: '2026-09-16T06:01:00.000Z',
    messageId: 'm1',
    createdAt: '2026-09-16T06:00:00.000Z',
    updatedAt: '2026-09-16T06:01:00.000Z',
  };
}

// Due Friday 25 September 2026: 14 working days before is Monday 7 September, 7 is Wednesday 16,
// 2 is Wednesday 23; overdue from Monday 28 September.
const due = referralRecord({
  id: 5,
  due: '2026-09-25',
  title: 'Remiss om Östersjöstrategin',
  dnr: 'KS 2026/123',
});

describe('planNotifications', () => {
  it('plans one Swedish reminder at 08:00 on the 7-working-day point, with the facts and a done button', () => {
    expect(plan('2026-09-16T05:59:00.000Z', [due])).toEqual([]); // 07:59 in Stockholm
    const [reminder, ...rest] = plan('2026-09-16T06:00:00.000Z', [due]);
    expect(rest).toEqual([]);
    expect(reminder!.key).toEqual({
      referralId: 5,
      conversation: 'slack:T1:C1',
      kind: 'reminder',
      duePoint: '2026-09-25/7',
    });
    const body = text(reminder!.reply);
    expect(body).toContain('Påminnelse: Remiss om Östersjöstrategin');
    expect(body).toContain('KS 2026/123');
    expect(body).toContain('fredag 25 september 2026');
    expect(body).toContain('9 dagar kvar (7 arbetsdagar)');
    expect(body).toContain('[Markera som besvarad|referral_done=5]');
    expect(reminder!.reply.lang).toBe('sv');
  });

  it('writes in English when the subscription keeps English as its language', () => {
    const english = { ...subscriptionRecord({ id: 1 }), lang: 'en' } as Subscription;
    const [reminder] = plan('2026-09-16T09:00:00.000Z', [due], [english]);
    const body = text(reminder!.reply);
    expect(body).toContain('Reminder: Remiss om Östersjöstrategin');
    expect(body).toContain('Friday 25 September 2026');
    expect(body).toContain('9 days left (7 working days)');
    expect(body).toContain('[Mark as answered|referral_done=5]');
  });

  it('never plans again what the log shows as sent, nor on a later day before the next point', () => {
    const first = plan('2026-09-16T06:00:00.000Z', [due]);
    const log = [sent(first[0]!.key)];
    expect(plan('2026-09-16T12:00:00.000Z', [due], undefined, log)).toEqual([]);
    expect(plan('2026-09-22T12:00:00.000Z', [due], undefined, log)).toEqual([]);
    expect(plan('2026-09-23T06:00:00.000Z', [due], undefined, log).map((p) => p.key.duePoint)).toEqual([
      '2026-09-25/2',
    ]);
  });

  it('after downtime, catches up with only the latest due message', () => {
    // Down from before the 14-day point until the day after the 2-day point.
    const planned = plan('2026-09-24T10:00:00.000Z', [due]);
    expect(planned.map((p) => p.key.duePoint)).toEqual(['2026-09-25/2']);
    expect(text(planned[0]!.reply)).toContain('1 dag kvar (1 arbetsdag)');
  });

  it('says "due today" on the due date, and overdue the working day after, then weekly for four weeks', () => {
    expect(plan('2026-09-25T06:00:00.000Z', [due])[0]!.key.kind).toBe('due_today');
    expect(text(plan('2026-09-25T06:00:00.000Z', [due])[0]!.reply)).toContain('Sista svarsdagen är i dag');
    expect(plan('2026-09-26T10:00:00.000Z', [due])).toEqual([]); // Saturday: nothing goes out
    const overdue = plan('2026-09-28T06:00:00.000Z', [due]);
    expect(overdue.map((p) => [p.key.kind, p.key.duePoint])).toEqual([['overdue', '2026-09-25/+0']]);
    expect(text(overdue[0]!.reply)).toContain('Försenad med 3 dagar (1 arbetsdag)');
    const weekly = ['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26'].map(
      (day) => plan(`${day}T07:00:00.000Z`, [due])[0]?.key.duePoint,
    );
    expect(weekly).toEqual(['2026-09-25/+1', '2026-09-25/+2', '2026-09-25/+3', '2026-09-25/+4']);
    expect(plan('2026-11-02T08:00:00.000Z', [due])).toEqual([]); // older: only the digest
  });

  it('stops when a referral is answered or withdrawn', () => {
    expect(plan('2026-09-28T06:00:00.000Z', [{ ...due, status: 'answered' }])).toEqual([]);
    expect(plan('2026-09-16T06:00:00.000Z', [{ ...due, status: 'withdrawn' }])).toEqual([]);
  });

  it('keeps every point on a working day: holidays are skipped, a weekend due date is reminded on Friday', () => {
    // Due Tuesday 7 April 2026, after Good Friday and Easter Monday: 2 working days before is Wednesday 1 April.
    const easter = referralRecord({ id: 6, due: '2026-04-07', createdAt: '2026-03-01T07:00:00.000Z' });
    const subs = [subscriptionRecord({ id: 1, createdAt: '2026-03-01T07:00:00.000Z' })];
    expect(plan('2026-04-01T06:00:00.000Z', [easter], subs)[0]!.key.duePoint).toBe('2026-04-07/2');
    expect(plan('2026-04-06T08:00:00.000Z', [easter], subs)).toEqual([]); // Easter Monday
    // Due on Easter Monday: "due today" cannot go out on the day, so it goes out on Thursday 2 April.
    const onHoliday = referralRecord({ id: 7, due: '2026-04-06', createdAt: '2026-03-01T07:00:00.000Z' });
    const thursday = plan('2026-04-02T06:00:00.000Z', [onHoliday], subs);
    expect(thursday.map((p) => [p.key.kind, p.key.duePoint])).toEqual([['reminder', '2026-04-06/0']]);
    expect(plan('2026-04-07T06:00:00.000Z', [onHoliday], subs)[0]!.key.kind).toBe('overdue');
    // Due Saturday 26 September: offset 0 goes out on Friday 25 September.
    const saturday = referralRecord({ id: 8, due: '2026-09-26' });
    expect(plan('2026-09-25T06:00:00.000Z', [saturday])[0]!.key.duePoint).toBe('2026-09-26/0');
  });

  it('follows an injected calendar: a day off moves the reminder to the working day before', () => {
    // Wednesday 16 September is declared a day off: 7 working days before Friday 25 is now Tuesday 15.
    const calendar = {
      isWorkingDay: (d: string) =>
        d !== '2026-09-16' && ![0, 6].includes(new Date(`${d}T12:00:00Z`).getUTCDay()),
    };
    const planned = (now: string) =>
      planNotifications({
        referrals: [due],
        subscriptions: [subscriptionRecord({ id: 1 })],
        log: [],
        now,
        timeZone: ZONE,
        calendar,
      });
    expect(planned('2026-09-15T06:00:00.000Z').map((p) => p.key.duePoint)).toEqual(['2026-09-25/7']);
    expect(planned('2026-09-16T06:00:00.000Z')).toEqual([]);
  });

  it('sends at 08:00 Stockholm time across the daylight-saving changes', () => {
    // Monday 30 March 2026, the day after summer time starts: 08:00 CEST is 06:00 UTC.
    const spring = referralRecord({ id: 9, due: '2026-04-10', createdAt: '2026-03-01T07:00:00.000Z' });
    const subs = [subscriptionRecord({ id: 1, createdAt: '2026-03-01T07:00:00.000Z' })];
    expect(plan('2026-03-30T05:59:00.000Z', [spring], subs)).toEqual([]);
    expect(plan('2026-03-30T06:00:00.000Z', [spring], subs)[0]!.key.duePoint).toBe('2026-04-10/7');
    // Monday 26 October 2026, the day after winter time starts: 08:00 CET is 07:00 UTC.
    const autumn = referralRecord({ id: 10, due: '2026-11-04' });
    expect(plan('2026-10-26T06:30:00.000Z', [autumn])).toEqual([]);
    expect(plan('2026-10-26T07:00:00.000Z', [autumn])[0]!.key.duePoint).toBe('2026-11-04/7');
  });

  it('announces a new referral at the next sending time, and only to subscriptions made before it', () => {
    // Registered on Saturday 12 September: announced on Monday 14 September at 08:00.
    const fresh = referralRecord({ id: 11, due: '2026-10-30', createdAt: '2026-09-12T10:00:00.000Z' });
    expect(plan('2026-09-12T10:30:00.000Z', [fresh])).toEqual([]);
    const monday = plan('2026-09-14T06:00:00.000Z', [fresh]);
    expect(monday.map((p) => p.key.kind)).toEqual(['new']);
    expect(text(monday[0]!.reply)).toContain('Ny remiss: Remiss nummer 11');
    // A subscription made after the referral arrived is not told it is new.
    const later = [subscriptionRecord({ id: 2, createdAt: '2026-09-14T09:00:00.000Z' })];
    expect(plan('2026-09-14T10:00:00.000Z', [fresh], later)).toEqual([]);
  });

  it('announces a referral registered during working hours at once', () => {
    const fresh = referralRecord({ id: 12, due: null, createdAt: '2026-09-15T12:00:00.000Z' });
    expect(plan('2026-09-15T11:59:00.000Z', [fresh])).toEqual([]);
    const planned = plan('2026-09-15T12:00:00.000Z', [fresh]);
    expect(planned.map((p) => p.key.kind)).toEqual(['new']);
    expect(text(planned[0]!.reply)).toContain('ingen svarsdag');
  });

  it("respects a subscription's body filter", () => {
    const culture = referralRecord({ id: 13, due: '2026-09-25', ourBody: 'Kulturnämnden' });
    const other = referralRecord({ id: 14, due: '2026-09-25', ourBody: 'Idrottsnämnden' });
    const subs = [subscriptionRecord({ id: 1, bodyFilter: 'kulturnamnden' })];
    expect(plan('2026-09-16T06:00:00.000Z', [culture, other], subs).map((p) => p.key.referralId)).toEqual([
      13,
    ]);
  });

  it('sends the weekly digest on Monday at 08:00, on Tuesday after Easter Monday, with old overdue cases', () => {
    const subs = [subscriptionRecord({ id: 1, digest: true, createdAt: '2026-01-01T07:00:00.000Z' })];
    const old = referralRecord({
      id: 15,
      due: '2026-01-15',
      title: 'Gammal remiss',
      createdAt: '2026-01-01T07:00:00.000Z',
    });
    const soon = referralRecord({
      id: 16,
      due: '2026-04-20',
      title: 'Snart',
      createdAt: '2026-01-01T07:00:00.000Z',
    });
    const far = referralRecord({
      id: 17,
      due: '2026-06-30',
      title: 'Långt bort',
      createdAt: '2026-01-01T07:00:00.000Z',
    });
    const digests = (now: string, log: NotificationRecord[] = []) =>
      plan(now, [old, soon, far], subs, log).filter((p) => p.key.kind === 'digest');
    expect(digests('2026-04-06T09:00:00.000Z')).toEqual([]); // Easter Monday
    const digest = digests('2026-04-07T06:00:00.000Z');
    expect(digest.map((p) => p.key)).toEqual([
      { referralId: 0, conversation: 'slack:T1:C1', kind: 'digest', duePoint: '2026-04-06' },
    ]);
    const body = text(digest[0]!.reply);
    expect(body).toContain('Gammal remiss');
    expect(body).toContain('Snart');
    expect(body).not.toContain('Långt bort');
    // No digest for subscriptions without it, nor on other weekdays after it was sent.
    const plain = [subscriptionRecord({ id: 2, createdAt: '2026-01-01T07:00:00.000Z' })];
    expect(plan('2026-04-07T06:00:00.000Z', [soon], plain).map((p) => p.key.kind)).not.toContain('digest');
    expect(digests('2026-04-08T06:00:00.000Z', [sent(digest[0]!.key)])).toEqual([]);
    expect(digests('2026-04-13T06:00:00.000Z').map((p) => p.key.duePoint)).toEqual(['2026-04-13']);
  });

  it('plans nothing more for a conversation that refused for good until it subscribes again', () => {
    const refusedAt = '2026-09-16T06:01:00.000Z';
    const dead = {
      ...sent({ referralId: 5, conversation: 'slack:T1:C1', kind: 'reminder', duePoint: '2026-09-25/7' }),
      state: 'dead' as const,
      updatedAt: refusedAt,
    };
    expect(plan('2026-09-23T06:00:00.000Z', [due], undefined, [dead])).toEqual([]);
    const again = [subscriptionRecord({ id: 1, updatedAt: '2026-09-17T09:00:00.000Z' })];
    expect(plan('2026-09-23T06:00:00.000Z', [due], again, [dead]).map((p) => p.key.duePoint)).toEqual([
      '2026-09-25/2',
    ]);
  });
});

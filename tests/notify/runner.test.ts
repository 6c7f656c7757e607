import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.js';
import { silentLogger } from '../../src/core/logger.js';
import { runNotificationTick, type TickDeps } from '../../src/notify/runner.js';
import type { Store } from '../../src/registry/store.js';
import { addReferral, CONFIG, memoryLogger, subscribe, tempDb } from './fixtures.js';
import { RecordingDelivery } from './recording-delivery.js';

// Due Friday 25 September 2026; the 7-working-day point is Wednesday 16 September (08:00 = 06:00 UTC).
const SEVEN_DAYS = '2026-09-16T06:05:00.000Z';
const CHANNEL = 'slack:T1:C1';

let db: ReturnType<typeof tempDb>;
const open: Store[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
  db?.cleanup();
});

function openStore(): Store {
  const store = db.open();
  open.push(store);
  return store;
}

function deps(
  store: Store,
  adapter: RecordingDelivery,
  now: string,
  extra: Partial<TickDeps> = {},
): TickDeps {
  return {
    store,
    adapters: [adapter],
    clock: fixedClock(now),
    config: CONFIG,
    logger: silentLogger,
    ...extra,
  };
}

async function seed(store: Store) {
  const referral = await addReferral(store, {
    dnr: 'KS 2026/123',
    title: 'Remiss om Östersjöstrategin',
    due: '2026-09-25',
  });
  const subscription = await subscribe(store, CHANNEL);
  return { referral, subscription };
}

describe('runNotificationTick with the SQLite store', () => {
  it('sends the 7-day reminder exactly once, also after a restart', async () => {
    db = tempDb();
    const store = openStore();
    await seed(store);
    const slack = new RecordingDelivery('slack');
    const first = await runNotificationTick(deps(store, slack, SEVEN_DAYS));
    expect(first.sent.map((s) => s.key.duePoint)).toEqual(['2026-09-25/7']);
    expect(slack.delivered.map((d) => d.reference)).toEqual([CHANNEL]);
    expect(slack.delivered[0]!.reply.summary).toContain('7 arbetsdagar');
    await runNotificationTick(deps(store, slack, '2026-09-16T06:06:00.000Z'));
    store.close();
    open.splice(0);

    const reopened = openStore();
    await runNotificationTick(deps(reopened, slack, '2026-09-16T10:00:00.000Z'));
    await runNotificationTick(deps(reopened, slack, '2026-09-17T10:00:00.000Z'));
    expect(slack.delivered).toHaveLength(1);
    const log = await reopened.listNotifications();
    expect(log.map((r) => [r.kind, r.duePoint, r.state, r.messageId])).toEqual([
      ['reminder', '2026-09-25/7', 'sent', 'm1'],
    ]);
  });

  it('leaves a failed delivery unsent and sends it on a later tick, waiting longer after each failure', async () => {
    db = tempDb();
    const store = openStore();
    await seed(store);
    const slack = new RecordingDelivery('slack');
    slack.failNext({ reason: 'ratelimited' });
    slack.failNext({ throws: true });
    const first = await runNotificationTick(deps(store, slack, '2026-09-16T06:00:00.000Z'));
    expect(first.sent).toEqual([]);
    expect(first.failed).toMatchObject([{ permanent: false, retryAt: '2026-09-16T06:01:00.000Z' }]);
    expect((await store.listNotifications())[0]).toMatchObject({ state: 'failed', sentAt: null });
    // Not yet due for retry: nothing is attempted.
    const early = await runNotificationTick(deps(store, slack, '2026-09-16T06:00:30.000Z'));
    expect(early.skipped.map((s) => s.why)).toEqual(['claimed_or_waiting']);
    // Second attempt throws: still unsent, and the next wait is longer (2 minutes).
    const second = await runNotificationTick(deps(store, slack, '2026-09-16T06:01:00.000Z'));
    expect(second.failed).toMatchObject([{ permanent: false, retryAt: '2026-09-16T06:03:00.000Z' }]);
    expect(slack.delivered).toEqual([]);
    await runNotificationTick(deps(store, slack, '2026-09-16T06:02:00.000Z'));
    expect(slack.delivered).toEqual([]);
    const third = await runNotificationTick(deps(store, slack, '2026-09-16T06:03:00.000Z'));
    expect(third.sent).toHaveLength(1);
    expect(slack.delivered).toHaveLength(1);
    expect((await store.listNotifications())[0]).toMatchObject({ state: 'sent', attempts: 3 });
  });

  it('marks a permanent refusal, reports it without personal data, stops, and resumes after resubscribing', async () => {
    db = tempDb();
    const store = openStore();
    const { subscription } = await seed(store);
    await addReferral(store, { dnr: 'KS 2026/124', title: 'Andra remissen', due: '2026-09-25' });
    const slack = new RecordingDelivery('slack');
    slack.failNext({ permanent: true, reason: 'is_archived' });
    const logger = memoryLogger();
    const alerts: unknown[] = [];
    const result = await runNotificationTick(
      deps(store, slack, SEVEN_DAYS, { logger, alertAdmins: async (a) => void alerts.push(a) }),
    );
    expect(result.failed).toMatchObject([{ permanent: true, reason: 'is_archived', retryAt: null }]);
    // The second message to the same conversation is not attempted in the same tick.
    expect(result.skipped.map((s) => s.why)).toEqual(['conversation_refused']);
    expect(slack.delivered).toEqual([]);
    expect((await store.listNotifications()).map((r) => r.state)).toEqual(['dead']);
    const audit = await store.listAudit({ entity: 'subscription', entityId: subscription.id });
    expect(audit.at(-1)).toMatchObject({ action: 'subscription.delivery_refused', actor: 'system:notify' });
    expect(alerts).toMatchObject([
      { admins: ['slack:T1:UADMIN'], conversation: CHANNEL, reason: 'is_archived' },
    ]);
    const errors = logger.lines.filter((l) => l.level === 'error');
    expect(errors).toHaveLength(1);
    const logged = JSON.stringify(errors);
    for (const secret of [CHANNEL, 'Östersjöstrategin', 'KS 2026/123', 'UADMIN'])
      expect(logged).not.toContain(secret);

    // Not retried forever: later ticks and later points send nothing to it.
    await runNotificationTick(deps(store, slack, '2026-09-16T08:00:00.000Z'));
    await runNotificationTick(deps(store, slack, '2026-09-23T06:00:00.000Z'));
    expect(slack.delivered).toEqual([]);
    // Someone adds the bot back and subscribes again: the next points go out.
    await subscribe(store, CHANNEL, {}, '2026-09-23T07:00:00.000Z');
    const resumed = await runNotificationTick(deps(store, slack, '2026-09-23T07:30:00.000Z'));
    expect(resumed.sent.map((s) => s.key.duePoint)).toEqual(['2026-09-25/2', '2026-09-25/2']);
  });

  it('sends each message once when two ticks on two connections to one file run at the same time', async () => {
    db = tempDb();
    const setup = openStore();
    for (let i = 0; i < 5; i += 1) {
      await addReferral(setup, { dnr: `KS 2026/${200 + i}`, title: `Remiss ${i}`, due: '2026-09-25' });
    }
    await subscribe(setup, CHANNEL);
    await subscribe(setup, 'teams:conversation-1');
    const slack = new RecordingDelivery('slack', { delayMs: 5 });
    const teams = new RecordingDelivery('teams', { delayMs: 5 });
    const a = openStore();
    const b = openStore();
    const tick = (store: Store) =>
      runNotificationTick({
        store,
        adapters: [slack, teams],
        clock: fixedClock(SEVEN_DAYS),
        config: CONFIG,
        logger: silentLogger,
      });
    const [ra, rb] = await Promise.all([tick(a), tick(b), tick(a), tick(b)]);
    expect(ra!.planned).toHaveLength(10);
    expect(rb!.planned).toHaveLength(10);
    const keys = [...slack.delivered, ...teams.delivered].map((d) => `${d.reference} ${d.reply.summary}`);
    expect(keys).toHaveLength(10);
    expect(new Set(keys).size).toBe(10);
    expect((await setup.listNotifications()).every((r) => r.state === 'sent')).toBe(true);
  });

  it('sends a message whose sender died after claiming it, once its lease has run out', async () => {
    db = tempDb();
    const store = openStore();
    const { referral } = await seed(store);
    // Another process claimed the reminder and died before sending it.
    const key = {
      referralId: referral.id,
      conversation: CHANNEL,
      kind: 'reminder' as const,
      duePoint: '2026-09-25/7',
    };
    await store.claimNotification(key, { now: SEVEN_DAYS, leaseUntil: '2026-09-16T06:10:00.000Z' });
    const slack = new RecordingDelivery('slack');
    const during = await runNotificationTick(deps(store, slack, '2026-09-16T06:09:00.000Z'));
    expect(during.skipped.map((s) => s.why)).toEqual(['claimed_or_waiting']);
    expect(slack.delivered).toEqual([]);
    await runNotificationTick(deps(store, slack, '2026-09-16T06:10:00.000Z'));
    await runNotificationTick(deps(store, slack, '2026-09-16T06:11:00.000Z'));
    expect(slack.delivered).toHaveLength(1);
    expect((await store.getNotification(key))?.state).toBe('sent');
  });

  it('claims and sends nothing when no adapter owns the reference', async () => {
    db = tempDb();
    const store = openStore();
    await seed(store);
    const teamsOnly = new RecordingDelivery('teams');
    const result = await runNotificationTick(deps(store, teamsOnly, SEVEN_DAYS));
    expect(result.skipped.map((s) => s.why)).toEqual(['no_adapter']);
    expect(await store.listNotifications()).toEqual([]);
  });
});

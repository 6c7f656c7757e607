import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSlackDelivery } from '../../adapters/slack/index.js';
import { loadConfig } from '../../src/config/config.js';
import { fixedClock } from '../../src/core/clock.js';
import { runNotificationTick, type TickDeps } from '../../src/notify/runner.js';
import { createPrometheusMetrics } from '../../src/observability/prometheus.js';
import type { Store } from '../../src/registry/store.js';
import { addReferral, memoryLogger, subscribe, tempDb } from '../notify/fixtures.js';
import { FakeSlackApi } from '../slack/fake-slack-api.js';
import { parseExposition, sampleValue } from './observed-server.js';

// Due Friday 25 September 2026; the 7-working-day reminder goes out Wednesday 16 September, 08:00 local.
const REMINDER_TIME = '2026-09-16T06:05:00.000Z';
const ADMIN = 'slack:T1:CADMIN';

const slack = new FakeSlackApi();
/** Slack's answer per channel: an error code, or nothing for success. */
const failing = new Map<string, string>();
let db: ReturnType<typeof tempDb>;
const open: Store[] = [];

beforeAll(async () => {
  await slack.start();
  slack.on('chat.postMessage', (args) => {
    const error = failing.get(String(args.channel));
    return error
      ? { body: { ok: false, error } }
      : { body: { ok: true, channel: args.channel, ts: `1700000000.${slack.calls.length}` } };
  });
});
afterAll(() => slack.stop());
afterEach(() => {
  for (const store of open.splice(0)) store.close();
  db?.cleanup();
  failing.clear();
  slack.calls.length = 0;
});

function openStore(): Store {
  const store = db.open();
  open.push(store);
  return store;
}

const config = (adminConversation: string | null = ADMIN) =>
  loadConfig({
    SLACK_SIGNING_SECRET: 's',
    SLACK_BOT_TOKEN: 'xoxb-alerts',
    SLACK_API_URL: slack.apiUrl,
    SLACK_ALLOWED_TEAMS: 'T1',
    ...(adminConversation ? { UTBLICK_ADMIN_CONVERSATION: adminConversation } : {}),
  });

function tick(store: Store, now: string, extra: Partial<TickDeps> = {}) {
  const cfg = config();
  const logger = extra.logger ?? memoryLogger();
  return runNotificationTick({
    store,
    adapters: [createSlackDelivery(cfg, logger)],
    clock: fixedClock(now),
    config: cfg,
    logger,
    ...extra,
  });
}

async function seed(store: Store) {
  await addReferral(store, { dnr: 'KS 2026/123', title: 'Remiss om Östersjöstrategin', due: '2026-09-25' });
  await subscribe(store, 'slack:T1:CBUSY');
  await subscribe(store, 'slack:T1:CGONE');
}

const toAdmin = () => slack.callsTo('chat.postMessage').filter((call) => call.args.channel === 'CADMIN');
const adminTexts = () => toAdmin().map((call) => String(call.args.text) + JSON.stringify(call.args.blocks));

describe('alerts in the admin conversation (UTBLICK_ADMIN_CONVERSATION)', () => {
  it('get one message per failed or refused notification, in Swedish and English, also across restarts', async () => {
    db = tempDb();
    const store = openStore();
    await seed(store);
    failing.set('CBUSY', 'internal_error');
    failing.set('CGONE', 'channel_not_found');
    const metrics = createPrometheusMetrics({ defaultMetrics: false });

    const first = await tick(store, REMINDER_TIME, { metrics });
    expect(first.failed.map((f) => [f.key.conversation, f.permanent]).sort()).toEqual([
      ['slack:T1:CBUSY', false],
      ['slack:T1:CGONE', true],
    ]);
    const texts = adminTexts();
    expect(texts).toHaveLength(2);
    const failed = texts.find((text) => text.includes('Nytt försök'))!;
    expect(failed).toContain('påminnelse, remiss KS 2026/123');
    expect(failed).toContain('internal_error');
    expect(failed).toContain('Next attempt 2026-09-16 08:06');
    const refused = texts.find((text) => text.includes('channel_not_found'))!;
    expect(refused).toContain('får inga fler notiser');
    expect(refused).toContain('gets no more notifications');

    // The busy channel fails again on its retries, before and after a restart: no new alerts.
    await tick(store, '2026-09-16T06:07:00.000Z');
    store.close();
    open.splice(0);
    const reopened = openStore();
    const later = await tick(reopened, '2026-09-16T06:30:00.000Z');
    expect(later.failed.map((f) => f.key.conversation)).toEqual(['slack:T1:CBUSY']);
    expect(toAdmin()).toHaveLength(2);

    // Once the channel works again, the reminder goes out; the admins hear nothing more.
    failing.delete('CBUSY');
    const recovered = await tick(reopened, '2026-09-16T08:00:00.000Z');
    expect(recovered.sent.map((s) => s.key.conversation)).toEqual(['slack:T1:CBUSY']);
    expect(toAdmin()).toHaveLength(2);

    const samples = parseExposition(await metrics.render());
    expect(sampleValue(samples, 'utblick_deliveries_total', { purpose: 'admin_alert', result: 'sent' })).toBe(
      2,
    );
  });

  it('log a failure to reach the admin conversation, and never alert about it', async () => {
    db = tempDb();
    const store = openStore();
    await seed(store);
    failing.set('CBUSY', 'internal_error');
    failing.set('CGONE', 'channel_not_found');
    failing.set('CADMIN', 'not_in_channel');
    const logger = memoryLogger();

    const result = await tick(store, REMINDER_TIME, { logger });
    expect(result.failed).toHaveLength(2);
    // One attempt per event, no alert about the alert.
    expect(toAdmin()).toHaveLength(2);
    const unreachable = logger.lines.filter((line) => line.msg === 'could not reach the admin conversation');
    expect(unreachable).toHaveLength(2);
    expect(unreachable[0]!.fields).toMatchObject({ reason: 'not_in_channel' });
    expect(JSON.stringify(logger.lines)).not.toContain('Östersjö');

    // The busy channel's next retry is within the hour: the admin conversation is not tried again.
    await tick(store, '2026-09-16T06:07:00.000Z', { logger });
    expect(toAdmin()).toHaveLength(2);

    // An hour later the same notification fails again and the admin conversation works: one alert.
    failing.delete('CADMIN');
    await tick(store, '2026-09-16T07:10:00.000Z', { logger });
    const delivered = toAdmin().slice(2);
    expect(delivered).toHaveLength(1);
    expect(String(delivered[0]!.args.text)).toContain('Nytt försök');
  });

  it('stay silent when no admin conversation is configured', async () => {
    db = tempDb();
    const store = openStore();
    await seed(store);
    failing.set('CGONE', 'channel_not_found');
    const cfg = config(null);
    const logger = memoryLogger();
    const result = await runNotificationTick({
      store,
      adapters: [createSlackDelivery(cfg, logger)],
      clock: fixedClock(REMINDER_TIME),
      config: cfg,
      logger,
    });
    expect(result.failed.map((f) => f.key.conversation)).toEqual(['slack:T1:CGONE']);
    expect(result.sent.map((s) => s.key.conversation)).toEqual(['slack:T1:CBUSY']);
    expect(toAdmin()).toEqual([]);
    expect((await store.listNotifications()).map((r) => r.kind)).not.toContain('admin_alert');
  });
});

describe('UTBLICK_ADMIN_CONVERSATION', () => {
  it('must be a conversation reference, with a message that says what to write', () => {
    expect(() => config('#utblick-admins')).toThrow(
      /UTBLICK_ADMIN_CONVERSATION: must be a conversation reference/,
    );
    expect(() => config('#utblick-admins')).toThrow(/slack:T012AB3C4:C0123456789/);
    expect(config('slack:T1:CADMIN').adminConversation).toBe('slack:T1:CADMIN');
  });
});

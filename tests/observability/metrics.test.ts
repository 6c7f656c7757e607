import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { ObservedServer, parseExposition, type Sample, sampleValue } from './observed-server.js';

const METRICS_TOKEN = 'metrics-token-0123456789abcdef';

const server = new ObservedServer();
const other = new ObservedServer();
beforeAll(async () => {
  await server.start({ UTBLICK_METRICS_TOKEN: METRICS_TOKEN });
  await other.start();
});
afterAll(async () => {
  await server.stop();
  await other.stop();
});

async function scrape(target: ObservedServer): Promise<Sample[]> {
  const response = await target.metrics();
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return parseExposition(await response.text());
}

describe('GET /metrics', () => {
  it('counts requests per platform and command, answers and declines, and deliveries', async () => {
    const deadline = await server.slashCommand('/referral', 'deadline 006-1137/2007');
    expect(deadline).toContain('1 september 2008');
    const teams = await server.teamsMessage('who is responsible for EU monitoring?');
    expect(teams).toContain('006-1137/2007');
    const web = await server.webQuestion('Hur många invånare har Mars?');
    expect(web.status).toBe(303);
    // A channel subscribed to the seed referral's reminder eight working days before its deadline (today).
    await server.runtime.store.upsertSubscription(
      { conversation: 'slack:T1:CREMIND', offsets: [8] },
      { by: 'slack:T1:U1', at: '2008-08-19T08:00:00.000Z' },
    );
    const tick = await server.notificationTick();
    expect(tick.sent.map((s) => s.key.conversation)).toEqual(['slack:T1:CREMIND']);
    await server.slack.waitFor('chat.postMessage', (args) => args.channel === 'CREMIND');

    const samples = await scrape(server);
    const requests = (labels: Record<string, string>) =>
      sampleValue(samples, 'utblick_requests_total', labels);
    expect(requests({ platform: 'slack', command: 'referral.deadline', outcome: 'ok' })).toBe(1);
    expect(requests({ platform: 'teams', command: 'question', outcome: 'answered' })).toBe(1);
    expect(requests({ platform: 'web', command: 'question', outcome: 'abstained' })).toBe(1);
    expect(sampleValue(samples, 'utblick_answers_total', { platform: 'teams', outcome: 'answered' })).toBe(1);
    expect(sampleValue(samples, 'utblick_answers_total', { platform: 'web', outcome: 'abstained' })).toBe(1);
    expect(sampleValue(samples, 'utblick_answers_total', { platform: 'slack' })).toBeUndefined();
    expect(
      sampleValue(samples, 'utblick_request_duration_seconds_count', {
        platform: 'slack',
        command: 'referral.deadline',
      }),
    ).toBe(1);
    expect(
      sampleValue(samples, 'utblick_deliveries_total', {
        platform: 'slack',
        purpose: 'notification',
        result: 'sent',
      }),
    ).toBe(1);
    expect(sampleValue(samples, 'utblick_deliveries_total', { result: 'failed' })).toBeUndefined();

    const status = server.runtime.knowledge.status();
    expect(sampleValue(samples, 'utblick_index_documents')).toBe(status.documents);
    expect(sampleValue(samples, 'utblick_index_passages')).toBe(status.passages);
    const age = (Date.parse('2008-08-20T07:00:00Z') - Date.parse(status.indexedAt)) / 1000;
    expect(sampleValue(samples, 'utblick_index_age_seconds')).toBeCloseTo(Math.max(0, age), 3);
    expect(sampleValue(samples, 'utblick_process_cpu_user_seconds_total')).toBeGreaterThan(0);
  });

  it('counts failed and permanently refused deliveries and retries separately', async () => {
    server.slack.on('chat.postMessage', (args) => {
      if (args.channel === 'CGONE') return { body: { ok: false, error: 'channel_not_found' } };
      if (args.channel === 'CBUSY') return { body: { ok: false, error: 'internal_error' } };
      return { body: { ok: true, channel: args.channel, ts: '1700000000.000100' } };
    });
    for (const channel of ['CGONE', 'CBUSY']) {
      await server.runtime.store.upsertSubscription(
        { conversation: `slack:T1:${channel}`, offsets: [8] },
        { by: 'slack:T1:U1', at: '2008-08-19T08:00:00.000Z' },
      );
    }
    const tick = await server.notificationTick();
    expect(tick.failed.map((f) => [f.key.conversation, f.permanent]).sort()).toEqual([
      ['slack:T1:CBUSY', false],
      ['slack:T1:CGONE', true],
    ]);
    const samples = await scrape(server);
    const deliveries = (result: string) =>
      sampleValue(samples, 'utblick_deliveries_total', {
        platform: 'slack',
        purpose: 'notification',
        result,
      });
    expect(deliveries('sent')).toBe(1);
    expect(deliveries('failed')).toBe(1);
    expect(deliveries('refused')).toBe(1);
    expect(
      sampleValue(samples, 'utblick_delivery_retries_total', { purpose: 'notification' }),
    ).toBeUndefined();
  });

  it('keeps the counters of each server apart', async () => {
    const samples = await scrape(other);
    expect(samples.filter((s) => s.name === 'utblick_requests_total')).toEqual([]);
    expect(sampleValue(samples, 'utblick_index_documents')).toBe(other.runtime.knowledge.status().documents);
  });

  it('answers only this computer, or a scraper with UTBLICK_METRICS_TOKEN', async () => {
    const proxied = { 'x-forwarded-for': '203.0.113.9' };
    const refused = await server.metrics(proxied);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('UTBLICK_METRICS_TOKEN');
    expect(
      (await server.metrics({ ...proxied, authorization: 'Bearer wrong-token-0123456789' })).status,
    ).toBe(403);
    const allowed = await server.metrics({ ...proxied, authorization: `Bearer ${METRICS_TOKEN}` });
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toContain('utblick_requests_total');
    // Without a configured token, nothing but this computer gets in.
    expect((await other.metrics({ ...proxied, authorization: `Bearer ${METRICS_TOKEN}` })).status).toBe(403);
  });
});

describe('UTBLICK_METRICS_TOKEN', () => {
  it('must be long enough to be a secret, with a message that says how to make one', () => {
    expect(() => loadConfig({ UTBLICK_METRICS_TOKEN: 'secret' })).toThrow(
      /UTBLICK_METRICS_TOKEN: must be at least 16 characters .*openssl rand -hex 32/,
    );
    expect(loadConfig({ UTBLICK_METRICS_TOKEN: METRICS_TOKEN }).metricsToken).toBe(METRICS_TOKEN);
    expect(loadConfig({}).metricsToken).toBeUndefined();
  });
});

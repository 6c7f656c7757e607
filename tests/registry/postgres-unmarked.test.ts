import { afterAll, expect, it } from 'vitest';
import type { DeliveryResult } from '../../src/core/delivery.js';
import { silentLogger } from '../../src/core/logger.js';
import type { Reply } from '../../src/core/reply.js';
import { runNotificationTick } from '../../src/notify/runner.js';
import { UnmarkedSends } from '../../src/notify/unmarked.js';
import { createPostgresStore } from '../../src/registry/index.js';
import { addReferral, CONFIG, subscribe } from '../notify/fixtures.js';
import { RecordingDelivery } from '../notify/recording-delivery.js';
import { movableClock } from './support/harness.js';
import { describePostgres, TEST_POSTGRES_URL, TestSchemas } from './support/postgres.js';
import { TcpProxy } from './support/tcp-proxy.js';

const schemas = new TestSchemas();
afterAll(() => schemas.dropAll());

/** Slack accepts the message, and the database goes away before the instance can mark it sent. */
class CutAfterSend extends RecordingDelivery {
  cutNext = false;

  constructor(private readonly proxy: TcpProxy) {
    super('slack');
  }

  override async send(reference: string, reply: Reply): Promise<DeliveryResult> {
    const result = await super.send(reference, reply);
    if (this.cutNext) {
      this.cutNext = false;
      this.proxy.cut();
    }
    return result;
  }
}

await describePostgres('PostgreSQL away between sending and marking', () => {
  it('marks the accepted send on a later tick instead of sending it again', async () => {
    const proxy = TcpProxy.forUrl(TEST_POSTGRES_URL);
    await proxy.start();
    const schema = await schemas.next();
    const store = createPostgresStore({
      url: proxy.rewrite(TEST_POSTGRES_URL),
      schema,
      firstRetryMs: 50,
      maxRetryMs: 200,
    });
    await store.ready();
    await subscribe(store, 'slack:T1:C1', {}, '2026-09-01T07:00:00.000Z');
    await addReferral(store, { dnr: 'KS 2026/31', title: 'Remiss', due: '2026-09-25' });
    const slack = new CutAfterSend(proxy);
    const clock = movableClock('2026-09-16T08:00:00+02:00');
    const unmarked = new UnmarkedSends();
    const tick = () =>
      runNotificationTick({
        store,
        adapters: [slack],
        clock,
        config: CONFIG,
        logger: silentLogger,
        unmarked,
      });

    slack.cutNext = true;
    const first = await tick();
    expect(first.sent).toHaveLength(1);
    expect(unmarked.size).toBe(1);

    // Still away: the tick fails before claiming anything.
    clock.set('2026-09-16T08:01:00+02:00');
    await expect(tick()).rejects.toThrow();
    expect(slack.delivered).toHaveLength(1);

    proxy.restore();
    clock.set('2026-09-16T08:02:00+02:00');
    const third = await tick();
    expect(unmarked.size).toBe(0);
    expect(third.sent).toEqual([]);
    expect(slack.delivered).toHaveLength(1);
    const [record] = await store.listNotifications();
    expect(record).toMatchObject({ state: 'sent', attempts: 1, messageId: 'm1' });

    // Long after the lease, nothing is sent again either.
    clock.set('2026-09-16T09:00:00+02:00');
    expect((await tick()).sent).toEqual([]);
    expect(slack.delivered).toHaveLength(1);
    await store.close();
    await proxy.stop();
  });
});

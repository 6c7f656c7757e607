import { afterAll, afterEach, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.js';
import { EXTRACTOR_VERSION } from '../../src/knowledge/case.js';
import { runRetention } from '../../src/privacy/retention.js';
import { syncReferralsFromDocuments } from '../../src/referrals/index.js';
import {
  createPostgresStore,
  type NotificationKey,
  type Store,
  StoreUnavailableError,
} from '../../src/registry/index.js';
import { referralDoc } from './support/documents.js';
import { describePostgres, TEST_POSTGRES_URL, TestSchemas } from './support/postgres.js';
import { TcpProxy } from './support/tcp-proxy.js';

/**
 * Two stores on one schema are two instances behind a load balancer: separate pools, separate
 * connections, one database. What one instance does must hold against what the other does at the
 * same moment.
 */
const schemas = new TestSchemas();
const open: Store[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});
afterAll(() => schemas.dropAll());

const at = '2026-03-02T09:00:00.000Z';
const lease = { now: '2026-09-01T06:00:00.000Z', leaseUntil: '2026-09-01T06:05:00.000Z' };

async function twoInstances(): Promise<[Store, Store]> {
  const schema = await schemas.next();
  const a = createPostgresStore({ url: TEST_POSTGRES_URL, schema, maxConnections: 4 });
  const b = createPostgresStore({ url: TEST_POSTGRES_URL, schema, maxConnections: 4 });
  open.push(a, b);
  await Promise.all([a.ready(), b.ready()]);
  return [a, b];
}

function track(store: Store): Store {
  open.push(store);
  return store;
}

const documents = Array.from({ length: 12 }, (_, i) =>
  referralDoc(`remiss-${i}.txt`, { dnr: `KS 2026/${100 + i}`, dnrs: [`KS 2026/${100 + i}`] }),
);

await describePostgres('PostgreSQL: two instances on one database', () => {
  it('runs transactions of both instances one after the other', async () => {
    const [a, b] = await twoInstances();
    const counts = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        (i % 2 ? a : b).transaction(async (tx) => {
          const before = (await tx.listMemberships()).length;
          await tx.addMembership({ organisation: `Org ${i}`, benefit: 'b' }, { by: 'cli:anna', at });
          return before;
        }),
      ),
    );
    expect(counts.sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('gives every notification key to exactly one instance when both claim all of them at once', async () => {
    const [a, b] = await twoInstances();
    const keys: NotificationKey[] = Array.from({ length: 40 }, (_, i) => ({
      referralId: i + 1,
      conversation: `slack:T1:C${i % 3}`,
      kind: 'reminder',
      duePoint: '2026-09-14/7',
    }));
    const claimAll = (store: Store) => Promise.all(keys.map((key) => store.claimNotification(key, lease)));
    const [fromA, fromB] = await Promise.all([claimAll(a), claimAll(b)]);
    keys.forEach((_, i) => {
      expect([fromA[i], fromB[i]].filter(Boolean), `key ${i}`).toHaveLength(1);
    });
    expect((await a.listNotifications()).every((n) => n.state === 'claimed' && n.attempts === 1)).toBe(true);
  });

  it('syncs the documents once when both instances re-index the same folder at the same moment', async () => {
    const [a, b] = await twoInstances();
    const clock = fixedClock(at);
    const [first, second] = await Promise.all([
      syncReferralsFromDocuments(a, documents, clock),
      syncReferralsFromDocuments(b, documents, clock),
    ]);
    // One of them added every referral (and would announce them); the other found nothing to do.
    expect([first.added.length, second.added.length].sort((x, y) => x - y)).toEqual([0, documents.length]);
    expect([...first.changed, ...second.changed]).toEqual([]);
    expect(await a.listReferrals()).toHaveLength(documents.length);
    expect((await b.listAudit({ entity: 'referral' })).map((e) => e.action)).toEqual(
      documents.map(() => 'referral.extract'),
    );
  });

  it('never lets an instance with an older extractor overwrite a record a newer one wrote', async () => {
    const [a, b] = await twoInstances();
    const clock = fixedClock(at);
    await syncReferralsFromDocuments(a, documents, clock);
    const [first] = await a.listReferrals();
    // As if an instance already running the next release had re-read it.
    await a.updateReferral(
      first!.id,
      { title: 'Read by a newer extractor', extractorVersion: EXTRACTOR_VERSION + 1 },
      { by: 'system:knowledge', at },
      'referral.extract',
    );
    const changed = documents.map((d, i) =>
      i === 0 ? { ...d, hash: 'changed', meta: { ...d.meta, title: 'Old reading' } } : d,
    );
    const others = documents.slice(1);
    await Promise.all([
      syncReferralsFromDocuments(b, changed, clock),
      syncReferralsFromDocuments(b, others, clock),
    ]);
    expect(await b.getReferral(first!.id)).toMatchObject({
      title: 'Read by a newer extractor',
      extractorVersion: EXTRACTOR_VERSION + 1,
      sourceState: 'present',
    });
  });

  it('anonymises old feedback once when both instances run retention at the same moment', async () => {
    const [a, b] = await twoInstances();
    for (let i = 0; i < 10; i++) {
      await a.addFeedback(
        {
          question: `q${i}`,
          lang: 'sv',
          answerSummary: 'a',
          topPassageId: 'doc#1',
          vote: i % 2 ? 'up' : 'down',
          userId: 'slack:T1:U1',
        },
        '2026-01-05T10:00:00.000Z',
      );
    }
    const deps = (store: Store) => ({
      store,
      clock: fixedClock('2026-06-01T00:00:00Z'),
      retentionDays: 90,
      timeZone: 'Europe/Stockholm',
    });
    const results = await Promise.all([runRetention(deps(a)), runRetention(deps(b))]);
    expect(results.map((r) => r.anonymised).sort((x, y) => x - y)).toEqual([0, 10]);
    expect(await a.listFeedback()).toEqual([]);
    const stats = await b.listFeedbackStats();
    expect(stats.reduce((sum, s) => sum + s.count, 0)).toBe(10);
  });
});

await describePostgres('PostgreSQL away', () => {
  it('refuses politely when the server is not there at start, and says why on health', async () => {
    const proxy = new TcpProxy('127.0.0.1', 1);
    await proxy.start();
    proxy.cut();
    const store = track(
      createPostgresStore({ url: proxy.rewrite(TEST_POSTGRES_URL), schema: 'utblick_never' }),
    );
    await expect(store.ready()).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(store.health()).toMatchObject({
      kind: 'postgres',
      ok: false,
      reason: expect.stringContaining('127.0.0.1'),
    });
    await expect(store.listReferrals()).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(
      store.addMembership({ organisation: 'A', benefit: 'b' }, { by: 'cli:anna', at }),
    ).rejects.toBeInstanceOf(StoreUnavailableError);
    await proxy.stop();
  });

  it('keeps trying at start with backoff and connects when the server comes', async () => {
    const proxy = TcpProxy.forUrl(TEST_POSTGRES_URL);
    await proxy.start();
    proxy.cut();
    const lines: string[] = [];
    const logger = {
      info: (msg: string) => lines.push(msg),
      warn: (msg: string) => lines.push(msg),
      error: (msg: string) => lines.push(msg),
    };
    const schema = await schemas.next();
    const store = track(
      createPostgresStore({
        url: proxy.rewrite(TEST_POSTGRES_URL),
        schema,
        retry: true,
        logger,
        firstRetryMs: 50,
        maxRetryMs: 200,
      }),
    );
    await expect(store.ready()).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(lines[0]).toMatch(/database unavailable at start; retrying in/);
    expect(store.health().ok).toBe(false);
    proxy.restore();
    await until(() => store.health().ok);
    expect(lines).toContain('database connected');
    await store.addMembership({ organisation: 'A', benefit: 'b' }, { by: 'cli:anna', at });
    expect(await store.listMemberships()).toHaveLength(1);
    await store.close();
    await proxy.stop();
  });

  it('writes nothing of a transaction cut off mid-way, and is healthy again when the server is back', async () => {
    const proxy = TcpProxy.forUrl(TEST_POSTGRES_URL);
    await proxy.start();
    const schema = await schemas.next();
    const store = track(
      createPostgresStore({
        url: proxy.rewrite(TEST_POSTGRES_URL),
        schema,
        firstRetryMs: 50,
        maxRetryMs: 200,
      }),
    );
    await store.ready();
    const half = store.transaction(async (tx) => {
      await tx.addMembership({ organisation: 'Half', benefit: 'b' }, { by: 'cli:anna', at });
      proxy.cut();
      await tx.addReferral({ dnr: '1/2026', dnrKey: '1-2026', title: 'T' }, { by: 'cli:anna', at });
    });
    await expect(half).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(store.health()).toMatchObject({ ok: false });
    await expect(store.listMemberships()).rejects.toBeInstanceOf(StoreUnavailableError);
    proxy.restore();
    await until(() => store.health().ok);
    expect(await store.listMemberships()).toEqual([]);
    expect(await store.listAudit()).toEqual([]);
    await store.addMembership({ organisation: 'Whole', benefit: 'b' }, { by: 'cli:anna', at });
    expect((await store.listMemberships()).map((m) => m.organisation)).toEqual(['Whole']);
    await store.close();
    await proxy.stop();
  });
});

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

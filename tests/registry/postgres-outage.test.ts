import fs from 'node:fs';
import { afterAll, afterEach, beforeEach, expect, it } from 'vitest';
import { createPostgresStore, type Store } from '../../src/registry/index.js';
import { addReferral, subscribe } from '../notify/fixtures.js';
import { GatedSlackApi } from '../ops/support/gated-slack-api.js';
import { copyOfKnowledge } from '../support/knowledge.js';
import { Client } from '../web/http-client.js';
import { describePostgres, TEST_POSTGRES_URL, TestSchemas, testUrl } from './support/postgres.js';
import { baseEnv, type Instance, startInstance, stopInstance } from './support/processes.js';
import { TcpProxy } from './support/tcp-proxy.js';

/**
 * PostgreSQL stopped and started under a running server, without stopping the shared server: the
 * instance reaches the database through a local TCP proxy that the test cuts and restores.
 */

/** Seven working days before 25 September 2026, at sending time. */
const NOW = '2026-09-16T08:00:00+02:00';
const CHANNELS = ['C1', 'C2'];
const UNAVAILABLE = /databasen svarar inte|the database is not answering/;

const schemas = new TestSchemas();
afterAll(() => schemas.dropAll());

let slack: GatedSlackApi;
let proxy: TcpProxy;
let knowledge: string;
let schema: string;
/** The test's own way into the database, around the proxy. */
let direct: Store;
let server: Instance | undefined;

beforeEach(async () => {
  schema = await schemas.next();
  direct = createPostgresStore({ url: TEST_POSTGRES_URL, schema });
  await direct.ready();
  for (const channel of CHANNELS)
    await subscribe(direct, `slack:T1:${channel}`, {}, '2026-09-01T07:00:00.000Z');
  await addReferral(direct, { dnr: 'KS 2026/21', title: 'Remiss om cykelplan', due: '2026-09-25' });
  knowledge = copyOfKnowledge();
  slack = new GatedSlackApi();
  await slack.start();
  proxy = TcpProxy.forUrl(TEST_POSTGRES_URL);
  await proxy.start();
});

afterEach(async () => {
  if (server) {
    server.child.kill('SIGKILL');
    await server.exited;
    server = undefined;
  }
  await direct.close();
  await proxy.stop();
  await slack.stop();
  fs.rmSync(knowledge, { recursive: true, force: true });
});

async function health(): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${server!.url}/healthz`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function healthBecomes(status: number): Promise<Record<string, unknown>> {
  for (;;) {
    const now = await health();
    if (now.status === status) return now.body;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** One message through the web chat, as a person types it; the reply's HTML. */
async function say(text: string): Promise<string> {
  const web = new Client(server!.url, { 'accept-language': 'en' });
  const page = await (await web.get('/')).text();
  const res = await web.post('/ask', { _csrf: Client.csrfOf(page), text }, { 'x-utblick-fragment': '1' });
  expect(res.status).toBe(200);
  return res.text();
}

await describePostgres('PostgreSQL stopped and started under a running server', () => {
  it('starts without it, refuses commands politely, writes nothing half, and resumes reminders when it is back', async () => {
    proxy.cut();
    server = await startInstance(
      baseEnv({
        DATABASE_URL: proxy.rewrite(testUrl(schema)),
        UTBLICK_KNOWLEDGE_DIR: knowledge,
        UTBLICK_ADMINS: 'web:local',
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_SIGNING_SECRET: 'test-secret',
        SLACK_API_URL: slack.apiUrl,
      }),
      NOW,
      300,
    );
    await server.logged('database unavailable at start; retrying in 1 s');
    const down = await health();
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({
      status: 'unavailable',
      reason: expect.stringContaining(`PostgreSQL at 127.0.0.1:${proxy.port}/test`),
      database: { kind: 'postgres', ok: false },
      documents: expect.any(Number),
    });

    // Questions are answered from the local index throughout; commands say why they cannot be done.
    expect(await say('Who is responsible for EU monitoring?')).toContain('bevakning');
    expect(await say('membership add Eurocities benefit:"Peer learning"')).toMatch(UNAVAILABLE);
    // Ticks claim nothing while it is away.
    await server.logged('notification tick failed', 2);
    expect(slack.arrived).toEqual([]);

    proxy.restore();
    expect(await healthBecomes(200)).toMatchObject({
      status: 'ok',
      database: { kind: 'postgres', ok: true },
    });
    await slack.until('arrived', CHANNELS.length);
    expect(await say('membership add Eurocities benefit:"Peer learning"')).not.toMatch(UNAVAILABLE);

    // Away again under the running server, with a new referral registered meanwhile elsewhere.
    proxy.cut();
    await healthBecomes(503);
    expect(server.stderr()).toContain('"msg":"database unreachable; commands are refused until it is back"');
    await addReferral(direct, { dnr: 'KS 2026/22', title: 'Remiss om parkering', due: '2026-09-25' });
    expect(await say('membership add UCLG benefit:"Global network"')).toMatch(UNAVAILABLE);
    expect(await say('Who is responsible for EU monitoring?')).toContain('bevakning');

    proxy.restore();
    await healthBecomes(200);
    expect(server.stderr()).toContain('"msg":"database reachable again"');
    // The reminders for the referral that arrived meanwhile go out, once per channel.
    await slack.until('arrived', 2 * CHANNELS.length);

    // Nothing half-written: the refused registrations left no trace, the accepted one is whole.
    expect((await direct.listMemberships()).map((m) => m.organisation)).toEqual(['Eurocities']);
    expect((await direct.listAudit({ entity: 'membership' })).map((a) => a.action)).toEqual([
      'membership.add',
    ]);
    expect(await stopInstance(server), server.stderr()).toBe(0);
    server = undefined;
    const sent = slack.arrived.map((p) => `${p.channel} ${p.text}`);
    expect(new Set(sent).size).toBe(sent.length);
    expect(sent).toHaveLength(2 * CHANNELS.length);
  }, 300_000);
});

import fs from 'node:fs';
import { afterAll, afterEach, beforeEach, expect, it } from 'vitest';
import { createPostgresStore } from '../../src/registry/index.js';
import { addReferral, subscribe } from '../notify/fixtures.js';
import { GatedSlackApi } from '../ops/support/gated-slack-api.js';
import { copyOfKnowledge } from '../support/knowledge.js';
import { describePostgres, TEST_POSTGRES_URL, TestSchemas, testUrl } from './support/postgres.js';
import { baseEnv, type Instance, runCli, startInstance, stopInstance } from './support/processes.js';

/**
 * Two server processes on one PostgreSQL database, as behind a load balancer, ticking at once. Slack
 * is a local stand-in whose answers wait behind a gate: while it holds, each instance has exactly one
 * send in flight, so two arrivals prove that both are inside their tick at the same moment.
 */

/** Seven working days before 25 September 2026, at sending time. */
const NOW = '2026-09-16T08:00:00+02:00';
/** After the five-minute lease of a claim taken at NOW. */
const AFTER_LEASE = '2026-09-16T08:06:00+02:00';
const CHANNELS = ['C1', 'C2', 'C3', 'C4'];
const REFERRALS = ['KS 2026/11', 'KS 2026/12', 'KS 2026/13', 'KS 2026/14', 'KS 2026/15'];
/** One seven-day reminder per channel and referral. */
const DUE = CHANNELS.length * REFERRALS.length;

const schemas = new TestSchemas();
afterAll(() => schemas.dropAll());

let slack: GatedSlackApi;
let knowledge: string;
let schema: string;
const running: Instance[] = [];

beforeEach(async () => {
  schema = await schemas.next();
  const store = createPostgresStore({ url: TEST_POSTGRES_URL, schema });
  await store.ready();
  for (const channel of CHANNELS)
    await subscribe(store, `slack:T1:${channel}`, {}, '2026-09-01T07:00:00.000Z');
  for (const dnr of REFERRALS) {
    await addReferral(store, { dnr, title: `Remiss ${dnr}`, due: '2026-09-25' }, '2026-09-01T08:00:00.000Z');
  }
  await store.close();
  knowledge = copyOfKnowledge();
  slack = new GatedSlackApi();
  await slack.start();
});

afterEach(async () => {
  for (const instance of running.splice(0)) {
    instance.child.kill('SIGKILL');
    await instance.exited;
  }
  await slack.stop();
  fs.rmSync(knowledge, { recursive: true, force: true });
});

function env(token: string): Record<string, string> {
  return baseEnv({
    DATABASE_URL: testUrl(schema),
    UTBLICK_KNOWLEDGE_DIR: knowledge,
    SLACK_BOT_TOKEN: token,
    SLACK_SIGNING_SECRET: 'test-secret',
    SLACK_API_URL: slack.apiUrl,
  });
}

async function instance(token: string): Promise<Instance> {
  const started = await startInstance(env(token), NOW, 600_000);
  running.push(started);
  return started;
}

type Row = { conversation: string; referral_id: number; state: string; message_id: string | null };

async function notifications(): Promise<Row[]> {
  const { rows } = await schemas.sql(
    `SELECT conversation, referral_id::int, state, message_id FROM ${schema}.notifications ORDER BY id`,
  );
  return rows as Row[];
}

const posted = () => slack.arrived.map((p) => `${p.channel} ${p.text}`);

await describePostgres('PostgreSQL: two server processes on one database', () => {
  it('sends every reminder once when both instances tick at the same moment', async () => {
    slack.hold();
    const a = await instance('xoxb-a');
    await slack.until('arrived', 1);
    const b = await instance('xoxb-b');
    // B's first send arrives while A's is still held: both are inside their tick.
    await slack.until('arrived', 2);
    slack.release();
    await Promise.all([a.logged('notification tick'), b.logged('notification tick')]);
    expect(await stopInstance(a), a.stderr()).toBe(0);
    expect(await stopInstance(b), b.stderr()).toBe(0);

    expect(posted()).toHaveLength(DUE);
    expect(new Set(posted()).size).toBe(DUE);
    const log = await notifications();
    expect(log).toHaveLength(DUE);
    expect(log.every((n) => n.state === 'sent')).toBe(true);
    expect(log.map((n) => n.message_id).sort()).toEqual(slack.answered.map((x) => x.ts).sort());
  }, 300_000);

  it('loses nothing when one instance is killed mid-tick, and counts the one duplicate it causes', async () => {
    slack.hold();
    const a = await instance('xoxb-a');
    await slack.until('arrived', 1);
    const b = await instance('xoxb-b');
    await slack.until('arrived', 2);
    // A dies after Slack received its message and before it could mark it sent.
    a.child.kill('SIGKILL');
    await a.exited;
    slack.release();
    await b.logged('notification tick');
    expect(await stopInstance(b), b.stderr()).toBe(0);

    // Everything reached Slack once; A's message is still claimed, its lease holding.
    expect(new Set(posted()).size).toBe(DUE);
    expect(posted()).toHaveLength(DUE);
    const unmarked = (await notifications()).filter((n) => n.state !== 'sent');
    expect(unmarked).toHaveLength(1);
    expect(unmarked[0]!.state).toBe('claimed');

    // Past the lease, a tick takes the claim over and sends again: the one duplicate, and it says so.
    const tick = await runCli(['notify', '--now', AFTER_LEASE, '--json'], env('xoxb-cli'));
    expect(tick.code, tick.stderr).toBe(0);
    const result = JSON.parse(tick.stdout) as { sent: { duplicate: boolean }[]; duplicates: number };
    expect(result.sent).toHaveLength(1);
    const accepted = posted().length;
    const distinct = new Set(posted()).size;
    expect(distinct).toBe(DUE);
    expect(result.duplicates).toBe(accepted - distinct);
    expect(result.duplicates).toBe(1);
    const log = await notifications();
    expect(log.every((n) => n.state === 'sent')).toBe(true);
    expect(log).toHaveLength(DUE);
  }, 300_000);
});

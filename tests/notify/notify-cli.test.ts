import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../adapters/cli/main.js';
import { loadConfig } from '../../src/config/config.js';
import { createDeliveryAdapters } from '../../src/notify/platforms.js';
import { openStore } from '../../src/registry/index.js';
import { cliEnv, notify, registry, subscribeIn } from './cli-harness.js';
import { memoryLogger } from './fixtures.js';
import { RecordingDelivery } from './recording-delivery.js';

const TEAMS_REF = `teams:${JSON.stringify({ serviceUrl: 'http://127.0.0.1:1/', conversation: { id: '19:abc@thread.tacv2' } })}`;
const SEVEN_DAYS = '2026-09-16T08:00:00+02:00';

let dir: string;
let env: Record<string, string>;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'utblick-notify-cli-'));
  env = cliEnv(dir);
  await subscribeIn(env, 'slack:T1:C1', 'referral subscribe', '2026-09-01T09:00:00+02:00');
  await subscribeIn(env, TEAMS_REF, 'remiss prenumerera', '2026-09-01T09:00:00+02:00');
  const added = await registry(env, [
    'referral',
    'add',
    'KS 2026/123',
    'title:Remiss om Östersjöstrategin',
    'from:Kommunstyrelsen',
    'due:2026-09-25',
    '--now',
    '2026-09-01T10:00:00+02:00',
  ]);
  expect(added.code).toBe(0);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function logStates() {
  const store = await openStore(loadConfig(env));
  try {
    return await store.listNotifications();
  } finally {
    store.close();
  }
}

describe('utblick notify', () => {
  it('sends exactly one 7-working-day reminder to Slack and to Teams, none when run again', async () => {
    const slack = new RecordingDelivery('slack');
    const teams = new RecordingDelivery('teams');
    const first = await notify(env, ['--now', SEVEN_DAYS], [slack, teams]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Skickade 2 meddelanden');
    expect(slack.delivered.map((d) => d.reference)).toEqual(['slack:T1:C1']);
    expect(teams.delivered.map((d) => d.reference)).toEqual([TEAMS_REF]);
    expect(slack.delivered[0]!.reply.summary).toBe(
      'Påminnelse: Remiss om Östersjöstrategin (KS 2026/123): 9 dagar kvar (7 arbetsdagar)',
    );
    // Every run opens the store afresh, as after a restart.
    const again = await notify(env, ['--now', SEVEN_DAYS], [slack, teams]);
    const later = await notify(
      env,
      ['--now', '2026-09-16T15:00:00+02:00'],
      [new RecordingDelivery('slack'), teams],
    );
    expect([again.code, later.code]).toEqual([0, 0]);
    expect(slack.delivered).toHaveLength(1);
    expect(teams.delivered).toHaveLength(1);
    expect(again.stdout).toContain('Skickade 0 meddelanden');
  });

  it('sends nothing before 08:00 and says when messages go out', async () => {
    const slack = new RecordingDelivery('slack');
    const early = await notify(env, ['--now', '2026-09-16T07:59:00+02:00'], [slack]);
    expect(early.code).toBe(0);
    expect(early.stdout).toContain('Inget att skicka just nu');
    expect(early.stdout).toContain('arbetsdagar från kl. 08:00 (Europe/Stockholm)');
    expect(slack.delivered).toEqual([]);
  });

  it('leaves a failed delivery unsent and sends it on the next tick', async () => {
    const slack = new RecordingDelivery('slack');
    slack.failNext({ reason: 'service_unavailable' });
    const failed = await notify(env, ['--now', SEVEN_DAYS], [slack]);
    expect(failed.code).toBe(0);
    expect(failed.stderr).toContain('Kunde inte skicka: Påminnelse: Remiss om Östersjöstrategin');
    expect(failed.stderr).toContain('service_unavailable');
    expect((await logStates()).map((r) => r.state)).toEqual(['failed']);
    const next = await notify(env, ['--now', '2026-09-16T08:01:00+02:00'], [slack]);
    expect(next.stdout).toContain('Skickade 1 meddelanden');
    expect(slack.delivered).toHaveLength(1);
    expect((await logStates()).map((r) => r.state)).toEqual(['sent']);
  });

  it('with no platform configured: --dry-run prints the plan, a real tick says so and marks nothing', async () => {
    const plan = await notify(env, ['--now', SEVEN_DAYS, '--dry-run']);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('Plan för 2026-09-16 08:00: 2 meddelanden.');
    expect(plan.stdout).toContain('reminder  → slack:T1:C1: Påminnelse: Remiss om Östersjöstrategin');
    const json = JSON.parse((await notify(env, ['--now', SEVEN_DAYS, '--dry-run', '--json'])).stdout);
    expect(json).toMatchObject({ dryRun: true, sent: [] });
    expect(json.planned.map((p: { kind: string; duePoint: string }) => [p.kind, p.duePoint])).toEqual([
      ['reminder', '2026-09-25/7'],
      ['reminder', '2026-09-25/7'],
    ]);
    expect(json.planned[0].reply.blocks[0]).toEqual({
      type: 'heading',
      text: 'Påminnelse: Remiss om Östersjöstrategin',
    });

    const real = await notify(env, ['--now', SEVEN_DAYS, '--lang', 'en']);
    expect(real.code).toBe(0);
    expect(real.stdout).toContain(
      'No platform is configured (Slack or Teams), so nothing was sent. 2 messages are waiting',
    );
    expect(await logStates()).toEqual([]);
  });

  it('prints what was sent as JSON', async () => {
    const slack = new RecordingDelivery('slack');
    const result = await notify(env, ['--now', SEVEN_DAYS, '--json'], [slack]);
    const json = JSON.parse(result.stdout);
    expect(json.sent).toEqual([
      expect.objectContaining({
        conversation: 'slack:T1:C1',
        kind: 'reminder',
        platform: 'slack',
        messageId: 'm1',
      }),
    ]);
    expect(json.skipped).toEqual([expect.objectContaining({ why: 'no_adapter' })]);
  });

  it('explains bad input and exits 1', async () => {
    const badNow = await notify(env, ['--now', 'tomorrow']);
    expect(badNow).toMatchObject({ code: 1 });
    expect(badNow.stderr).toContain('--now tomorrow är ingen tidpunkt');
    const unknown = await notify(env, ['--force', '--lang', 'en']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('--force is not recognised');
  });

  it('is reachable as `utblick notify`', async () => {
    let stdout = '';
    const code = await main(['notify', '--now', SEVEN_DAYS, '--dry-run'], {
      stdout: (t) => (stdout += t),
      stderr: () => undefined,
      stdin: async function* () {},
      env,
      cwd: process.cwd(),
    });
    expect(code).toBe(0);
    expect(stdout).toContain('2 meddelanden');
  });

  it('`utblick notify` delivers through the platforms the server knows, not through none', async () => {
    let stdout = '';
    // Nothing is due a day after the reminders went out: the tick only shows which platforms it has.
    const code = await main(['notify', '--now', '2026-09-26T12:00:00+02:00', '--json'], {
      stdout: (t) => {
        stdout += t;
      },
      stderr: () => undefined,
      stdin: async function* () {},
      env: {
        ...env,
        SLACK_BOT_TOKEN: 'xoxb-1',
        SLACK_SIGNING_SECRET: 's',
        SLACK_API_URL: 'http://127.0.0.1:9/',
      },
      cwd: process.cwd(),
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ noPlatform: false });
  });
});

describe('createDeliveryAdapters', () => {
  it('makes adapters for configured platforms only, and survives one that cannot be made', async () => {
    const config = loadConfig({ ...env, SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' });
    const logger = memoryLogger();
    const adapters = await createDeliveryAdapters(config, logger, [
      {
        platform: 'slack',
        configured: (c) => Boolean(c.slack.botToken),
        create: () => new RecordingDelivery('slack'),
      },
      {
        platform: 'teams',
        configured: (c) => Boolean(c.teams.appId),
        create: () => new RecordingDelivery('teams'),
      },
      {
        platform: 'web',
        configured: () => true,
        create: () => {
          throw new Error('bad credentials xoxb-1');
        },
      },
    ]);
    expect(adapters.map((a) => a.platform)).toEqual(['slack']);
    expect(logger.lines.filter((l) => l.level === 'error')).toHaveLength(1);
    expect(JSON.stringify(logger.lines)).not.toContain('xoxb-1');
  });
});

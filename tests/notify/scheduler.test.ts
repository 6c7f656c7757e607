import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { fixedClock } from '../../src/core/clock.js';
import { silentLogger } from '../../src/core/logger.js';
import { startScheduler } from '../../src/notify/scheduler.js';
import { openStore, type Store } from '../../src/registry/index.js';
import { cliEnv, notify, registry, subscribeIn } from './cli-harness.js';
import { memoryLogger } from './fixtures.js';
import { RecordingDelivery, readRecordFile } from './recording-delivery.js';

const SEVEN_DAYS = '2026-09-16T08:00:00+02:00';

let dir: string;
let env: Record<string, string>;
let store: Store;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'utblick-scheduler-'));
  env = cliEnv(dir);
  await subscribeIn(env, 'slack:T1:C1', 'referral subscribe', '2026-09-01T09:00:00+02:00');
  await subscribeIn(env, 'teams:conversation-1', 'referral subscribe digest:on', '2026-09-01T09:00:00+02:00');
  for (const [dnr, due] of [
    ['KS 2026/1', '2026-09-25'],
    ['KS 2026/2', '2026-09-25'],
    ['KS 2026/3', '2026-09-18'],
  ] as const) {
    const added = await registry(env, [
      'referral',
      'add',
      dnr,
      `title:Remiss ${dnr}`,
      'from:KS',
      `due:${due}`,
      '--now',
      '2026-09-01T10:00:00+02:00',
    ]);
    expect(added.code).toBe(0);
  }
  store = await openStore(loadConfig(env));
});
afterEach(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const runtime = (now: string, logger = silentLogger) => ({
  store,
  clock: fixedClock(now),
  config: loadConfig(env),
  logger,
});

describe('startScheduler', () => {
  it('ticks on its timer and sends each due message once, however many ticks run', async () => {
    const slack = new RecordingDelivery('slack');
    const teams = new RecordingDelivery('teams');
    let ticks = 0;
    let resolveThree: () => void;
    const three = new Promise<void>((resolve) => {
      resolveThree = resolve;
    });
    const scheduler = startScheduler(runtime(SEVEN_DAYS), [slack, teams], {
      intervalMs: 5,
      firstTickMs: 0,
      onTick: () => {
        ticks += 1;
        if (ticks === 3) resolveThree();
      },
    });
    await three;
    await scheduler.stop();
    const after = ticks;
    // Slack: two 7-day reminders and one 2-day reminder; Teams: the same plus the Monday digest.
    expect(slack.delivered.map((d) => d.reply.summary).sort()).toEqual([
      'Påminnelse: Remiss KS 2026/1 (KS 2026/1): 9 dagar kvar (7 arbetsdagar)',
      'Påminnelse: Remiss KS 2026/2 (KS 2026/2): 9 dagar kvar (7 arbetsdagar)',
      'Påminnelse: Remiss KS 2026/3 (KS 2026/3): 2 dagar kvar (2 arbetsdagar)',
    ]);
    expect(teams.delivered.map((d) => d.reply.summary)).toContain('Remisser vecka 38: 3 öppna');
    expect(teams.delivered).toHaveLength(4);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(ticks).toBe(after); // stopped means stopped
  });

  it('does not tick without a delivery platform, and says so', async () => {
    const logger = memoryLogger();
    const scheduler = startScheduler(runtime(SEVEN_DAYS, logger), [], { intervalMs: 5, firstTickMs: 0 });
    await scheduler.stop();
    expect(logger.lines.map((l) => l.msg)).toContain(
      'no delivery platform configured: notifications are not sent',
    );
  });

  it('and a CLI tick at the same moment, in this process, send each message once', async () => {
    const slack = new RecordingDelivery('slack', { delayMs: 5 });
    const teams = new RecordingDelivery('teams', { delayMs: 5 });
    const scheduler = startScheduler(runtime(SEVEN_DAYS), [slack, teams], {
      intervalMs: 60_000,
      firstTickMs: 60_000,
    });
    const [fromScheduler, fromCli] = await Promise.all([
      scheduler.tick(),
      notify(env, ['--now', SEVEN_DAYS], [slack, teams]),
      scheduler.tick(),
    ]);
    await scheduler.stop();
    expect(fromCli.code).toBe(0);
    expect(fromScheduler.planned).toHaveLength(7);
    const all = [...slack.delivered, ...teams.delivered].map((d) => `${d.reference} ${d.reply.summary}`);
    expect(all).toHaveLength(7);
    expect(new Set(all).size).toBe(7);
  });

  // A second Node process with tsx starts in seconds, more when two test runs share the machine.
  it('and a CLI tick in another process at the same moment send each message once', async () => {
    const recordFile = path.join(dir, 'delivered.jsonl');
    // Slow sends here, so that the other process's tick starts while this one is still sending.
    const slack = new RecordingDelivery('slack', { recordFile, delayMs: 150 });
    const teams = new RecordingDelivery('teams', { recordFile, delayMs: 150 });
    const scheduler = startScheduler(runtime(SEVEN_DAYS), [slack, teams], {
      intervalMs: 60_000,
      firstTickMs: 60_000,
    });
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'tests/notify/cli-process.ts', dir, SEVEN_DAYS, recordFile],
      {
        cwd: process.cwd(),
      },
    );
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    await new Promise<void>((resolve) =>
      child.stderr.on('data', (c) => String(c).includes('ready') && resolve()),
    );
    child.stdin.write('go\n');
    const ticks = [scheduler.tick(), scheduler.tick(), scheduler.tick()];
    const [code] = await Promise.all([exited, ...ticks]);
    await scheduler.stop();
    expect(code).toBe(0);
    const fromCli = JSON.parse(stdout) as { sent: unknown[] };
    const delivered = readRecordFile(recordFile).map((d) => `${d.reference} ${d.summary}`);
    expect(delivered).toHaveLength(7);
    expect(new Set(delivered).size).toBe(7);
    expect(fromCli.sent.length + slack.delivered.length + teams.delivered.length).toBe(7);
  }, 120_000);
});

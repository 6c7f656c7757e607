import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { App } from '@slack/bolt';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackMount } from '../../adapters/slack/index.js';
import { loadConfig } from '../../src/config/config.js';
import { createRuntime, type Runtime } from '../../src/server/bootstrap.js';
import { FakeSlackApi } from './fake-slack-api.js';
import { FakeSocketMode } from './fake-socket-mode.js';
import { RecordingLogger, SEED_TIME } from './slack-harness.js';

const slack = new FakeSlackApi();
const socket = new FakeSocketMode();
const dataDir = mkdtempSync(path.join(tmpdir(), 'utblick-socket-'));
let runtime: Runtime | undefined;
let bolt: App | undefined;
const logger = new RecordingLogger();

beforeAll(async () => {
  await slack.start();
  await socket.start();
  slack.on('apps.connections.open', () => ({ body: { ok: true, url: socket.url } }));
  const config = loadConfig({
    UTBLICK_DATA_DIR: dataDir,
    SLACK_BOT_TOKEN: 'xoxb-socket',
    SLACK_APP_TOKEN: 'xapp-socket',
    SLACK_API_URL: slack.apiUrl,
  });
  runtime = await createRuntime(config, SEED_TIME, logger);
  const mount = createSlackMount({ webApiRetries: 0, onApp: (app) => (bolt = app) });
  await mount(express(), { config, core: runtime.core, clock: SEED_TIME, logger });
  await logger.waitFor('connected over Socket Mode');
});

afterAll(async () => {
  await bolt?.stop();
  await socket.stop();
  await slack.stop();
  runtime?.store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('Slack Socket Mode', () => {
  it('connects with the app token and answers a mention in the thread', async () => {
    const open = slack.callsTo('apps.connections.open');
    expect(open).toHaveLength(1);
    const event = {
      type: 'event_callback',
      team_id: 'T1',
      event_id: 'EvSock1',
      authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
      event: {
        type: 'app_mention',
        user: 'U1',
        text: '<@UBOT> who is responsible for EU monitoring?',
        ts: '1700000100.000200',
        channel: 'CS',
      },
    };
    const ack = await socket.send('events_api', event, 'env-1');
    expect(ack.envelope_id).toBe('env-1');
    const call = await slack.waitFor('chat.postMessage', (a) => a.channel === 'CS');
    expect(call.args.thread_ts).toBe('1700000100.000200');
    expect(JSON.stringify(call.args.blocks)).toContain(
      'bolagsstyrelser ansvarar för aktiv bevakning och påverkan',
    );
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSlackDelivery, createSlackMount } from '../../adapters/slack/index.js';
import { createTeamsDelivery, mountTeams } from '../../adapters/teams/index.js';
import { createWebMount, storeRegisters } from '../../adapters/web/index.js';
import { loadConfig } from '../../src/config/config.js';
import { type Clock, fixedClock } from '../../src/core/clock.js';
import { createLogger } from '../../src/core/logger.js';
import { startScheduler } from '../../src/notify/scheduler.js';
import { createRuntime, type Runtime, startServer } from '../../src/server/bootstrap.js';
import { FakeSlackApi } from '../slack/fake-slack-api.js';
import { commandBody, postToSlackEndpoint } from '../slack/slack-requests.js';
import { FakeConnector } from '../teams/fake-connector.js';
import { messageActivity } from '../teams/harness.js';
import { Client } from '../web/http-client.js';

export const SIGNING_SECRET = 'observability-signing-secret';
/** A Wednesday, twelve days before the seed referral's deadline (1 September 2008), inside sending time. */
export const NOW = '2008-08-20T09:00:00+02:00';

/**
 * The server as `npm start` builds it (Slack, Teams and the web pages on one app, the real core on the
 * bundled knowledge, a fresh SQLite store), with a logger at debug level whose JSON lines are kept, a
 * fake Slack Web API and a fake Bot Connector on 127.0.0.1.
 */
export class ObservedServer {
  readonly slack = new FakeSlackApi();
  readonly connector = new FakeConnector();
  /** Every JSON line the logger wrote, as written. */
  readonly lines: string[] = [];
  runtime!: Runtime;
  url = '';
  private close: (() => Promise<void>) | undefined;
  private dataDir = '';
  private responses = 0;

  constructor(private readonly clock: Clock = fixedClock(NOW)) {}

  async start(env: Record<string, string> = {}): Promise<this> {
    await this.slack.start();
    await this.connector.start();
    this.dataDir = mkdtempSync(path.join(tmpdir(), 'utblick-obs-'));
    const config = loadConfig({
      HOST: '127.0.0.1',
      PORT: '0',
      UTBLICK_KNOWLEDGE_DIR: path.resolve(import.meta.dirname, '../../knowledge'),
      UTBLICK_DATA_DIR: this.dataDir,
      UTBLICK_LOG_LEVEL: 'debug',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: 'xoxb-observability',
      SLACK_API_URL: this.slack.apiUrl,
      SLACK_ALLOWED_TEAMS: 'T1',
      ...env,
    });
    const logger = createLogger(config.logLevel, (line) => this.lines.push(line));
    this.runtime = await createRuntime(config, this.clock, logger);
    const registers = storeRegisters(this.runtime.store, this.clock, config.timeZone);
    const running = await startServer(this.runtime, [
      createSlackMount({ webApiRetries: 0 }),
      mountTeams,
      createWebMount({ registers }),
    ]);
    this.url = running.url;
    this.close = running.close;
    return this;
  }

  async stop(): Promise<void> {
    await this.close?.();
    await this.slack.stop();
    await this.connector.stop();
    this.runtime?.store.close();
    if (this.dataDir) rmSync(this.dataDir, { recursive: true, force: true });
  }

  /** The parsed log lines. */
  logs(): Record<string, unknown>[] {
    return this.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  /** A slash command as Slack sends it; resolves with what the bot posted to the response_url. */
  async slashCommand(command: string, text: string): Promise<string> {
    const name = `r${++this.responses}`;
    const res = await postToSlackEndpoint(
      `${this.url}/slack/events`,
      commandBody({
        command,
        text,
        team_id: 'T1',
        user_id: 'U1',
        channel_id: 'C7',
        trigger_id: `trigger-${name}`,
        response_url: this.slack.responseUrl(name),
      }),
      'application/x-www-form-urlencoded',
      { secret: SIGNING_SECRET },
    );
    if (res.status !== 200) throw new Error(`Slack endpoint answered ${res.status}`);
    return JSON.stringify((await this.slack.waitFor(`response_url:${name}`)).args);
  }

  /** A personal Teams message; resolves with the bot's reply activity as JSON. */
  async teamsMessage(text: string, locale = 'en-US'): Promise<string> {
    const before = this.connector.sent.length;
    const res = await fetch(`${this.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(messageActivity(this.connector.serviceUrl, text, { locale })),
    });
    if (res.status !== 200) throw new Error(`Teams endpoint answered ${res.status}`);
    return JSON.stringify(this.connector.sent.slice(before));
  }

  /** A question in the web chat, the way a browser asks it; resolves with the POST's response. */
  async webQuestion(text: string, headers: Record<string, string> = {}): Promise<Response> {
    const client = new Client(this.url);
    const page = await (await client.get('/')).text();
    return client.post('/ask', { text, _csrf: Client.csrfOf(page) }, headers);
  }

  /** One notification tick through the real Slack and Teams delivery adapters, as the server runs it. */
  async notificationTick() {
    const config = this.runtime.config;
    const adapters = [
      createSlackDelivery(config, this.runtime.logger),
      createTeamsDelivery(config, this.runtime.logger),
    ];
    const scheduler = startScheduler(this.runtime, adapters, { firstTickMs: 3_600_000 });
    try {
      return await scheduler.tick();
    } finally {
      await scheduler.stop();
    }
  }

  async metrics(headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${this.url}/metrics`, { headers });
  }
}

export type Sample = { name: string; labels: Record<string, string>; value: number };

/** The samples of a Prometheus text exposition. */
export function parseExposition(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line.length === 0 || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`not an exposition line: ${line}`);
    const labels: Record<string, string> = {};
    for (const pair of (match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) {
      labels[pair[1]!] = pair[2]!;
    }
    samples.push({ name: match[1]!, labels, value: Number(match[3]) });
  }
  return samples;
}

/** The value of the one sample with this name whose labels include these; undefined when there is none. */
export function sampleValue(
  samples: Sample[],
  name: string,
  labels: Record<string, string> = {},
): number | undefined {
  const found = samples.filter(
    (s) => s.name === name && Object.entries(labels).every(([key, value]) => s.labels[key] === value),
  );
  if (found.length > 1) throw new Error(`${found.length} samples of ${name} match ${JSON.stringify(labels)}`);
  return found[0]?.value;
}

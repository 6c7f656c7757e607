import { EventEmitter } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSlackMount } from '../../adapters/slack/index.js';
import { loadConfig } from '../../src/config/config.js';
import { systemClock } from '../../src/core/clock.js';
import type { Core } from '../../src/core/core.js';
import type { Logger } from '../../src/core/logger.js';
import { createApp } from '../../src/server/app.js';
import { FakeSlackApi } from './fake-slack-api.js';
import { postToSlackEndpoint, type SignOptions } from './slack-requests.js';

export const SIGNING_SECRET = 'test-signing-secret';
export const BOT_TOKEN = 'xoxb-test-token';

/** A logger that keeps its lines, so tests can wait for "skipped" and check that nothing secret was logged. */
export class RecordingLogger implements Logger {
  readonly lines: { level: string; msg: string; fields?: Record<string, unknown> }[] = [];
  private readonly events = new EventEmitter();
  debug = (msg: string, fields?: Record<string, unknown>) => this.add('debug', msg, fields);
  info = (msg: string, fields?: Record<string, unknown>) => this.add('info', msg, fields);
  warn = (msg: string, fields?: Record<string, unknown>) => this.add('warn', msg, fields);
  error = (msg: string, fields?: Record<string, unknown>) => this.add('error', msg, fields);

  count(text: string): number {
    return this.lines.filter((line) => line.msg.includes(text)).length;
  }

  /** Resolves once `count` lines containing `text` have been logged. */
  waitFor(text: string, count = 1, ms = 10_000): Promise<void> {
    if (this.count(text) >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no log line with "${text}"`)), ms);
      const listener = () => {
        if (this.count(text) < count) return;
        clearTimeout(timer);
        this.events.off('line', listener);
        resolve();
      };
      this.events.on('line', listener);
    });
  }

  private add(level: string, msg: string, fields?: Record<string, unknown>) {
    this.lines.push({ level, msg, ...(fields ? { fields } : {}) });
    this.events.emit('line', msg);
  }
}

/** The shared Express app with the Slack adapter mounted, on 127.0.0.1, talking to a fake Slack. */
export class SlackHarness {
  readonly slack = new FakeSlackApi();
  readonly logger = new RecordingLogger();
  private server: Server | undefined;
  eventsUrl = '';

  constructor(private readonly core: Core) {}

  async start(env: Record<string, string> = {}): Promise<void> {
    await this.slack.start();
    const config = loadConfig({
      HOST: '127.0.0.1',
      PORT: '0',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_API_URL: this.slack.apiUrl,
      SLACK_ALLOWED_TEAMS: 'T1',
      ...env,
    });
    const context = { config, core: this.core, clock: systemClock, logger: this.logger };
    const status = () => ({
      documents: 0,
      passages: 0,
      indexedAt: new Date(0).toISOString(),
      indexMs: 0,
      skipped: [],
    });
    const app = await createApp(context, status, [createSlackMount({ webApiRetries: 0 })]);
    await new Promise<void>((resolve) => {
      this.server = app.listen(0, '127.0.0.1', () => resolve());
    });
    this.eventsUrl = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/slack/events`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    await this.slack.stop();
  }

  post(
    body: string,
    contentType: 'application/json' | 'application/x-www-form-urlencoded',
    sign: Partial<SignOptions> = {},
  ) {
    return postToSlackEndpoint(this.eventsUrl, body, contentType, { secret: SIGNING_SECRET, ...sign });
  }
}

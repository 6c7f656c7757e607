import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSlackMount } from '../../adapters/slack/index.js';
import { loadConfig } from '../../src/config/config.js';
import { type Clock, fixedClock } from '../../src/core/clock.js';
import type { Logger } from '../../src/core/logger.js';
import { createApp } from '../../src/server/app.js';
import { createRuntime, type Runtime } from '../../src/server/bootstrap.js';
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

/** Twelve days (eight working days) before the seed referral's reply deadline, 1 September 2008. */
export const SEED_TIME = fixedClock('2008-08-20T09:00:00+02:00');

/**
 * The shared Express app with the Slack adapter mounted, on 127.0.0.1, around the real core built on the
 * bundled knowledge and a fresh SQLite store, talking to a fake Slack.
 */
export class SlackHarness {
  readonly slack = new FakeSlackApi();
  readonly logger = new RecordingLogger();
  private server: Server | undefined;
  private dataDir = '';
  runtime!: Runtime;
  eventsUrl = '';

  constructor(private readonly clock: Clock = SEED_TIME) {}

  private env: Record<string, string> = {};

  async start(env: Record<string, string> = {}): Promise<void> {
    await this.slack.start();
    this.dataDir = mkdtempSync(path.join(tmpdir(), 'utblick-slack-'));
    this.env = env;
    await this.boot();
  }

  /** Stops the server and its store as a process exit would, and starts a new one on the same data. */
  async restart(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    await this.runtime.store.close();
    await this.boot();
  }

  private async boot(): Promise<void> {
    const env = this.env;
    const config = loadConfig({
      UTBLICK_DATA_DIR: this.dataDir,
      HOST: '127.0.0.1',
      PORT: '0',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_API_URL: this.slack.apiUrl,
      SLACK_ALLOWED_TEAMS: 'T1',
      ...env,
    });
    this.runtime = await createRuntime(config, this.clock, this.logger);
    const context = { config, core: this.runtime.core, clock: this.clock, logger: this.logger };
    const app = await createApp(context, () => this.runtime.knowledge.status(), [
      createSlackMount({ webApiRetries: 0 }),
    ]);
    await new Promise<void>((resolve) => {
      this.server = app.listen(0, '127.0.0.1', () => resolve());
    });
    this.eventsUrl = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/slack/events`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    await this.slack.stop();
    this.runtime?.store.close();
    if (this.dataDir) rmSync(this.dataDir, { recursive: true, force: true });
  }

  post(
    body: string,
    contentType: 'application/json' | 'application/x-www-form-urlencoded',
    sign: Partial<SignOptions> = {},
  ) {
    return postToSlackEndpoint(this.eventsUrl, body, contentType, { secret: SIGNING_SECRET, ...sign });
  }
}

import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createSqliteStore } from '../../src/registry/index.js';
import { addReferral, subscribe } from '../notify/fixtures.js';
import { copyOfKnowledge } from '../support/knowledge.js';
import { GatedSlackApi } from './support/gated-slack-api.js';

/** Seven working days before 25 September 2026, at sending time. */
const NOW = '2026-09-16T08:00:00+02:00';
const CHANNELS = ['C1', 'C2'];
const REFERRALS = ['KS 2026/1', 'KS 2026/2', 'KS 2026/3'];
/** One seven-days reminder per channel and referral. */
const DUE = CHANNELS.length * REFERRALS.length;

type Server = {
  child: ChildProcess;
  port: number;
  exited: Promise<number | null>;
  stderr: () => string;
  /** Resolves when the server has logged `msg`. */
  logged(msg: string): Promise<void>;
};

let dir: string;
let knowledge: string;
let file: string;
let slack: GatedSlackApi;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'utblick-shutdown-'));
  knowledge = copyOfKnowledge();
  file = path.join(dir, 'data', 'utblick.sqlite');
  const store = createSqliteStore(file);
  for (const channel of CHANNELS)
    await subscribe(store, `slack:T1:${channel}`, {}, '2026-09-01T07:00:00.000Z');
  for (const dnr of REFERRALS) {
    await addReferral(store, { dnr, title: `Remiss ${dnr}`, due: '2026-09-25' }, '2026-09-01T08:00:00.000Z');
  }
  store.close();
  slack = new GatedSlackApi();
  await slack.start();
});

afterEach(async () => {
  await slack.stop();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(knowledge, { recursive: true, force: true });
});

function startServer(extraEnv: Record<string, string> = {}): Promise<Server> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(import.meta.dirname, 'support', 'server-process.ts'),
      NOW,
      `${slack.url}/gate`,
    ],
    {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        HOST: '127.0.0.1',
        PORT: '0',
        UTBLICK_DATA_DIR: path.dirname(file),
        UTBLICK_KNOWLEDGE_DIR: knowledge,
        UTBLICK_LOG_LEVEL: 'info',
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_SIGNING_SECRET: 'test-secret',
        SLACK_API_URL: slack.apiUrl,
        ...extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const logged = (msg: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (stderr.includes(`"msg":"${msg}"`)) {
          child.stderr!.off('data', check);
          resolve();
        }
      };
      child.stderr!.on('data', check);
      check();
      void exited.then(() => reject(new Error(`the server exited before logging "${msg}":\n${stderr}`)));
    });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const m = /Utblick is running on http:\/\/localhost:(\d+)\//.exec(stdout);
      if (m) resolve({ child, port: Number(m[1]), exited, stderr: () => stderr, logged });
    });
    void exited.then((code) => reject(new Error(`the server exited (${code}) before it ran:\n${stderr}`)));
  });
}

/** A request on a connection of its own (no pooled keep-alive socket). */
function getOnNewConnection(port: number, pathname: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: pathname, agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
  });
}

type NotificationRow = {
  conversation: string;
  referral_id: number;
  state: string;
  message_id: string | null;
};

function notifications(): NotificationRow[] {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare('SELECT conversation, referral_id, state, message_id FROM notifications')
      .all() as NotificationRow[];
  } finally {
    db.close();
  }
}

describe('graceful shutdown of the server process', () => {
  it('finishes the delivery and the HTTP request in flight on SIGTERM, exits 0, and a restart sends the rest exactly once', async () => {
    slack.hold();
    const first = await startServer();
    // A request in flight (it waits for the gate), and a notification tick in flight (its first
    // chat.postMessage waits for the gate too).
    const slow = fetch(`http://127.0.0.1:${first.port}/test/slow`).then(async (res) => ({
      status: res.status,
      text: await res.text(),
    }));
    await slack.until('gate', 1);
    await slack.until('arrived', 1);

    first.child.kill('SIGTERM');
    await first.logged('shutting down');
    // No new connections once shutdown has begun.
    await expect(getOnNewConnection(first.port, '/healthz')).rejects.toThrow();
    slack.release();

    expect(await slow).toEqual({ status: 200, text: 'slow request released' });
    expect(await first.exited, first.stderr()).toBe(0);
    expect(first.stderr()).toContain('"msg":"shut down cleanly"');
    // The tick stopped after the delivery it was in, and that one is marked sent with Slack's ts.
    expect(slack.arrived).toHaveLength(1);
    const afterFirst = notifications();
    expect(afterFirst.filter((n) => n.state !== 'sent')).toEqual([]);
    expect(afterFirst.map((n) => n.message_id).sort()).toEqual(slack.answered.map((a) => a.ts).sort());

    const second = await startServer();
    await slack.until('arrived', DUE);
    await second.logged('notification tick');
    second.child.kill('SIGTERM');
    expect(await second.exited, second.stderr()).toBe(0);

    // Every due reminder reached Slack exactly once, and the log says so.
    const posted = slack.arrived.map((p) => `${p.channel} ${p.text}`);
    expect(posted).toHaveLength(DUE);
    expect(new Set(posted).size).toBe(DUE);
    const log = notifications();
    expect(log).toHaveLength(DUE);
    expect(log.every((n) => n.state === 'sent')).toBe(true);
    expect(new Set(log.map((n) => `${n.conversation} ${n.referral_id}`)).size).toBe(DUE);
    expect(log.map((n) => n.message_id).sort()).toEqual(slack.answered.map((a) => a.ts).sort());
  }, 300_000);

  it('closes the Socket Mode connection properly before exiting 0', async () => {
    // Slack's Socket Mode end: records how the bot's connection closes (1000 = a proper close frame).
    const wss = new WebSocket.Server({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
    slack.socketUrl = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link`;
    const closed = new Promise<number>((resolve) =>
      wss.on('connection', (socket) => {
        socket.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' } }));
        socket.on('close', (code) => resolve(code));
      }),
    );
    try {
      const server = await startServer({ SLACK_APP_TOKEN: 'xapp-test' });
      await server.logged('slack: connected over Socket Mode');
      server.child.kill('SIGTERM');
      expect(await server.exited, server.stderr()).toBe(0);
      expect(await closed).toBe(1000);
      expect(server.stderr()).toContain('"msg":"shut down cleanly"');
    } finally {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    }
  }, 300_000);
});

import { EventEmitter } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the bot made: a Web API method (`POST /api/<method>`) or a post to a `response_url`. */
export type RecordedCall = { method: string; args: Record<string, unknown> };

export type FakeResponse = { status?: number; headers?: Record<string, string>; body: unknown };
type Handler = (args: Record<string, unknown>) => FakeResponse;

/**
 * A local stand-in for Slack's servers on 127.0.0.1: it records every Web API call (form-urlencoded
 * fields, JSON strings such as `blocks` and `view` decoded) and every `response_url` post, and answers
 * like Slack does. Tests override single methods to simulate Slack's failures.
 */
export class FakeSlackApi {
  readonly calls: RecordedCall[] = [];
  private readonly events = new EventEmitter();
  private readonly handlers = new Map<string, Handler>();
  private readonly locales = new Map<string, string>();
  private server: http.Server | undefined;
  private nextTs = 1;
  url = '';

  /** The Web API base (SLACK_API_URL). */
  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  /** A fresh `response_url` on this server. */
  responseUrl(name: string): string {
    return `${this.url}/response/${name}`;
  }

  setLocale(userId: string, locale: string): void {
    this.locales.set(userId, locale);
  }

  on(method: string, handler: Handler): void {
    this.handlers.set(method, handler);
  }

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => this.handle(req, Buffer.concat(chunks).toString('utf8'), res));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Resolves with the first call (past or future) to `method` that matches; rejects after `ms`. */
  waitFor(
    method: string,
    match: (args: Record<string, unknown>) => boolean = () => true,
    ms = 10_000,
  ): Promise<RecordedCall> {
    const found = this.calls.find((call) => call.method === method && match(call.args));
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.events.off('call', listener);
        reject(
          new Error(`no ${method} call arrived; calls so far: ${this.calls.map((c) => c.method).join(', ')}`),
        );
      }, ms);
      const listener = (call: RecordedCall) => {
        if (call.method !== method || !match(call.args)) return;
        clearTimeout(timer);
        this.events.off('call', listener);
        resolve(call);
      };
      this.events.on('call', listener);
    });
  }

  private handle(req: http.IncomingMessage, raw: string, res: http.ServerResponse): void {
    const path = new URL(req.url ?? '/', this.url).pathname;
    const args = decode(raw, req.headers['content-type'] ?? '');
    const method = path.startsWith('/api/')
      ? path.slice('/api/'.length)
      : path.startsWith('/response/')
        ? `response_url:${path.slice('/response/'.length)}`
        : path;
    const call = { method, args };
    this.calls.push(call);
    const answer = this.handlers.get(method)?.(args) ?? this.defaultAnswer(method, args);
    res.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers });
    res.end(JSON.stringify(answer.body));
    this.events.emit('call', call);
  }

  private defaultAnswer(method: string, args: Record<string, unknown>): FakeResponse {
    switch (method) {
      case 'auth.test':
        return { body: { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'utblick' } };
      case 'users.info': {
        const id = String(args.user);
        const locale = this.locales.get(id);
        return { body: { ok: true, user: { id, name: id.toLowerCase(), ...(locale ? { locale } : {}) } } };
      }
      case 'chat.postMessage':
        return {
          body: {
            ok: true,
            channel: args.channel,
            ts: `1700000000.${String(this.nextTs++).padStart(6, '0')}`,
          },
        };
      case 'views.open':
      case 'views.publish':
      case 'views.update':
        return { body: { ok: true, view: { id: 'V1' } } };
      default:
        return { body: { ok: true } };
    }
  }
}

function decode(raw: string, contentType: string): Record<string, unknown> {
  if (raw.length === 0) return {};
  if (contentType.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return out;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

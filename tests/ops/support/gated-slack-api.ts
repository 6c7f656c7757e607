import { EventEmitter } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Posted = { channel: string; text: string };

/**
 * A stand-in for Slack's Web API on 127.0.0.1 whose answers wait behind a gate that the test opens:
 * `chat.postMessage` records the message when it arrives and answers (with a unique ts) only once
 * the gate is open, so that a test can hold a delivery in flight. `GET /gate` waits the same way; the
 * test server's slow route uses it to keep an HTTP request in flight.
 */
export class GatedSlackApi {
  readonly arrived: Posted[] = [];
  /** The ts of every message answered ok: exactly what Slack would have shown in the channel. */
  readonly answered: { ts: string; channel: string; text: string }[] = [];
  gateRequests = 0;
  private readonly events = new EventEmitter();
  private open = true;
  private waiting: (() => void)[] = [];
  private server: http.Server | undefined;
  private nextTs = 1;
  url = '';
  /** What `apps.connections.open` answers: the Socket Mode WebSocket URL. */
  socketUrl = '';

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  hold(): void {
    this.open = false;
  }

  release(): void {
    this.open = true;
    for (const go of this.waiting.splice(0)) go();
  }

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk: Buffer) => {
        raw += chunk.toString();
      });
      req.on('end', () => void this.handle(req, raw, res));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.release();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Resolves once `count()` reaches `n`. */
  until(what: 'arrived' | 'gate', n: number): Promise<void> {
    const count = () => (what === 'arrived' ? this.arrived.length : this.gateRequests);
    if (count() >= n) return Promise.resolve();
    return new Promise((resolve) => {
      const check = () => {
        if (count() < n) return;
        this.events.off('change', check);
        resolve();
      };
      this.events.on('change', check);
    });
  }

  private passGate(): Promise<void> {
    return this.open ? Promise.resolve() : new Promise((resolve) => this.waiting.push(resolve));
  }

  private async handle(req: http.IncomingMessage, raw: string, res: http.ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', this.url).pathname;
    if (path === '/gate') {
      this.gateRequests += 1;
      this.events.emit('change');
      await this.passGate();
      res.end('released');
      return;
    }
    const args = Object.fromEntries(new URLSearchParams(raw));
    let body: unknown = { ok: true };
    if (path === '/api/apps.connections.open') body = { ok: true, url: this.socketUrl };
    if (path === '/api/chat.postMessage') {
      const posted = { channel: String(args.channel), text: String(args.text) };
      this.arrived.push(posted);
      this.events.emit('change');
      await this.passGate();
      const ts = `1700000000.${String(this.nextTs++).padStart(6, '0')}`;
      this.answered.push({ ts, ...posted });
      body = { ok: true, channel: posted.channel, ts };
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }
}

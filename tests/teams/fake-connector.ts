import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the bot made to the Bot Connector REST API. */
export type ConnectorCall = {
  method: string;
  conversationId: string;
  /** The activity id in the path: the one replied to (POST) or the one replaced (PUT). */
  activityId: string | undefined;
  authorization: string | undefined;
  // biome-ignore lint/suspicious/noExplicitAny: activities are arbitrary JSON, inspected by the tests
  activity: any;
  /** The id this fake answered with. */
  id: string;
};

type Refusal = { status: number; code: string; method?: string };

/**
 * A stand-in for Microsoft's Bot Connector service on 127.0.0.1: the `serviceUrl` of the activities the
 * tests send. It accepts `POST /v3/conversations/{id}/activities[/{replyToId}]` and
 * `PUT /v3/conversations/{id}/activities/{activityId}`, records them, and answers `{ "id": … }` — or the
 * error a test asked for, shaped like the real service's error body.
 */
export class FakeConnector {
  readonly calls: ConnectorCall[] = [];
  private readonly refusals = new Map<string, Refusal>();
  private readonly members = new Map<string, { userRole: string; tenantId?: string }>();
  private server: Server | undefined;
  private port = 0;

  get serviceUrl(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Answer every call for this conversation (optionally only PUT or POST) with an error. */
  refuse(conversationId: string, status: number, code: string, method?: 'POST' | 'PUT'): void {
    this.refusals.set(conversationId, { status, code, ...(method ? { method } : {}) });
  }

  /** What the member list says about a user (TeamsInfo.getMember); everyone else is a plain `user`. */
  setMember(userId: string, member: { userRole: 'user' | 'guest' | 'anonymous'; tenantId?: string }): void {
    this.members.set(userId, member);
  }

  /** Messages the bot sent (new or replies), in order. */
  get sent(): ConnectorCall[] {
    return this.calls.filter((c) => c.method === 'POST');
  }

  get updated(): ConnectorCall[] {
    return this.calls.filter((c) => c.method === 'PUT');
  }

  /** Forgets the recorded calls and every refusal. */
  clear(): void {
    this.calls.length = 0;
    this.refusals.clear();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const member = /^\/v3\/conversations\/([^/]+)\/members\/([^/?]+)$/.exec(req.url ?? '');
    if (member && req.method === 'GET') {
      const id = decodeURIComponent(member[2]!);
      return json(res, 200, { id, name: id, userRole: 'user', ...this.members.get(id) });
    }
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?$/.exec(req.url ?? '');
    if (!match || (req.method !== 'POST' && req.method !== 'PUT')) {
      return json(res, 404, { error: { code: 'NotFound', message: 'No such route on the fake connector' } });
    }
    const conversationId = decodeURIComponent(match[1]!);
    const refusal = this.refusals.get(conversationId);
    if (refusal && (!refusal.method || refusal.method === req.method)) {
      return json(res, refusal.status, {
        error: { code: refusal.code, message: `Refused: ${refusal.code}` },
      });
    }
    const id = req.method === 'PUT' ? decodeURIComponent(match[2]!) : `msg-${randomUUID()}`;
    this.calls.push({
      method: req.method,
      conversationId,
      activityId: match[2] ? decodeURIComponent(match[2]) : undefined,
      authorization: req.headers.authorization,
      activity: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'),
      id,
    });
    json(res, 200, { id });
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

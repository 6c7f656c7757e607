import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** `--name value` from the command line, or the fallback. */
export function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

/**
 * Slack's Web API and `response_url`, and the Bot Connector, on loopback: every answer is stamped with
 * its arrival time under the request key in its path (`/response/<key>` for Slack,
 * `/v3/conversations/…/activities/<key>` for Teams replies).
 */
export class PlatformReceiver {
  readonly arrivals = new Map<string, number>();
  private server!: http.Server;
  url = '';

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const url = req.url ?? '/';
        const slack = /^\/response\/([^/?]+)/.exec(url);
        const teams = /^\/v3\/conversations\/[^/]+\/activities\/([^/?]+)/.exec(url);
        const key = slack?.[1] ?? teams?.[1];
        if (key) this.arrivals.set(key, performance.now());
        const body = url.startsWith('/api/auth.test')
          ? { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'utblick' }
          : url.startsWith('/api/users.info')
            ? { ok: true, user: { id: 'U1', name: 'u1', locale: 'sv-SE' } }
            : url.startsWith('/v3/')
              ? { id: `reply-${key ?? 'x'}` }
              : { ok: true };
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** A `/utblick` slash command as Slack sends it, signed with `secret`, answering to `responseUrl`. */
export function signedSlashCommand(
  secret: string,
  fields: { text: string; user: string; channel: string; trigger: string; responseUrl: string },
) {
  const body = new URLSearchParams({
    command: '/utblick',
    text: fields.text,
    team_id: 'T1',
    user_id: fields.user,
    channel_id: fields.channel,
    trigger_id: fields.trigger,
    response_url: fields.responseUrl,
  }).toString();
  const ts = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`;
  return {
    body,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': signature,
    },
  };
}

import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { mountTeams } from '../../adapters/teams/index.js';
import { loadConfig } from '../../src/config/config.js';
import { fixedClock } from '../../src/core/clock.js';
import type { Core } from '../../src/core/core.js';
import type { Input } from '../../src/core/input.js';
import { silentLogger } from '../../src/core/logger.js';
import type { Reply } from '../../src/core/reply.js';
import { createApp } from '../../src/server/app.js';
import { createRuntime, type Runtime } from '../../src/server/bootstrap.js';
import { FakeConnector } from './fake-connector.js';

export const BOT_ID = '28:utblick-bot';
export const TENANT = '11111111-2222-3333-4444-555555555555';
/** Twelve days before the seed referral's reply deadline (1 September 2008). */
export const NOW = '2008-08-20T09:00:00Z';

/** The shared Express app with the Teams endpoint, the real core on the bundled knowledge, a fake Bot Connector. */
export type TeamsServer = {
  url: string;
  connector: FakeConnector;
  runtime: Runtime;
  /** The server's UTBLICK_DATA_DIR (its SQLite store), shared with the CLI in tests. */
  dataDir: string;
  /** What the adapter handed the core, in order. */
  calls: CoreCall[];
  post(activity: unknown, headers?: Record<string, string>): Promise<Response>;
  stop(): Promise<void>;
};

export type ServerOptions = {
  env?: Record<string, string>;
  host?: string;
  /** Replaces some of the real core's methods (only to make it fail). */
  override?: Partial<Core>;
};

export async function startTeamsServer(options: ServerOptions = {}): Promise<TeamsServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'utblick-teams-'));
  const config = loadConfig({
    UTBLICK_DATA_DIR: dataDir,
    UTBLICK_KNOWLEDGE_DIR: 'knowledge',
    // One user sends dozens of messages under a fixed clock; the rate limits have their own tests.
    UTBLICK_RATE_LIMIT_USER: 'off',
    UTBLICK_RATE_LIMIT_CONVERSATION: 'off',
    ...options.env,
  });
  const runtime = await createRuntime(config, fixedClock(NOW), silentLogger);
  const recorded = recordingCore({ ...runtime.core, ...options.override });
  const connector = await new FakeConnector().start();
  const app = await createApp(
    { config, core: recorded.core, clock: runtime.clock, logger: silentLogger },
    () => runtime.knowledge.status(),
    [mountTeams],
  );
  const host = options.host ?? '127.0.0.1';
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, host, () => resolve(s));
  });
  const url = `http://${host}:${(server.address() as AddressInfo).port}/api/messages`;
  return {
    url,
    connector,
    runtime,
    dataDir,
    calls: recorded.inputs,
    post: (activity, headers = {}) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(activity),
      }),
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await connector.stop();
      runtime.store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type Scope = 'personal' | 'groupChat' | 'channel';
let sequence = 0;

/** A message activity as Teams sends it, in a personal chat, a group chat or a channel thread. */
export function messageActivity(
  serviceUrl: string,
  text: string,
  options: {
    scope?: Scope;
    locale?: string;
    value?: unknown;
    replyToId?: string;
    mention?: boolean;
    tenant?: string;
    from?: { id: string; aadObjectId: string; name: string };
  } = {},
) {
  const scope = options.scope ?? 'personal';
  const tenant = options.tenant ?? TENANT;
  const mention = options.mention ?? scope !== 'personal';
  const body = mention ? `<at>Utblick</at> ${text}` : text;
  const activity = {
    type: 'message',
    id: `act-${++sequence}`,
    channelId: 'msteams',
    serviceUrl,
    from: options.from ?? { id: '29:user-anna', aadObjectId: 'aad-anna', name: 'Anna Andersson' },
    recipient: { id: BOT_ID, name: 'Utblick' },
    conversation: conversationFor(scope, tenant),
    channelData: {
      tenant: { id: tenant },
      ...(scope === 'channel'
        ? { team: { id: '19:team@thread.tacv2' }, channel: { id: '19:general@thread.tacv2' } }
        : {}),
    },
    ...(options.locale ? { locale: options.locale } : {}),
    ...(text || !options.value ? { text: body } : {}),
    ...(options.value !== undefined ? { value: options.value } : {}),
    ...(options.replyToId ? { replyToId: options.replyToId } : {}),
    entities: mention
      ? [{ type: 'mention', mentioned: { id: BOT_ID, name: 'Utblick' }, text: '<at>Utblick</at>' }]
      : [{ type: 'clientInfo', locale: options.locale ?? 'sv-SE' }],
  };
  // Teams sends fewer fields than botbuilder's Activity type declares as required.
  return activity as unknown as Activity;
}

function conversationFor(scope: Scope, tenantId: string) {
  switch (scope) {
    case 'personal':
      return { id: 'a:personal-chat-anna', conversationType: 'personal', tenantId };
    case 'groupChat':
      return { id: '19:group-chat@thread.v2', conversationType: 'groupChat', isGroup: true, tenantId };
    case 'channel':
      return {
        id: '19:general@thread.tacv2;messageid=1764147600000',
        conversationType: 'channel',
        isGroup: true,
        tenantId,
      };
  }
}

/** The activity Teams sends when the bot is added to a team or chat. */
export function botAddedActivity(serviceUrl: string, locale = 'en-US') {
  return {
    type: 'conversationUpdate',
    id: `act-${++sequence}`,
    channelId: 'msteams',
    serviceUrl,
    locale,
    from: { id: '29:user-anna', aadObjectId: 'aad-anna' },
    recipient: { id: BOT_ID, name: 'Utblick' },
    conversation: conversationFor('channel', TENANT),
    channelData: {
      tenant: { id: TENANT },
      eventType: 'teamMemberAdded',
      team: { id: '19:team@thread.tacv2' },
    },
    membersAdded: [{ id: BOT_ID }],
  };
}

export type CoreCall = { method: string; input: Input; args: unknown[]; reply?: Reply };

/** Wraps a core to record what the adapter handed it; every call still goes to the wrapped core. */
function recordingCore(inner: Core) {
  const inputs: CoreCall[] = [];
  const note = (method: string, input: Input, args: unknown[] = []) => {
    inputs.push({ method, input, args });
  };
  const core: Core = {
    handle: async (input) => {
      note('handle', input);
      const reply = await inner.handle(input);
      inputs.at(-1)!.reply = reply;
      return reply;
    },
    run: async (input, options) => {
      note('run', input, [options]);
      const outcome = await inner.run(input, options);
      inputs.at(-1)!.reply = outcome.reply;
      return outcome;
    },
    action: (id, value, input) => {
      note('action', input, [id, value]);
      return inner.action(id, value, input);
    },
    openForm: (id, input) => {
      note('openForm', input, [id]);
      return inner.openForm(id, input);
    },
    submitForm: (id, values, input) => {
      note('submitForm', input, [id, values]);
      return inner.submitForm(id, values, input);
    },
    overview: (input) => {
      note('overview', input);
      return inner.overview(input);
    },
  };
  return { core, inputs };
}

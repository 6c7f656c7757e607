import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeamsDelivery, encodeReference } from '../../adapters/teams/index.js';
import { loadConfig } from '../../src/config/config.js';
import { silentLogger } from '../../src/core/logger.js';
import type { Reply } from '../../src/core/reply.js';
import { cardProblems, cardsOf, visibleText } from './card-check.js';
import { FakeConnector } from './fake-connector.js';
import { messageActivity, startTeamsServer, type TeamsServer } from './harness.js';

const reminder: Reply = {
  lang: 'sv',
  kind: 'notification',
  summary: 'Remiss 006-1137/2007 ska besvaras om 7 arbetsdagar',
  blocks: [
    { type: 'heading', text: 'Påminnelse: remiss ska besvaras' },
    {
      type: 'fields',
      fields: [
        { label: 'Dnr', value: '006-1137/2007' },
        { label: 'Senast', value: 'måndag 1 september 2008' },
      ],
    },
    {
      type: 'actions',
      actions: [{ id: 'referral_done', label: 'Markera besvarad', value: '006-1137/2007', style: 'primary' }],
    },
  ],
};

let server: TeamsServer;
const delivery = createTeamsDelivery(loadConfig({}), silentLogger);

beforeAll(async () => {
  // Anna is a Utblick administrator here: subscribing a channel takes one (see permissions.test.ts).
  server = await startTeamsServer({ env: { UTBLICK_ADMINS: 'teams:aad-anna' } });
});
afterAll(async () => {
  await server.stop();
});

describe('proactive delivery to a stored conversation reference', () => {
  it('delivers a Reply as a new post in the channel where "referral subscribe" was written', async () => {
    const subscribe = messageActivity(server.connector.serviceUrl, 'referral subscribe', {
      scope: 'channel',
      locale: 'en-US',
    });
    await server.post(subscribe);
    expect(visibleText(cardsOf(server.connector.sent[0]?.activity)[0])).toContain('This conversation');
    const [subscription] = await server.runtime.store.listSubscriptions();
    const reference = subscription!.conversation;
    expect(reference.startsWith('teams:')).toBe(true);
    const stored = Buffer.from(reference.slice('teams:'.length), 'base64url').toString('utf8');
    expect(stored).not.toContain('Anna');
    expect(JSON.parse(stored).user).toBeUndefined();
    expect(delivery.owns(reference)).toBe(true);
    expect(delivery.owns('slack:T1:C1')).toBe(false);

    server.connector.clear();
    const result = await delivery.send(reference, reminder);
    const [post] = server.connector.sent;
    expect(result).toEqual({ ok: true, messageId: post?.id });
    expect(post?.conversationId).toBe('19:general@thread.tacv2');
    expect(post?.activityId).toBeUndefined();
    const card = cardsOf(post?.activity)[0];
    expect(cardProblems(card)).toEqual([]);
    expect(visibleText(card)).toContain('Senast: måndag 1 september 2008');
    expect(visibleText(card)).toContain('Markera besvarad');
  });

  it('reports a removed bot or a deleted conversation as permanent', async () => {
    const reference = encodeReference(
      messageActivity(server.connector.serviceUrl, 'x', { scope: 'groupChat' }),
    );
    server.connector.refuse('19:group-chat@thread.v2', 403, 'BotNotInConversationRoster');
    expect(await delivery.send(reference, reminder)).toMatchObject({ ok: false, permanent: true });
    server.connector.refuse('19:group-chat@thread.v2', 404, 'ConversationNotFound');
    expect(await delivery.send(reference, reminder)).toMatchObject({ ok: false, permanent: true });
    server.connector.clear();
  });

  it('reports rate limits, server errors and network failures as temporary', async () => {
    const reference = encodeReference(
      messageActivity(server.connector.serviceUrl, 'x', { scope: 'groupChat' }),
    );
    server.connector.refuse('19:group-chat@thread.v2', 429, 'Throttled');
    expect(await delivery.send(reference, reminder)).toMatchObject({
      ok: false,
      permanent: false,
      reason: expect.stringContaining('429'),
    });
    server.connector.refuse('19:group-chat@thread.v2', 503, 'ServiceUnavailable');
    expect(await delivery.send(reference, reminder)).toMatchObject({ ok: false, permanent: false });
    server.connector.clear();

    const gone = await new FakeConnector().start();
    const unreachable = encodeReference(messageActivity(gone.serviceUrl, 'x'));
    await gone.stop();
    expect(await delivery.send(unreachable, reminder)).toMatchObject({ ok: false, permanent: false });
  });

  it('refuses a reference it did not write', async () => {
    for (const bad of ['teams:not-base64-json', 'teams:', 'slack:T1:C1']) {
      expect(await delivery.send(bad, reminder)).toMatchObject({ ok: false, permanent: true });
    }
  });
});

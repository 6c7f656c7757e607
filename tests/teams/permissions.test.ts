import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardsOf, visibleText } from './card-check.js';
import { messageActivity, startTeamsServer, TENANT, type TeamsServer } from './harness.js';

/**
 * Who may do what in Teams, through the real CloudAdapter: whether the sender is a guest comes from the
 * conversation's member list on the (fake) Bot Connector, as it would from Teams.
 */
let server: TeamsServer;

const GUEST = { id: '29:guest-gus', aadObjectId: 'aad-gus', name: 'Gus Guest' };
const BOSS = { id: '29:user-boss', aadObjectId: 'aad-boss', name: 'Berit Boss' };
const BO = { id: '29:user-bo', aadObjectId: 'aad-bo', name: 'Bo Berg' };

beforeAll(async () => {
  server = await startTeamsServer({ env: { UTBLICK_ADMINS: 'teams:aad-boss' } });
  server.connector.setMember(GUEST.id, { userRole: 'guest' });
});
afterAll(async () => {
  await server.stop();
});

/** Sends a message and returns the text of the card the bot answered with. */
async function say(text: string, from: typeof BO, scope: 'personal' | 'channel' = 'channel') {
  server.connector.clear();
  const res = await server.post(messageActivity(server.connector.serviceUrl, text, { scope, from }));
  expect(res.status).toBe(200);
  return visibleText(cardsOf(server.connector.sent.at(-1)?.activity)[0]);
}

describe('Teams: who may do what', () => {
  it('lets a guest account ask, but not subscribe the channel or register, and says why', async () => {
    expect(await say('När ska remissvaret vara inne?', GUEST)).toContain('1 september 2008');

    const sub = await say('remiss prenumerera', GUEST);
    expect(sub).toContain('Du är gäst från en annan organisation');
    expect(await server.runtime.store.listSubscriptions()).toEqual([]);

    const add = await say('medlemskap lägg till Eurocities benefit:"erfarenhetsutbyte"', GUEST, 'personal');
    expect(add).toContain('Du är gäst');
    expect(await server.runtime.store.listMemberships()).toEqual([]);
  });

  it('refuses a member who is not an administrator, and lets an administrator subscribe', async () => {
    const refused = await say('remiss prenumerera', BO);
    expect(refused).toContain('Bara en Utblick-administratör kan ändra kanalens remissaviseringar');
    expect(await server.runtime.store.listSubscriptions()).toEqual([]);

    expect(await say('remiss prenumerera', BOSS)).toContain('får nu meddelanden om alla remisser');
    const [subscription] = await server.runtime.store.listSubscriptions();
    expect(subscription?.createdBy).toBe('teams:aad-boss');
    const [entry] = await server.runtime.store.listAudit({ entity: 'subscription' });
    expect(entry).toMatchObject({
      actor: 'teams:aad-boss',
      platform: 'teams',
      workspace: TENANT,
      actorName: 'Berit Boss',
    });
  });

  it('tells the core whether a reply is private (a personal chat) or shared (a channel)', async () => {
    await say('help', BO, 'personal');
    await say('help', BO, 'channel');
    const audiences = server.calls.slice(-2).map((call) => call.input.audience);
    expect(audiences).toEqual(['private', 'shared']);
  });
});

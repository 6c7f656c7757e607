import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlackHarness } from './slack-harness.js';
import { commandBody } from './slack-requests.js';

/**
 * Who may do what, through the real Bolt receiver: Slack's answers about users (users.info) and user
 * groups (usergroups.users.list) come from the fake Web API, as they would from Slack.
 */
const h = new SlackHarness();

beforeAll(async () => {
  h.slack.on('users.info', (args) => {
    const id = String(args.user);
    const base = { id, name: id.toLowerCase(), team_id: 'T1' };
    if (id === 'UGUEST') return { body: { ok: true, user: { ...base, is_restricted: true } } };
    // A Slack Connect user: their own workspace is another organisation's.
    if (id === 'UEXT') return { body: { ok: true, user: { ...base, team_id: 'T9' } } };
    return { body: { ok: true, user: base } };
  });
  h.slack.on('usergroups.users.list', (args) => ({
    body: { ok: true, users: args.usergroup === 'S0ADMINS' ? ['UBOSS'] : [] },
  }));
  await h.start({
    UTBLICK_ADMINS: 'slack:T1:S0ADMINS',
    UTBLICK_BODY_ADMINS: 'Kulturnämnden=slack:T1:UKULTUR',
  });
});
afterAll(() => h.stop());

let responses = 0;

/** A slash command as Slack sends it; resolves with what the person saw. */
async function command(user: string, name: string, text: string, channel = 'C7'): Promise<string> {
  const url = `p${++responses}`;
  await h.post(
    commandBody({
      command: name,
      text,
      team_id: 'T1',
      user_id: user,
      channel_id: channel,
      trigger_id: `trig-${url}`,
      response_url: h.slack.responseUrl(url),
    }),
    'application/x-www-form-urlencoded',
  );
  const call = await h.slack.waitFor(`response_url:${url}`);
  return JSON.stringify(call.args.blocks ?? call.args.text);
}

const membershipCount = async () => (await h.runtime.store.listMemberships({ includeEnded: true })).length;

describe('Slack: who may do what', () => {
  it('lets a guest account ask, but not register or subscribe, and says why', async () => {
    const asked = await command('UGUEST', '/utblick', 'Vem ansvarar för EU-bevakningen?');
    expect(asked).toContain('006-1137/2007');

    const before = await membershipCount();
    const add = await command('UGUEST', '/membership', 'add Eurocities benefit:"erfarenhetsutbyte"');
    expect(add).toContain('Du är gäst från en annan organisation');
    expect(add).toContain('registrera det');
    expect(await membershipCount()).toBe(before);

    const sub = await command('UGUEST', '/referral', 'subscribe', 'CGUEST');
    expect(sub).toContain('Du är gäst');
    expect(await h.runtime.store.getSubscription('slack:T1:CGUEST')).toBeNull();
  });

  it('treats a Slack Connect user from another organisation as a guest', async () => {
    await command('U1', '/membership', 'add Connect Network benefit:"delade erfarenheter"');
    const end = await command('UEXT', '/membership', 'end Connect Network');
    expect(end).toContain('Du är gäst från en annan organisation');
    expect(end).toContain('avsluta medlemskapet');
    const m = (await h.runtime.store.listMemberships()).find((x) => x.organisation === 'Connect Network');
    expect(m?.endedAt).toBeNull();
  });

  it('lets only the registrant, the body administrator or an administrator end a membership', async () => {
    await command('U1', '/membership', 'add ICLEI benefit:"klimatarbete" body:Kulturnämnden');
    const refused = await command('U2', '/membership', 'end ICLEI');
    expect(refused).toContain(
      'Bara den som registrerade medlemskapet (u1), en administratör för Kulturnämnden eller en Utblick-administratör kan avsluta medlemskapet.',
    );
    const iclei = async () =>
      (await h.runtime.store.listMemberships({ includeEnded: true })).find((x) => x.organisation === 'ICLEI');
    expect((await iclei())?.endedAt).toBeNull();

    const ended = await command('UKULTUR', '/membership', 'end ICLEI');
    expect(ended).toContain('ICLEI');
    expect((await iclei())?.endedBy).toBe('slack:T1:UKULTUR');

    await command('U1', '/membership', 'add Polis Network benefit:"trafik"');
    await command('U1', '/membership', 'end Polis Network');
    const polis = (await h.runtime.store.listMemberships({ includeEnded: true })).find(
      (x) => x.organisation === 'Polis Network',
    );
    expect(polis?.endedBy).toBe('slack:T1:U1');
  });

  it('lets a member of an administrator user group subscribe a channel, and audits who it was', async () => {
    const refused = await command('U2', '/referral', 'subscribe', 'CNEWS');
    expect(refused).toContain('Bara en Utblick-administratör kan ändra kanalens remissaviseringar');
    expect(await h.runtime.store.getSubscription('slack:T1:CNEWS')).toBeNull();

    await command('UBOSS', '/referral', 'subscribe', 'CNEWS');
    const subscription = await h.runtime.store.getSubscription('slack:T1:CNEWS');
    expect(subscription?.createdBy).toBe('slack:T1:UBOSS');
    const [entry] = await h.runtime.store.listAudit({ entity: 'subscription', entityId: subscription!.id });
    expect(entry).toMatchObject({
      actor: 'slack:T1:UBOSS',
      platform: 'slack',
      workspace: 'T1',
      actorName: 'uboss',
      action: 'subscription.add',
    });

    // The one who set it up may end it; someone else may not.
    const other = await command('U2', '/referral', 'unsubscribe', 'CNEWS');
    expect(other).toContain('den som startade aviseringarna (uboss)');
    expect(await h.runtime.store.getSubscription('slack:T1:CNEWS')).not.toBeNull();
  });
});

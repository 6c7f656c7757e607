import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlackHarness } from './slack-harness.js';
import { commandBody, eventBody, interactionBody } from './slack-requests.js';

const h = new SlackHarness();

// U1 is a Utblick administrator here, so that subscribing a channel works; refusals: slack-permissions.test.ts.
beforeAll(() => h.start({ UTBLICK_ADMINS: 'slack:T1:U1' }));
afterAll(() => h.stop());

let responses = 0;

/** Sends a slash command as Slack does (text with &, <, > encoded) and returns its response_url name. */
async function command(name: string, text: string, extra: Record<string, string> = {}) {
  const url = `r${++responses}`;
  const res = await h.post(
    commandBody({
      command: name,
      text,
      team_id: 'T1',
      user_id: 'U1',
      channel_id: 'C7',
      trigger_id: `trig-${url}`,
      response_url: h.slack.responseUrl(url),
      ...extra,
    }),
    'application/x-www-form-urlencoded',
  );
  return { res, url: `response_url:${url}`, trigger: `trig-${url}` };
}

function visible(args: Record<string, unknown>): string {
  return JSON.stringify(args.blocks ?? args.view ?? args);
}

describe('Slack: slash commands', () => {
  it('answers /referral deadline for the seed referral privately, in Swedish by default', async () => {
    const { res, url } = await command('/referral', 'deadline 006-1137/2007');
    expect(res.status).toBe(200);
    const call = await h.slack.waitFor(url);
    expect(call.args.response_type).toBe('ephemeral');
    const text = visible(call.args);
    expect(text).toContain('måndag 1 september 2008');
    expect(text).toContain('8 arbetsdagar');
  });

  it('answers /remiss senast in English for a user whose Slack locale is English', async () => {
    h.slack.setLocale('U2', 'en-US');
    const { url } = await command('/remiss', 'senast 006-1137/2007', { user_id: 'U2' });
    const text = visible((await h.slack.waitFor(url)).args);
    expect(text).toContain('Monday 1 September 2008');
    expect(text).toContain('8 working days');
  });

  it('answers a referral added a moment before', async () => {
    const add = await command(
      '/referral',
      'add KS 2026/123 title:"Remiss om stadens EU-arbete" from:Kommunstyrelsen due:2008-10-01',
    );
    await h.slack.waitFor(add.url);
    const { url } = await command('/referral', 'deadline KS 2026/123');
    expect(visible((await h.slack.waitFor(url)).args)).toContain('1 oktober 2008');
  });

  it('marks a referral answered from the button under its deadline', async () => {
    const { url } = await command('/referral', 'deadline KS 2026/123');
    const reply = await h.slack.waitFor(url);
    const blocks = reply.args.blocks as { type: string; elements?: { action_id: string; value: string }[] }[];
    const done = blocks
      .flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : []))
      .find((e) => e.action_id.startsWith('core:referral_done:'));
    expect(done).toBeDefined();
    await h.post(
      interactionBody({
        type: 'block_actions',
        team: { id: 'T1' },
        user: { id: 'U1', team_id: 'T1' },
        channel: { id: 'C7' },
        container: { type: 'message', is_ephemeral: true },
        trigger_id: 'trig-done',
        response_url: h.slack.responseUrl('done'),
        actions: [
          { type: 'button', action_id: done!.action_id, block_id: 'b1', value: done!.value, action_ts: '1' },
        ],
      }),
      'application/x-www-form-urlencoded',
    );
    const confirmation = await h.slack.waitFor('response_url:done');
    expect(confirmation.args.response_type).toBe('ephemeral');
    const referral = (await h.runtime.store.listReferrals()).find(
      (r) => r.title === 'Remiss om stadens EU-arbete',
    );
    expect(referral?.status).toBe('answered');
  });

  it('subscribes this channel with /referral subscribe', async () => {
    const { url } = await command('/referral', 'subscribe', { channel_id: 'C7SUB' });
    await h.slack.waitFor(url);
    expect(await h.runtime.store.getSubscription('slack:T1:C7SUB')).toMatchObject({
      conversation: 'slack:T1:C7SUB',
    });
  });

  it('opens the membership form at once for /membership add, shows errors inline, then confirms', async () => {
    const { trigger } = await command('/membership', 'add');
    const open = await h.slack.waitFor('views.open', (a) => a.trigger_id === trigger);
    const view = open.args.view as {
      callback_id: string;
      private_metadata: string;
      title: { text: string };
      blocks: { block_id: string; type: string }[];
    };
    expect(view.title.text).toBe('Registrera medlemskap');
    expect(view.blocks.map((b) => b.block_id)).toEqual(
      expect.arrayContaining(['organisation', 'benefit', 'since']),
    );

    const submit = (values: Record<string, Record<string, unknown>>) =>
      h.post(
        interactionBody({
          type: 'view_submission',
          team: { id: 'T1' },
          user: { id: 'U1', team_id: 'T1' },
          view: { ...view, id: 'V1', state: { values } },
        }),
        'application/x-www-form-urlencoded',
      );
    const invalid = await submit({
      organisation: { value: { type: 'plain_text_input', value: 'Eurocities' } },
    });
    const errors = JSON.parse(invalid.text);
    expect(errors.response_action).toBe('errors');
    expect(Object.keys(errors.errors)).toEqual(['benefit']);
    expect(await h.runtime.store.listMemberships()).toHaveLength(0);

    const valid = await submit({
      organisation: { value: { type: 'plain_text_input', value: 'Eurocities' } },
      benefit: { value: { type: 'plain_text_input', value: 'Lära av andra städer' } },
      area: { value: { type: 'static_select', selected_option: { value: 'bevakning' } } },
      since: { value: { type: 'datepicker', selected_date: '2008-01-15' } },
    });
    const confirmation = JSON.parse(valid.text);
    expect(confirmation.response_action).toBe('update');
    expect(JSON.stringify(confirmation.view.blocks)).toContain('Eurocities');
    expect(await h.runtime.store.listMemberships()).toEqual([
      expect.objectContaining({ organisation: 'Eurocities', benefit: 'Lära av andra städer' }),
    ]);
  });

  it('escapes <!channel> typed into a command when it is shown back', async () => {
    const { url } = await command(
      '/membership',
      'add Evil &lt;!channel&gt; net benefit:"see &lt;https://evil.example|here&gt;"',
    );
    const call = await h.slack.waitFor(url);
    const posted = JSON.stringify(call.args);
    expect(posted).toContain('Evil &lt;!channel&gt; net');
    expect(posted).not.toContain('<!channel>');
    expect(posted).not.toContain('<https://evil.example');
  });

  it('publishes App Home with the referrals due soon and the new memberships', async () => {
    await h.post(
      eventBody('T1', 'EvHome', {
        type: 'app_home_opened',
        user: 'U1',
        channel: 'D9',
        tab: 'home',
        event_ts: '5.1',
      }),
      'application/json',
    );
    const call = await h.slack.waitFor('views.publish');
    expect(call.args.user_id).toBe('U1');
    const view = call.args.view as { type: string };
    expect(view.type).toBe('home');
    expect(visible(call.args)).toContain('006-1137/2007');
    expect(visible(call.args)).toContain('Eurocities');
    expect(visible(call.args)).toContain('Så använder du Utblick i Slack');
  });

  it('refuses a workspace that is not allowed', async () => {
    const { res } = await command('/utblick', 'anything', { team_id: 'T9' });
    expect(res.status).toBe(200);
    expect(res.text).toContain('not available in this workspace');
    const refusals = h.logger.count('not allowed');
    await h.post(
      eventBody('T9', 'EvT9', {
        type: 'app_mention',
        user: 'U9',
        text: '<@UBOT> hi',
        ts: '9.1',
        channel: 'C9',
      }),
      'application/json',
    );
    await h.logger.waitFor('not allowed', refusals + 1);
    expect(h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C9')).toHaveLength(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlackHarness } from './slack-harness.js';
import { commandBody, eventBody, interactionBody } from './slack-requests.js';
import { StandInCore } from './stand-in-core.js';

const core = new StandInCore();
const h = new SlackHarness(core);

beforeAll(() => h.start());
afterAll(() => h.stop());

function command(name: string, text: string, extra: Record<string, string> = {}) {
  return h.post(
    commandBody({
      command: name,
      text,
      team_id: 'T1',
      user_id: 'U1',
      channel_id: 'C7',
      trigger_id: `trig-${name}`,
      response_url: h.slack.responseUrl(`${name.slice(1)}-${text.replace(/\W+/g, '_')}`),
      ...extra,
    }),
    'application/x-www-form-urlencoded',
  );
}

describe('Slack: slash commands', () => {
  it('runs /referral deadline through the command language with this channel as the conversation', async () => {
    const res = await command('/referral', 'deadline 006-1137/2007');
    expect(res.status).toBe(200);
    const call = await h.slack.waitFor('response_url:referral-deadline_006_1137_2007');
    expect(call.args.response_type).toBe('ephemeral');
    const text = JSON.stringify(call.args.blocks);
    expect(text).toContain('command: referral deadline 006-1137/2007');
    expect(text).toContain('slack:T1:C7');
  });

  it('passes the Swedish command word for /remiss and answers in the user locale', async () => {
    h.slack.setLocale('U2', 'en-US');
    await command('/remiss', 'lista', { user_id: 'U2' });
    await h.slack.waitFor('response_url:remiss-lista');
    const input = core.inputs.find((i) => i.text === 'remiss lista');
    expect(input?.locale).toBe('en');
    expect(input?.userId).toBe('slack:T1:U2');
  });

  it('opens the membership form at once for /membership add, shows errors inline, then confirms', async () => {
    await command('/membership', 'add');
    const open = await h.slack.waitFor('views.open');
    expect(open.args.trigger_id).toBe('trig-/membership');
    const view = open.args.view as {
      callback_id: string;
      private_metadata: string;
      blocks: { block_id: string; type: string }[];
    };
    expect(view.blocks.map((b) => b.block_id)).toEqual(['organisation', 'benefit', 'area', 'since']);

    const submit = (values: Record<string, Record<string, unknown>>) =>
      h.post(
        interactionBody({
          type: 'view_submission',
          team: { id: 'T1' },
          user: { id: 'U1', team_id: 'T1' },
          view: {
            ...view,
            id: 'V1',
            title: { type: 'plain_text', text: 'Add membership' },
            state: { values },
          },
        }),
        'application/x-www-form-urlencoded',
      );
    const invalid = await submit({
      organisation: { value: { type: 'plain_text_input', value: 'Eurocities' } },
    });
    expect(JSON.parse(invalid.text)).toEqual({
      response_action: 'errors',
      errors: { benefit: 'benefit is required' },
    });
    expect(core.saved).toHaveLength(0);

    const valid = await submit({
      organisation: { value: { type: 'plain_text_input', value: 'Eurocities' } },
      benefit: { value: { type: 'plain_text_input', value: 'Learning from peers' } },
      area: { value: { type: 'static_select', selected_option: { value: 'bevakning' } } },
      since: { value: { type: 'datepicker', selected_date: '2026-01-15' } },
    });
    const answer = JSON.parse(valid.text);
    expect(answer.response_action).toBe('update');
    expect(JSON.stringify(answer.view.blocks)).toContain('saved Eurocities');
    expect(core.saved).toEqual([
      { organisation: 'Eurocities', benefit: 'Learning from peers', area: 'bevakning', since: '2026-01-15' },
    ]);
  });

  it('publishes App Home from the core overview', async () => {
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
    expect((call.args.view as { type: string }).type).toBe('home');
    expect(JSON.stringify(call.args.view)).toContain('home');
  });

  it('refuses a workspace that is not allowed', async () => {
    const res = await command('/utblick', 'anything', { team_id: 'T9' });
    expect(res.status).toBe(200);
    expect(res.text).toContain('not available in this workspace');
    const before = core.inputs.length;
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
    expect(core.inputs.length).toBe(before);
    expect(h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C9')).toHaveLength(0);
  });
});

describe('Slack: buttons', () => {
  it('passes a feedback button to the core and answers privately', async () => {
    const res = await h.post(
      interactionBody({
        type: 'block_actions',
        team: { id: 'T1' },
        user: { id: 'U1', team_id: 'T1' },
        channel: { id: 'C1' },
        container: { type: 'message' },
        trigger_id: 'trig-fb',
        response_url: h.slack.responseUrl('fb'),
        actions: [
          { type: 'button', action_id: 'core:feedback_up:0', block_id: 'b3', value: 'q1', action_ts: '1' },
        ],
      }),
      'application/x-www-form-urlencoded',
    );
    expect(res.status).toBe(200);
    const call = await h.slack.waitFor('response_url:fb');
    expect(call.args.response_type).toBe('ephemeral');
    expect(JSON.stringify(call.args.blocks)).toContain('feedback_up q1');
    expect(core.actions.at(-1)).toMatchObject({
      id: 'feedback_up',
      value: 'q1',
      input: { userId: 'slack:T1:U1' },
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_TOKEN, SIGNING_SECRET, SlackHarness } from './slack-harness.js';
import { commandBody, eventBody, interactionBody } from './slack-requests.js';

const h = new SlackHarness();
const EU_QUOTE = 'bolagsstyrelser ansvarar för aktiv bevakning och påverkan';

beforeAll(() => h.start());
afterAll(() => h.stop());

type SlackBlock = { type: string; elements?: { action_id: string; value: string }[] };

function visible(args: Record<string, unknown>): string {
  return JSON.stringify(args.blocks ?? args.view ?? args);
}

function buttons(args: Record<string, unknown>) {
  return ((args.blocks ?? []) as SlackBlock[])
    .filter((block) => block.type === 'actions')
    .flatMap((block) => block.elements ?? []);
}

function mention(eventId: string, channel: string, text: string, ts: string) {
  return eventBody('T1', eventId, { type: 'app_mention', user: 'U1', text: `<@UBOT> ${text}`, ts, channel });
}

describe('Slack HTTP endpoint: signatures', () => {
  it('echoes url_verification challenges', async () => {
    const res = await h.post(
      JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 'x' }),
      'application/json',
    );
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ challenge: 'abc123' });
  });

  it('refuses a bad signature with 401', async () => {
    const res = await h.post(mention('EvBad', 'CBAD', 'forged question', '1.1'), 'application/json', {
      signature: 'v0=deadbeef',
    });
    expect(res.status).toBe(401);
  });

  it('refuses a stale timestamp (older than 5 minutes) with 401', async () => {
    const res = await h.post(mention('EvOld', 'COLD', 'old question', '1.2'), 'application/json', {
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    expect(res.status).toBe(401);
  });
});

describe('Slack: questions', () => {
  it('answers a mention in the thread, quoting the source sentence with its case number', async () => {
    const res = await h.post(
      mention('Ev1', 'C1', 'who is responsible for EU monitoring?', '1700000001.000100'),
      'application/json',
    );
    expect(res.status).toBe(200);
    const call = await h.slack.waitFor('chat.postMessage', (a) => a.channel === 'C1');
    expect(call.args.thread_ts).toBe('1700000001.000100');
    const text = visible(call.args);
    expect(text).toContain(EU_QUOTE);
    expect(text).toContain('006-1137/2007');
    // Nobody whose messages reached the logs: neither the bad-signature requests nor this one.
    expect(
      h.slack.callsTo('chat.postMessage').some((c) => c.args.channel === 'CBAD' || c.args.channel === 'COLD'),
    ).toBe(false);
  });

  it('does not answer a retried event twice', async () => {
    const body = mention('Ev2', 'C2', 'who is responsible for EU monitoring?', '1700000002.000100');
    await h.post(body, 'application/json');
    await h.slack.waitFor('chat.postMessage', (a) => a.channel === 'C2');
    const retry = await h.post(body, 'application/json', {
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect(retry.status).toBe(200);
    await h.logger.waitFor('retried event skipped');
    expect(h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C2')).toHaveLength(1);
  });

  it('answers a direct message in Swedish and ignores its own messages', async () => {
    await h.post(
      eventBody('T1', 'Ev3', {
        type: 'message',
        channel_type: 'im',
        user: 'UBOT',
        bot_id: 'BBOT',
        text: 'own',
        ts: '3.1',
        channel: 'D1',
      }),
      'application/json',
    );
    await h.post(
      eventBody('T1', 'Ev4', {
        type: 'message',
        channel_type: 'im',
        user: 'U1',
        text: 'När ska remissen besvaras?',
        ts: '3.2',
        channel: 'D1',
      }),
      'application/json',
    );
    const call = await h.slack.waitFor('chat.postMessage', (a) => a.channel === 'D1');
    expect(visible(call.args)).toContain('1 september 2008');
    expect(h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'D1')).toHaveLength(1);
  });

  it('answers /utblick privately and shares the answer in the channel on request', async () => {
    const res = await h.post(
      commandBody({
        command: '/utblick',
        text: 'När ska remissen besvaras?',
        team_id: 'T1',
        user_id: 'U1',
        channel_id: 'C5',
        trigger_id: 'trig',
        response_url: h.slack.responseUrl('cmd5'),
      }),
      'application/x-www-form-urlencoded',
    );
    expect(res.status).toBe(200);
    const priv = await h.slack.waitFor('response_url:cmd5');
    expect(priv.args.response_type).toBe('ephemeral');
    expect(visible(priv.args)).toContain('1 september 2008');
    const share = buttons(priv.args).find((e) => e.action_id === 'slack:share_question');
    expect(share).toBeDefined();

    const click = await h.post(
      interactionBody({
        type: 'block_actions',
        team: { id: 'T1' },
        user: { id: 'U1', team_id: 'T1' },
        channel: { id: 'C5' },
        container: { type: 'message', is_ephemeral: true },
        trigger_id: 'trig2',
        response_url: h.slack.responseUrl('act5'),
        actions: [
          {
            type: 'button',
            action_id: share!.action_id,
            block_id: 'b9',
            value: share!.value,
            action_ts: '1',
          },
        ],
      }),
      'application/x-www-form-urlencoded',
    );
    expect(click.status).toBe(200);
    const pub = await h.slack.waitFor('response_url:act5', (a) => a.response_type === 'in_channel');
    expect(visible(pub.args)).toContain('1 september 2008');
    expect(visible(pub.args)).toContain('Delat av <@U1>');
    expect(buttons(pub.args).some((e) => e.action_id === 'slack:share_question')).toBe(false);
    await h.slack.waitFor('response_url:act5', (a) => a.delete_original === true);
  });

  it('stores 👍 feedback with the question and shows the whole passage on request', async () => {
    const answer = await h.slack.waitFor('chat.postMessage', (a) => a.channel === 'C1');
    const press = (actionId: string, value: string, name: string) =>
      h.post(
        interactionBody({
          type: 'block_actions',
          team: { id: 'T1' },
          user: { id: 'U1', team_id: 'T1' },
          channel: { id: 'C1' },
          container: { type: 'message' },
          trigger_id: `trig-${name}`,
          response_url: h.slack.responseUrl(name),
          actions: [{ type: 'button', action_id: actionId, block_id: 'b3', value, action_ts: '1' }],
        }),
        'application/x-www-form-urlencoded',
      );
    const up = buttons(answer.args).find((e) => e.action_id.startsWith('core:feedback_up:'))!;
    await press(up.action_id, up.value, 'fb');
    const thanks = await h.slack.waitFor('response_url:fb');
    expect(thanks.args.response_type).toBe('ephemeral');
    const feedback = await h.runtime.store.listFeedback();
    expect(feedback).toEqual([
      expect.objectContaining({
        question: 'who is responsible for EU monitoring?',
        vote: 'up',
        userId: 'slack:T1:U1',
      }),
    ]);

    const show = buttons(answer.args).find((e) => e.action_id.startsWith('core:show_passage:'))!;
    await press(show.action_id, show.value, 'passage');
    const passage = await h.slack.waitFor('response_url:passage');
    expect(passage.args.response_type).toBe('ephemeral');
    expect(visible(passage.args)).toContain(EU_QUOTE);
  });
});

describe('Slack: logs', () => {
  it('never logs the token, the signing secret or message text', () => {
    const logged = JSON.stringify(h.logger.lines);
    // Bolt's own warnings do reach the log (so the checks below are about real log lines).
    expect(logged).toContain('Request verification failed');
    expect(logged).not.toContain(BOT_TOKEN);
    expect(logged).not.toContain(SIGNING_SECRET);
    expect(logged).not.toContain('forged question');
    expect(logged).not.toContain('EU monitoring');
    expect(logged).not.toContain('besvaras');
  });
});

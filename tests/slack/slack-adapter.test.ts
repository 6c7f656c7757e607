import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_TOKEN, SIGNING_SECRET, SlackHarness } from './slack-harness.js';
import { commandBody, eventBody, interactionBody } from './slack-requests.js';
import { StandInCore } from './stand-in-core.js';

const core = new StandInCore();
const h = new SlackHarness(core);

beforeAll(() => h.start());
afterAll(() => h.stop());

function blocksText(args: Record<string, unknown>): string {
  return JSON.stringify(args.blocks ?? args.view ?? args);
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

  it('refuses a bad signature with 401 and does not answer', async () => {
    const body = eventBody('T1', 'EvBad', {
      type: 'app_mention',
      user: 'U1',
      text: '<@UBOT> forged',
      ts: '1.1',
      channel: 'CBAD',
    });
    const res = await h.post(body, 'application/json', { signature: 'v0=deadbeef' });
    expect(res.status).toBe(401);
  });

  it('refuses a stale timestamp with 401', async () => {
    const body = eventBody('T1', 'EvOld', {
      type: 'app_mention',
      user: 'U1',
      text: '<@UBOT> old',
      ts: '1.2',
      channel: 'COLD',
    });
    const res = await h.post(body, 'application/json', { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(res.status).toBe(401);
  });
});

describe('Slack: questions', () => {
  it('answers a mention in the thread of the question', async () => {
    const body = eventBody('T1', 'Ev1', {
      type: 'app_mention',
      user: 'U1',
      text: '<@UBOT> who is responsible?',
      ts: '1700000001.000100',
      channel: 'C1',
    });
    const res = await h.post(body, 'application/json');
    expect(res.status).toBe(200);
    const call = await h.slack.waitFor('chat.postMessage', (a) => a.channel === 'C1');
    expect(call.args.thread_ts).toBe('1700000001.000100');
    expect(blocksText(call.args)).toContain('answer to who is responsible?');
  });

  it('does not answer a retried event twice', async () => {
    const event = {
      type: 'app_mention',
      user: 'U1',
      text: '<@UBOT> retry me',
      ts: '1700000002.000100',
      channel: 'C2',
    };
    await h.post(eventBody('T1', 'Ev2', event), 'application/json');
    await h.slack.waitFor('chat.postMessage', (a) => a.channel === 'C2');
    const retry = await h.post(eventBody('T1', 'Ev2', event), 'application/json', {
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect(retry.status).toBe(200);
    await h.logger.waitFor('retried event skipped');
    expect(h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C2')).toHaveLength(1);
  });

  it('answers a direct message and ignores its own messages', async () => {
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
        text: 'hello there',
        ts: '3.2',
        channel: 'D1',
      }),
      'application/json',
    );
    const call = await h.slack.waitFor('chat.postMessage', (a) => a.channel === 'D1');
    expect(blocksText(call.args)).toContain('answer to hello there');
    expect(h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'D1')).toHaveLength(1);
  });

  it('escapes <!channel> from user text in what it posts', async () => {
    // Slack sends what the person typed with <, > and & encoded; the core echoes it back in its answer.
    await h.post(
      eventBody('T1', 'Ev6', {
        type: 'message',
        channel_type: 'im',
        user: 'U1',
        text: 'tell &lt;!channel&gt; about <https://evil.example|this>',
        ts: '6.1',
        channel: 'D6',
      }),
      'application/json',
    );
    const call = await h.slack.waitFor('chat.postMessage', (a) => a.channel === 'D6');
    const posted = JSON.stringify(call.args);
    expect(posted).toContain('tell &lt;!channel&gt; about this');
    expect(posted).not.toContain('<!channel>');
  });

  it('answers /utblick privately and shares the answer in the channel on request', async () => {
    const res = await h.post(
      commandBody({
        command: '/utblick',
        text: 'what is the strategy?',
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
    const share = (priv.args.blocks as { type: string; elements?: { action_id: string; value: string }[] }[])
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === 'slack:share_question');
    expect(share?.value).toBe('what is the strategy?');

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
    expect(blocksText(pub.args)).toContain('answer to what is the strategy?');
    expect(blocksText(pub.args)).toContain('<@U1>');
    expect(blocksText(pub.args)).not.toContain('slack:share_question');
    await h.slack.waitFor('response_url:act5', (a) => a.delete_original === true);
  });
});

describe('Slack: logs', () => {
  it('never logs the token, the signing secret or message text', () => {
    const logged = JSON.stringify(h.logger.lines);
    // Bolt's own warnings do reach the log (so the checks below are about real log lines).
    expect(logged).toContain('Request verification failed');
    expect(logged).not.toContain(BOT_TOKEN);
    expect(logged).not.toContain(SIGNING_SECRET);
    expect(logged).not.toContain('forged');
    expect(logged).not.toContain('who is responsible');
    expect(logged).not.toContain('strategy?');
  });
});

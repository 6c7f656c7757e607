import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackDelivery, slackConversationReference } from '../../adapters/slack/index.js';
import { loadConfig } from '../../src/config/config.js';
import type { Reply } from '../../src/core/reply.js';
import { FakeSlackApi } from './fake-slack-api.js';
import { RecordingLogger } from './slack-harness.js';

const slack = new FakeSlackApi();
const logger = new RecordingLogger();
const reminder: Reply = {
  lang: 'sv',
  kind: 'notification',
  summary: 'Påminnelse: remiss 006-1137/2007 ska besvaras om 7 arbetsdagar',
  blocks: [
    { type: 'heading', text: 'Påminnelse' },
    { type: 'fields', fields: [{ label: 'Dnr', value: '006-1137/2007' }] },
    {
      type: 'actions',
      actions: [{ id: 'referral_done', label: 'Markera som besvarad', value: '006-1137/2007' }],
    },
  ],
};

function delivery(env: Record<string, string> = {}) {
  const config = loadConfig({
    SLACK_SIGNING_SECRET: 's',
    SLACK_BOT_TOKEN: 'xoxb-delivery',
    SLACK_API_URL: slack.apiUrl,
    ...env,
  });
  return createSlackDelivery(config, logger);
}

beforeAll(() => slack.start());
afterAll(() => slack.stop());

describe('Slack delivery to a stored reference', () => {
  it('writes and recognises its own references only', () => {
    const d = delivery();
    const ref = slackConversationReference('T1', 'C123');
    expect(ref).toBe('slack:T1:C123');
    expect(d.owns(ref)).toBe(true);
    expect(d.owns('teams:{"conversation":{}}')).toBe(false);
  });

  it('posts the reply as Block Kit to the channel and returns the message id', async () => {
    const result = await delivery().send(slackConversationReference('T1', 'COK'), reminder);
    const call = await slack.waitFor('chat.postMessage', (a) => a.channel === 'COK');
    expect(result).toEqual({ ok: true, messageId: expect.stringMatching(/^\d+\.\d+$/) });
    expect(call.args.text).toBe(reminder.summary);
    expect(JSON.stringify(call.args.blocks)).toContain('Markera som besvarad');
  });

  it.each([
    ['channel_not_found', true],
    ['is_archived', true],
    ['not_in_channel', true],
    ['account_inactive', true],
    ['invalid_auth', true],
    ['internal_error', false],
  ])('classifies the platform error %s (permanent: %s)', async (error, permanent) => {
    const channel = `C${error.toUpperCase().replace(/_/g, '')}`;
    slack.on('chat.postMessage', (args) =>
      args.channel === channel ? { body: { ok: false, error } } : { body: { ok: true, ts: '1.1' } },
    );
    const result = await delivery().send(slackConversationReference('T1', channel), reminder);
    expect(result).toEqual({ ok: false, permanent, reason: error });
  });

  it('treats rate limits, server errors and network failures as temporary', async () => {
    slack.on('chat.postMessage', (args) =>
      args.channel === 'CRATE'
        ? { status: 429, headers: { 'retry-after': '30' }, body: { ok: false, error: 'ratelimited' } }
        : { status: 503, body: 'unavailable' },
    );
    const limited = await delivery().send('slack:T1:CRATE', reminder);
    expect(limited).toMatchObject({ ok: false, permanent: false });
    const down = await delivery().send('slack:T1:CDOWN', reminder);
    expect(down).toEqual({ ok: false, permanent: false, reason: 'http_503' });
    const offline = await delivery({ SLACK_API_URL: 'http://127.0.0.1:9/api/' }).send(
      'slack:T1:COFF',
      reminder,
    );
    expect(offline).toEqual({ ok: false, permanent: false, reason: 'network_error' });
  });

  it('refuses references it cannot use', async () => {
    expect(await delivery().send('teams:x', reminder)).toMatchObject({ ok: false, permanent: true });
    const fenced = delivery({ SLACK_ALLOWED_TEAMS: 'T1' });
    expect(await fenced.send('slack:T2:C1', reminder)).toEqual({
      ok: false,
      permanent: true,
      reason: 'team_not_allowed',
    });
  });
});

import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knowledgeWithSecrets, MEMO_QUESTION, SECRET_WORDS } from '../support/confidential-corpus.js';
import { SlackHarness } from './slack-harness.js';
import { commandBody, eventBody, interactionBody } from './slack-requests.js';

const h = new SlackHarness();
const knowledge = knowledgeWithSecrets();

beforeAll(() => h.start({ UTBLICK_KNOWLEDGE_DIR: knowledge, UTBLICK_INDEX_CONFIDENTIAL: 'true' }));
afterAll(async () => {
  await h.stop();
  rmSync(knowledge, { recursive: true, force: true });
});

type SlackBlock = { type: string; elements?: { action_id: string; value: string }[] };

const visible = (args: Record<string, unknown>) => JSON.stringify([args.text, args.blocks ?? []]);
const buttons = (args: Record<string, unknown>) =>
  ((args.blocks ?? []) as SlackBlock[])
    .filter((block) => block.type === 'actions')
    .flatMap((block) => block.elements ?? []);

function shareClick(responseUrl: string, question: string): string {
  return interactionBody({
    type: 'block_actions',
    team: { id: 'T1' },
    user: { id: 'U1', team_id: 'T1' },
    channel: { id: 'C7' },
    container: { type: 'message', is_ephemeral: true },
    trigger_id: 'trig7',
    response_url: responseUrl,
    actions: [
      { type: 'button', action_id: 'slack:share_question', block_id: 'b7', value: question, action_ts: '1' },
    ],
  });
}

describe('Slack: answers from a confidential document', () => {
  it('offers no "share in channel" button on the private answer', async () => {
    const res = await h.post(
      commandBody({
        command: '/utblick',
        text: MEMO_QUESTION,
        team_id: 'T1',
        user_id: 'U1',
        channel_id: 'C7',
        trigger_id: 'trig',
        response_url: h.slack.responseUrl('cmd7'),
      }),
      'application/x-www-form-urlencoded',
    );
    expect(res.status).toBe(200);
    const reply = await h.slack.waitFor('response_url:cmd7');
    expect(reply.args.response_type).toBe('ephemeral');
    expect(visible(reply.args)).toMatch(/[Ss]ekretess/);
    expect(buttons(reply.args).some((b) => b.action_id === 'slack:share_question')).toBe(false);
  });

  it('refuses to share it in the channel, politely and privately, and keeps the private copy', async () => {
    const res = await h.post(
      shareClick(h.slack.responseUrl('act7'), MEMO_QUESTION),
      'application/x-www-form-urlencoded',
    );
    expect(res.status).toBe(200);
    const refusal = await h.slack.waitFor('response_url:act7');
    expect(refusal.args.response_type).toBe('ephemeral');
    expect(String(refusal.args.text)).toContain('kan inte delas i kanalen');
    const calls = h.slack.callsTo('response_url:act7');
    expect(calls.some((c) => c.args.response_type === 'in_channel')).toBe(false);
    expect(calls.some((c) => c.args.delete_original === true)).toBe(false);
    for (const call of calls) for (const word of SECRET_WORDS) expect(visible(call.args)).not.toContain(word);
  });

  it('answers a mention in a channel with the notice, not the answer', async () => {
    const res = await h.post(
      eventBody('T1', 'EvC7', {
        type: 'app_mention',
        user: 'U1',
        text: `<@UBOT> ${MEMO_QUESTION}`,
        ts: '1700000007.000100',
        channel: 'C7',
      }),
      'application/json',
    );
    expect(res.status).toBe(200);
    const posted = await h.slack.waitFor('chat.postMessage', (a) => a.channel === 'C7');
    expect(visible(posted.args)).toContain('sekretessmarkerad handling');
    for (const word of SECRET_WORDS) expect(visible(posted.args)).not.toContain(word);
  });

  it('still shares an answer from a public document', async () => {
    const res = await h.post(
      shareClick(h.slack.responseUrl('act8'), 'När ska remissen besvaras?'),
      'application/x-www-form-urlencoded',
    );
    expect(res.status).toBe(200);
    const shared = await h.slack.waitFor('response_url:act8', (a) => a.response_type === 'in_channel');
    expect(visible(shared.args)).toContain('1 september 2008');
  });
});

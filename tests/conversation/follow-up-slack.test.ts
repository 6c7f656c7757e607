import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../../src/core/clock.js';
import { SlackHarness } from '../slack/slack-harness.js';
import { eventBody } from '../slack/slack-requests.js';
import { CYCLE_CASE, CYCLE_LABEL, honoursCaseIds, SEED_CASE, twoReferralsKnowledge } from './support.js';

let now = new Date('2026-02-02T09:00:00+01:00');
const clock: Clock = { now: () => new Date(now.getTime()) };
const h = new SlackHarness(clock);
let honoured = false;
let events = 0;

beforeAll(async () => {
  await h.start({
    UTBLICK_KNOWLEDGE_DIR: twoReferralsKnowledge(),
    UTBLICK_RATE_LIMIT_USER: 'off',
    UTBLICK_RATE_LIMIT_CONVERSATION: 'off',
  });
  honoured = honoursCaseIds(h.runtime.knowledge.snapshot.engine);
});
afterAll(() => h.stop());

/** Sends a mention (in a thread when `threadTs` is given) and returns the text of the bot's answer. */
async function mention(channel: string, text: string, ts: string, threadTs?: string): Promise<string> {
  const before = h.slack.callsTo('chat.postMessage').length;
  const event = {
    type: 'app_mention',
    user: 'U1',
    text: `<@UBOT> ${text}`,
    ts,
    channel,
    ...(threadTs ? { thread_ts: threadTs } : {}),
  };
  await h.post(eventBody('T1', `Ev${++events}`, event), 'application/json');
  const call = await h.slack.waitFor(
    'chat.postMessage',
    (a) => a.channel === channel && h.slack.callsTo('chat.postMessage').indexOf(callOf(a)) >= before,
  );
  expect(call.args.thread_ts).toBe(threadTs ?? ts);
  return JSON.stringify(call.args.blocks);
}

async function direct(text: string): Promise<string> {
  const before = h.slack.callsTo('chat.postMessage').length;
  const event = {
    type: 'message',
    channel_type: 'im',
    user: 'U1',
    text,
    ts: `17000${++events}.0001`,
    channel: 'D1',
  };
  await h.post(eventBody('T1', `Ev${events}`, event), 'application/json');
  const call = await h.slack.waitFor(
    'chat.postMessage',
    (a) => a.channel === 'D1' && h.slack.callsTo('chat.postMessage').indexOf(callOf(a)) >= before,
  );
  return JSON.stringify(call.args.blocks);
}

function callOf(args: Record<string, unknown>) {
  return h.slack.callsTo('chat.postMessage').find((c) => c.args === args)!;
}

describe('Slack: follow-up questions in a thread', () => {
  it('answers "who is the case officer?" from the case of the thread’s first answer, and says so', async () => {
    const first = await mention('C1', 'vem ansvarar för att bygga ut cykelstråket?', '1700000001.0001');
    expect(first).toContain('Trafikkontoret');
    const second = await mention('C1', 'vem är handläggare?', '1700000001.0002', '1700000001.0001');
    expect(second).toContain('Maja Exempelsson');
    expect(second).toContain(`Om ärendet ${CYCLE_LABEL} (från förra svaret)`);
    // What the store keeps of the thread: the case, never the words.
    const kept = await h.runtime.store.getConversationContext(
      'slack:T1:C1:1700000001.0001',
      now.toISOString(),
    );
    expect(kept).toMatchObject({ cases: [CYCLE_CASE], choices: [] });
    expect(JSON.stringify(kept)).not.toMatch(/handläggare|cykelstråket/);
  });

  it('follows up on a case another question would not land on', async (context) => {
    if (!honoured) context.skip();
    const first = await mention('C2', 'who is responsible for EU monitoring?', '1700000002.0001');
    expect(first).toContain('006-1137/2007');
    const second = await mention('C2', 'vem är handläggare?', '1700000002.0002', '1700000002.0001');
    expect(second).toContain('Christina Hermansson');
    expect(second).not.toContain('Maja Exempelsson');
    expect(
      await h.runtime.store.getConversationContext('slack:T1:C2:1700000002.0001', now.toISOString()),
    ).toMatchObject({ cases: [SEED_CASE] });
  });

  it('moves on to the case a question names, and a new thread starts from nothing', async () => {
    await mention('C3', 'who is responsible for EU monitoring?', '1700000003.0001');
    const named = await mention(
      'C3',
      'vem är handläggare för cykelplanen?',
      '1700000003.0002',
      '1700000003.0001',
    );
    expect(named).toContain('Maja Exempelsson');
    expect(named).not.toContain('från förra svaret');
    const fresh = await mention('C3', 'vem är handläggare?', '1700000003.0003');
    expect(fresh).not.toContain('från förra svaret');
  });
});

describe('Slack: follow-up questions in a direct message', () => {
  it('uses the previous answer’s case for 15 minutes, then starts afresh', async () => {
    const first = await direct('vem ansvarar för att bygga ut cykelstråket?');
    expect(first).toContain('Trafikkontoret');
    now = new Date(now.getTime() + 5 * 60_000);
    const second = await direct('who is the case officer?');
    expect(second).toContain('Maja Exempelsson');
    expect(second).toContain(
      `About the case ${CYCLE_LABEL.replace('dnr', 'case number')} (from the previous answer)`,
    );
    now = new Date(now.getTime() + 16 * 60_000);
    const later = await direct('who is the case officer?');
    expect(later).not.toContain('previous answer');
  });
});

describe('Slack: picking from the last list of choices', () => {
  it('"den andra" picks the second case of the list the thread was offered, and the thread goes on about it', async () => {
    // The list a clarify answer left in the thread (what the store keeps of it: case ids only).
    await h.runtime.store.saveConversationContext(
      {
        conversation: 'slack:T1:C4:1700000004.0001',
        cases: [],
        choices: [SEED_CASE, CYCLE_CASE],
        expiresAt: new Date(now.getTime() + 60 * 60_000).toISOString(),
      },
      now.toISOString(),
    );
    const picked = await mention('C4', 'den andra', '1700000004.0002', '1700000004.0001');
    expect(picked).toContain(`Du valde ${CYCLE_LABEL}. Vad vill du veta om ärendet?`);
    const next = await mention('C4', 'när går remisstiden ut?', '1700000004.0003', '1700000004.0001');
    expect(next).toContain('15 mars 2026');
    expect(next).toContain('från förra svaret');
    const withQuestion = await mention(
      'C4',
      'the first one: who is the case officer?',
      '1700000004.0004',
      '1700000004.0001',
    );
    // About the first case, never an answer from the second.
    expect(withQuestion).toContain('Övergripande mål och riktlinjer för det internationella arbetet');
    expect(withQuestion).not.toContain('Maja Exempelsson');
  });
});

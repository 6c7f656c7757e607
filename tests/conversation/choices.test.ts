import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../adapters/cli/io.js';
import { main } from '../../adapters/cli/main.js';
import { renderText } from '../../adapters/cli/render-text.js';
import { renderReply as slackBlocks } from '../../adapters/slack/render-blocks.js';
import { replyCard } from '../../adapters/teams/cards/reply-card.js';
import { actionData } from '../../adapters/teams/cards/submit-data.js';
import { renderReply as webReply } from '../../adapters/web/render-reply.js';
import { answerReply, chooseValue } from '../../src/answer/reply.js';
import type { AnswerResult } from '../../src/answer/types.js';
import { SlackHarness } from '../slack/slack-harness.js';
import { eventBody, interactionBody } from '../slack/slack-requests.js';
import { cardProblems, cardsOf, submitActions, visibleText } from '../teams/card-check.js';
import { messageActivity, startTeamsServer, type TeamsServer } from '../teams/harness.js';
import { startWeb } from '../web/harness.js';
import { Client } from '../web/http-client.js';
import { CYCLE_CASE, SEED_CASE, twoReferralsKnowledge } from './support.js';

const QUESTION = 'vem är handläggare?';

/** What an engine that asks back returns: the two referrals as choices. */
const askingBack: AnswerResult = {
  question: QUESTION,
  lang: 'sv',
  intent: 'case_officer',
  abstained: false,
  confidential: false,
  answer:
    'Frågan passar flera ärenden. Vilket menar du? 1. Övergripande mål och riktlinjer för det internationella arbetet (006-1137/2007), 2. Remiss av Cykelplan för Exempelstaden 2030 (KS 2025/0417)',
  citations: [],
  clarify: [
    {
      doc: '000_0e4e3719d66b1344.txt',
      case: SEED_CASE,
      title: 'Övergripande mål och riktlinjer för det internationella arbetet',
      dnr: '006-1137/2007',
      date: '2008-09-01',
    },
    {
      doc: 'fiktiv-remiss-cykelplan.md',
      case: CYCLE_CASE,
      title: 'Remiss av Cykelplan för Exempelstaden 2030',
      dnr: 'KS 2025/0417',
      date: '2025-11-03',
    },
  ],
  cases: [],
};

describe('how a list of choices looks on each platform', () => {
  const reply = answerReply(askingBack);

  it('Slack: one button per case, each answering the question about it', () => {
    const message = slackBlocks(reply);
    const buttons = (message.blocks as { type: string; elements?: { action_id: string; value: string }[] }[])
      .filter((b) => b.type === 'actions')
      .flatMap((b) => b.elements ?? []);
    expect(buttons.map((b) => b.action_id)).toEqual(['core:choose:0', 'core:choose:1']);
    expect(JSON.parse(buttons[1]!.value)).toEqual({ q: QUESTION, c: CYCLE_CASE });
  });

  it('Teams: Action.Submit per case on a valid card', () => {
    const card = replyCard(reply);
    expect(cardProblems(card)).toEqual([]);
    expect(submitActions(card).map((a) => [a.title, a.data.id])).toEqual([
      ['006-1137/2007: Övergripande mål och riktlinjer för det internationella…', 'choose'],
      ['KS 2025/0417: Remiss av Cykelplan för Exempelstaden 2030', 'choose'],
    ]);
  });

  it('web: a button per case posting the choice', () => {
    const page = webReply(reply, { csrf: 'token', headingLevel: 3 }).value;
    expect(page.match(/name="id" value="choose"/g)).toHaveLength(2);
    expect(page).toContain('KS 2025/0417: Remiss av Cykelplan för Exempelstaden 2030');
  });

  it('CLI: a numbered list to type a number from', () => {
    expect(renderText(reply)).toContain(
      '  1. 006-1137/2007: Övergripande mål och riktlinjer för det internationella…\n  2. KS 2025/0417: Remiss av Cykelplan för Exempelstaden 2030',
    );
  });
});

describe('Slack: a choice answers in place', () => {
  const h = new SlackHarness();
  beforeAll(() => h.start({ UTBLICK_KNOWLEDGE_DIR: twoReferralsKnowledge() }));
  afterAll(() => h.stop());

  it('replaces the list with the answer about the chosen case, and the thread follows up on it', async () => {
    const click = await h.post(
      interactionBody({
        type: 'block_actions',
        team: { id: 'T1' },
        user: { id: 'U1', team_id: 'T1' },
        channel: { id: 'C7' },
        container: { type: 'message' },
        message: { ts: '1700000007.0002', thread_ts: '1700000007.0001' },
        trigger_id: 'trig-choose',
        response_url: h.slack.responseUrl('choose'),
        actions: [
          {
            type: 'button',
            action_id: 'core:choose:1',
            block_id: 'b1',
            value: chooseValue(QUESTION, CYCLE_CASE),
            action_ts: '1',
          },
        ],
      }),
      'application/x-www-form-urlencoded',
    );
    expect(click.status).toBe(200);
    const answer = await h.slack.waitFor('response_url:choose');
    expect(answer.args.replace_original).toBe(true);
    expect(JSON.stringify(answer.args.blocks)).toContain('Maja Exempelsson');
    const event = {
      type: 'app_mention',
      user: 'U1',
      text: '<@UBOT> när går remisstiden ut?',
      ts: '1700000007.0003',
      thread_ts: '1700000007.0001',
      channel: 'C7',
    };
    await h.post(eventBody('T1', 'EvChoose', event), 'application/json');
    const next = await h.slack.waitFor('chat.postMessage', (a) => a.channel === 'C7');
    expect(JSON.stringify(next.args.blocks)).toContain('15 mars 2026');
    expect(JSON.stringify(next.args.blocks)).toContain('från förra svaret');
  });
});

describe('Teams: a choice updates the card', () => {
  let server: TeamsServer;
  beforeAll(async () => {
    server = await startTeamsServer({ env: { UTBLICK_KNOWLEDGE_DIR: twoReferralsKnowledge() } });
  });
  afterAll(() => server.stop());

  it('replaces the card of choices with the answer (PUT to the activity)', async () => {
    const activity = messageActivity(server.connector.serviceUrl, '', {
      value: actionData('choose', chooseValue(QUESTION, CYCLE_CASE)),
      replyToId: 'card-of-choices',
    });
    expect((await server.post(activity)).status).toBe(200);
    const [call] = server.connector.calls;
    expect(call?.method).toBe('PUT');
    expect(call?.activityId).toBe('card-of-choices');
    const text = cardsOf(call?.activity).map(visibleText).join('\n');
    expect(text).toContain('Maja Exempelsson');
  });
});

describe('web: a choice replaces the list in the conversation', () => {
  it('answers a choice about its case (a new turn when the list is not on the page)', async () => {
    const web = await startWeb({ UTBLICK_KNOWLEDGE_DIR: twoReferralsKnowledge() });
    try {
      const client = new Client(web.url);
      const csrf = Client.csrfOf(await (await client.get('/')).text());
      await client.post('/ask', { _csrf: csrf, text: 'vem ansvarar för att bygga ut cykelstråket?' });
      const res = await client.post(
        '/action',
        { _csrf: csrf, id: 'choose', value: chooseValue(QUESTION, CYCLE_CASE) },
        { 'X-Utblick-Fragment': '1' },
      );
      expect(res.status).toBe(200);
      // The button was not on the page (no engine asks back yet here), so the answer is a new turn.
      expect(res.headers.get('X-Utblick-Replaces')).toBeNull();
      expect(await res.text()).toContain('Maja Exempelsson');
    } finally {
      await web.close();
    }
  });
});

describe('CLI chat', () => {
  it('follows up in a terminal conversation', async () => {
    const out: string[] = [];
    const io: CliIo = {
      stdout: (t) => out.push(t),
      stderr: () => undefined,
      stdin: async function* () {
        yield* ['vem ansvarar för att bygga ut cykelstråket?', 'vem är handläggare?'];
      },
      env: {
        UTBLICK_KNOWLEDGE_DIR: twoReferralsKnowledge(),
        UTBLICK_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'utblick-chat-')),
      },
      cwd: process.cwd(),
    };
    expect(await main(['chat', '--now', '2026-02-02T09:00:00+01:00'], io)).toBe(0);
    const [first, second] = out;
    expect(first).toContain('Trafikkontoret');
    expect(second).toContain('Maja Exempelsson');
    expect(second).toContain('Om ärendet Remiss av Cykelplan');
  });
});

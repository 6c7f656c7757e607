import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackMount } from '../../adapters/slack/index.js';
import { FakeSlackApi } from '../slack/fake-slack-api.js';
import { commandBody, eventBody, postToSlackEndpoint } from '../slack/slack-requests.js';
import {
  type FuzzServer,
  runFuzz,
  type Sent,
  startFuzzServer,
  strings,
  summary,
  waitUntil,
} from './fuzz-server.js';
import { FUZZ_RUNS, FUZZ_SEED, hostileInputs, MENTIONS, rawInjections } from './hostile.js';

const SECRET = 'fuzz-signing-secret';
const COMMANDS = ['/utblick', '/membership', '/referral', '/remiss', '/medlemskap'];
/** Slack would parse these in mrkdwn text: a mention that pings people, or a link with a misleading label. */
const FORBIDDEN = [...MENTIONS, '<https://evil.example/fuzz|'];

/** The strings Slack parses as mrkdwn in a Web API call: `text` fallbacks and mrkdwn text objects. */
function parsedTexts(args: unknown): string[] {
  return strings(args)
    .filter(({ path, node }) => {
      const key = path.at(-1);
      if (key !== 'text') return false;
      const type = (node as { type?: unknown } | null)?.type;
      return type === undefined || type === 'mrkdwn';
    })
    .map((s) => s.text);
}

describe('fuzz: hostile input through the Slack endpoint (Bolt receiver, signed requests)', () => {
  const slack = new FakeSlackApi();
  let server: FuzzServer;

  beforeAll(async () => {
    await slack.start();
    server = await startFuzzServer(() => createSlackMount({ webApiRetries: 0 }), {
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: 'xoxb-fuzz',
      SLACK_API_URL: slack.apiUrl,
      SLACK_ALLOWED_TEAMS: 'T1',
    });
  });
  afterAll(async () => {
    await server?.stop();
    await slack.stop();
  });

  async function send(index: number, text: string): Promise<Sent> {
    const url = `${server.base}/slack/events`;
    const from = slack.calls.length;
    const user = `U${index % 7}`;
    let status: number;
    let answered: () => boolean;
    if (index % 2 === 0) {
      const name = `f${index}`;
      const body = commandBody({
        command: COMMANDS[index % COMMANDS.length]!,
        text,
        team_id: 'T1',
        user_id: user,
        channel_id: 'C1',
        trigger_id: `trig-${name}`,
        response_url: slack.responseUrl(name),
      });
      status = (await postToSlackEndpoint(url, body, 'application/x-www-form-urlencoded', { secret: SECRET }))
        .status;
      answered = () =>
        slack.calls
          .slice(from)
          .some(
            (c) =>
              c.method === `response_url:${name}` ||
              (c.method === 'views.open' && c.args.trigger_id === `trig-${name}`),
          );
    } else {
      const channel = `DFUZZ${index}`;
      const event = { type: 'message', channel_type: 'im', user, text, ts: `1700000000.${index}`, channel };
      status = (
        await postToSlackEndpoint(url, eventBody('T1', `EvF${index}`, event), 'application/json', {
          secret: SECRET,
        })
      ).status;
      answered = () =>
        slack.calls.slice(from).some((c) => c.method === 'chat.postMessage' && c.args.channel === channel);
    }
    const problems: string[] = [];
    if (status !== 200) problems.push(`HTTP ${status}`);
    else if (!(await waitUntil(() => (answered() ? true : undefined))))
      problems.push('no answer reached Slack');
    for (const call of slack.calls.slice(from)) {
      for (const raw of parsedTexts(call.args).flatMap((t) => rawInjections(t, FORBIDDEN)))
        problems.push(`${call.method} carried ${raw} unescaped`);
    }
    return { status, problems };
  }

  it(`answers ${FUZZ_RUNS} hostile messages and slash commands, escaped, writing only on success`, async () => {
    const report = await runFuzz('slack', server, hostileInputs(FUZZ_RUNS, FUZZ_SEED), FUZZ_SEED, send);
    console.info(`fuzz ${summary(report)} (seed ${FUZZ_SEED})`);
    expect(report.strays, `seed ${FUZZ_SEED}`).toEqual([]);
    expect(report.failures.slice(0, 10), `seed ${FUZZ_SEED}`).toEqual([]);
    // The server still answers.
    expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
  }, 600_000);
});

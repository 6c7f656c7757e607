import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mountTeams } from '../../adapters/teams/index.js';
import { ACTION_IDS } from '../../src/core/reply.js';
import { FakeConnector } from '../teams/fake-connector.js';
import { messageActivity, type Scope } from '../teams/harness.js';
import {
  type FuzzServer,
  runFuzz,
  type Sent,
  startFuzzServer,
  strings,
  summary,
  waitUntil,
} from './fuzz-server.js';
import { FUZZ_RUNS, FUZZ_SEED, HTML, hostileInputs, rawInjections } from './hostile.js';

/** What Teams would render as markup in card text: mentions, links, images, templates, HTML. */
const FORBIDDEN = ['<at>FUZZ</at>', '[FUZZ](javascript:', '![FUZZ](', '{{FUZZ}}', ...HTML];
const SCOPES: Scope[] = ['personal', 'groupChat', 'channel'];
const ACTIONS = [...ACTION_IDS, 'nope'];

/** Card text Teams parses as Markdown: TextBlock text and fact titles and values. */
function markdownTexts(activity: unknown): string[] {
  return strings(activity)
    .filter(({ path, node }) => {
      const key = path.at(-1);
      const type = (node as { type?: unknown } | null)?.type;
      if (type === 'TextBlock' && key === 'text') return true;
      return path.includes('facts') && (key === 'title' || key === 'value');
    })
    .map((s) => s.text);
}

describe('fuzz: hostile input through the Teams endpoint (CloudAdapter, local mode)', () => {
  const connector = new FakeConnector();
  let server: FuzzServer;

  beforeAll(async () => {
    await connector.start();
    server = await startFuzzServer(() => mountTeams);
  });
  afterAll(async () => {
    await server?.stop();
    await connector.stop();
  });

  /** A message, a form submitted from a card, or a button press, each with hostile content. */
  function activityFor(index: number, text: string) {
    const scope = SCOPES[index % SCOPES.length]!;
    const locale = index % 4 === 0 ? 'en-US' : 'sv-SE';
    const kind = index % 10;
    if (kind === 7)
      return messageActivity(connector.serviceUrl, '', {
        scope,
        locale,
        replyToId: `card-${index}`,
        value: {
          utblick: 'form',
          form: 'membership_add',
          field_organisation: text,
          field_benefit: text.slice(0, 50),
          field_since: text.slice(-12),
        },
      });
    if (kind === 8)
      return messageActivity(connector.serviceUrl, '', {
        scope,
        locale,
        value: { utblick: 'action', id: ACTIONS[index % ACTIONS.length], value: text },
      });
    return messageActivity(connector.serviceUrl, text, { scope, locale });
  }

  async function send(index: number, text: string): Promise<Sent> {
    const from = connector.calls.length;
    const response = await fetch(`${server.base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activityFor(index, text)),
    });
    await response.text();
    const problems: string[] = [];
    if (response.status >= 300) problems.push(`HTTP ${response.status}`);
    else if (!(await waitUntil(() => (connector.calls.length > from ? true : undefined))))
      problems.push('no reply reached the connector');
    for (const call of connector.calls.slice(from)) {
      for (const raw of markdownTexts(call.activity).flatMap((t) => rawInjections(t, FORBIDDEN)))
        problems.push(`a ${call.method} activity carried ${raw} unescaped`);
    }
    return { status: response.status, problems };
  }

  it(`answers ${FUZZ_RUNS} hostile messages, forms and button presses, escaped, writing only on success`, async () => {
    const report = await runFuzz(
      'teams',
      server,
      hostileInputs(FUZZ_RUNS, FUZZ_SEED + 1),
      FUZZ_SEED + 1,
      send,
    );
    console.info(`fuzz ${summary(report)} (seed ${FUZZ_SEED + 1})`);
    expect(report.strays, `seed ${FUZZ_SEED + 1}`).toEqual([]);
    expect(report.failures.slice(0, 10), `seed ${FUZZ_SEED + 1}`).toEqual([]);
    expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
  }, 600_000);
});

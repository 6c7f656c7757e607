import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebMount, storeRegisters } from '../../adapters/web/index.js';
import { Client } from '../web/http-client.js';
import { type FuzzServer, runFuzz, type Sent, startFuzzServer, summary } from './fuzz-server.js';
import { FUZZ_RUNS, FUZZ_SEED, HTML, hostileInputs, rawInjections } from './hostile.js';

/** Injected markup that would run or render in the page if it were not escaped. */
const FORBIDDEN = [...HTML, '<iframe', '<svg onload', 'href="javascript:', "href='javascript:"];
const STACK = /\n\s+at .+:\d+:\d+\)?/;
const ACTIONS = ['show_passage', 'feedback_up', 'feedback_down', 'referral_done', 'nope'];

describe('fuzz: hostile input through the web chat and form (POST with CSRF)', () => {
  let server: FuzzServer;
  let client: Client;
  let csrf = '';

  beforeAll(async () => {
    server = await startFuzzServer((runtime) =>
      createWebMount({ registers: storeRegisters(runtime.store, runtime.clock, runtime.config.timeZone) }),
    );
    client = new Client(server.base);
    csrf = Client.csrfOf(await (await client.get('/')).text());
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** A question or command, a membership form, or a button press, each carrying the hostile text. */
  async function post(index: number, text: string): Promise<Response> {
    const kind = index % 10;
    if (kind === 7)
      return client.post('/forms/membership_add', {
        _csrf: csrf,
        organisation: text,
        benefit: text.slice(0, 40),
        since: text.slice(-12),
        area: text.slice(0, 12),
      });
    if (kind === 8)
      return client.post('/action', { _csrf: csrf, id: ACTIONS[index % ACTIONS.length]!, value: text });
    return client.post('/ask', { _csrf: csrf, text }, index % 2 ? { 'x-utblick-fragment': '1' } : {});
  }

  async function send(index: number, text: string): Promise<Sent> {
    let response = await post(index, text);
    const problems: string[] = [];
    const status = response.status;
    if (status === 303) {
      const location = response.headers.get('location') ?? '/';
      await response.text();
      response = await client.get(location);
    }
    const page = await response.text();
    if (response.status >= 500) problems.push(`HTTP ${response.status}`);
    if (response.status === 403) problems.push('the CSRF token was refused');
    for (const raw of rawInjections(page, FORBIDDEN)) problems.push(`the page carried ${raw} unescaped`);
    if (STACK.test(page)) problems.push('the page showed a stack trace');
    return { status, problems };
  }

  it(`answers ${FUZZ_RUNS} hostile questions, forms and buttons, escaped, writing only on success`, async () => {
    const report = await runFuzz('web', server, hostileInputs(FUZZ_RUNS, FUZZ_SEED + 2), FUZZ_SEED + 2, send);
    console.info(`fuzz ${summary(report)} (seed ${FUZZ_SEED + 2})`);
    expect(report.strays, `seed ${FUZZ_SEED + 2}`).toEqual([]);
    expect(report.failures.slice(0, 10), `seed ${FUZZ_SEED + 2}`).toEqual([]);
    expect((await client.get('/')).status).toBe(200);
  }, 600_000);
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Running, startWeb } from '../web/harness.js';
import { Client } from '../web/http-client.js';

let web: Running;

beforeAll(async () => {
  web = await startWeb({
    UTBLICK_EXPERT_CONVERSATION: 'slack:T1:CEXPERTS',
    UTBLICK_EXPERTS: 'slack:T1:UEVA',
  });
  const store = web.runtime.store;
  await store.addTicket(
    {
      question: 'Hur många anställda har stadens Brysselkontor?',
      lang: 'sv',
      utblickAnswer: 'Det står inte i dokumenten jag har.',
      askedBy: 'slack:T1:U1',
      askedByName: 'Anna Andersson',
      platform: 'slack',
      replyTo: 'slack:T1:C1:1700000100.0001',
    },
    '2026-11-20T09:00:00.000Z',
  );
  const other = await store.addTicket(
    {
      question: 'Who decides on joining Eurocities?',
      lang: 'en',
      utblickAnswer: 'The documents do not say.',
      askedBy: 'teams:aad-bo',
      askedByName: 'Bo Berg',
      platform: 'teams',
      replyTo: null,
    },
    '2026-11-24T13:30:00.000Z',
  );
  await store.answerTicket(
    other.id,
    'Kommunstyrelsen decides, on the unit’s proposal.',
    'slack:T1:UEVA',
    'Eva Ek',
    '2026-11-25T08:15:00.000Z',
  );
});
afterAll(() => web.close());

describe('web: the questions sent to the unit', () => {
  it('lists them newest first, with what Utblick said and the answer', async () => {
    const page = await (await new Client(web.url).get('/tickets?lang=en')).text();
    expect(page).toContain('Questions for the international unit');
    const answered = page.indexOf('Who decides on joining Eurocities?');
    const waiting = page.indexOf('Hur många anställda har stadens Brysselkontor?');
    expect(answered).toBeGreaterThan(0);
    expect(waiting).toBeGreaterThan(answered);
    expect(page).toContain('Kommunstyrelsen decides, on the unit’s proposal.');
    expect(page).toContain('Eva Ek');
    expect(page).toContain('Waiting for an answer');
  });

  it('offers "ask the unit" under a declined answer in the web chat', async () => {
    const client = new Client(web.url);
    const csrf = Client.csrfOf(await (await client.get('/')).text());
    const res = await client.post(
      '/ask',
      { _csrf: csrf, text: 'Hur många anställda har stadens Brysselkontor?' },
      { 'X-Utblick-Fragment': '1' },
    );
    const fragment = await res.text();
    expect(fragment).toContain('Fråga internationella avdelningen');
  });
});

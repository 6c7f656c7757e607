import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Running, startWeb } from './harness.js';
import { Client } from './http-client.js';

const EU_QUESTION = 'who is responsible for EU monitoring?';

describe('the web pages over HTTP', () => {
  let server: Running;

  beforeAll(async () => {
    // The person at the web page administers the body the seed referral is addressed to.
    server = await startWeb({
      UTBLICK_WEB_TOKEN: 'open-sesame-123',
      UTBLICK_BODY_ADMINS: 'Rinkeby-Kista stadsdelsnämnd=web:local',
    });
  });
  afterAll(() => server?.close());

  it('serves every page with a strict content security policy and no caching of answers', async () => {
    const client = new Client(server.url);
    for (const url of ['/', '/overview', '/forms/membership_add', '/assets/utblick.css']) {
      const response = await client.get(url);
      expect(response.status, url).toBe(200);
      const csp = response.headers.get('content-security-policy')!;
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      if (!url.startsWith('/assets')) expect(response.headers.get('cache-control')).toBe('no-store');
    }
    const page = await (await client.get('/')).text();
    expect(page).not.toMatch(/<script>|style="|https?:\/\//);
  });

  it('refuses requests through a proxy or from elsewhere unless they carry the web token', async () => {
    const proxied = new Client(server.url, { 'x-forwarded-for': '203.0.113.9' });
    const refused = await proxied.get('/');
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('UTBLICK_WEB_TOKEN');
    expect((await proxied.get('/overview/memberships.csv')).status).toBe(403);
    expect((await proxied.get('/assets/utblick.js')).status).toBe(403);

    const withToken = await proxied.get('/?token=open-sesame-123');
    expect(withToken.status).toBe(200);
    // The token now travels as a cookie.
    expect((await proxied.get('/overview')).status).toBe(200);
  });

  it('leaves routes it does not own to the other adapters', async () => {
    const proxied = new Client(server.url, { 'x-forwarded-for': '203.0.113.9' });
    expect((await proxied.get('/healthz')).status).toBe(200);
    expect((await proxied.post('/slack/events', { x: '1' })).status).toBe(404);
  });

  it('accepts a form only with the token of its own session in both cookie and field', async () => {
    const alice = new Client(server.url);
    const mallory = new Client(server.url);
    const aliceToken = Client.csrfOf(await (await alice.get('/')).text());
    const malloryToken = Client.csrfOf(await (await mallory.get('/')).text());
    expect(aliceToken).not.toBe(malloryToken);

    const ask = { text: EU_QUESTION };
    expect((await alice.post('/ask', ask)).status).toBe(403);
    expect((await alice.post('/ask', { ...ask, _csrf: malloryToken })).status).toBe(403);
    expect((await alice.post('/ask', { ...ask, _csrf: `${aliceToken.slice(0, -1)}x` })).status).toBe(403);

    // A cross-site page cannot read Alice's cookies; at most it could plant its own token beside her session.
    const forged = new Client(server.url);
    forged.cookies.set('utblick_sid', alice.cookies.get('utblick_sid')!);
    forged.cookies.set('utblick_csrf', malloryToken);
    expect((await forged.post('/ask', { ...ask, _csrf: malloryToken })).status).toBe(403);

    const refused = await alice.post('/ask', { ...ask, _csrf: 'nope' });
    expect(await refused.text()).toMatch(/Ladda om sidan|Reload the page/);

    const accepted = await alice.post('/ask', { ...ask, _csrf: aliceToken });
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get('location')).toMatch(/^\/#turn-\d+$/);
    const page = await (await alice.get('/')).text();
    expect(page).toContain('<blockquote lang="sv">');
    // Mallory's conversation is her own.
    expect(await (await mallory.get('/')).text()).not.toContain('<blockquote');
  });

  it('marks every cookie HttpOnly and SameSite=Strict', async () => {
    const response = await fetch(`${server.url}/`);
    const cookies = response.headers.getSetCookie();
    expect(cookies.length).toBe(2);
    for (const cookie of cookies) expect(cookie).toMatch(/HttpOnly; SameSite=Strict/);
    expect(cookies.join('\n')).not.toContain('Secure');
  });

  it('marks the cookies Secure behind a TLS-terminating proxy', async () => {
    const response = await fetch(`${server.url}/?token=open-sesame-123`, {
      headers: { 'x-forwarded-for': '203.0.113.9', 'x-forwarded-proto': 'https' },
    });
    expect(response.status).toBe(200);
    const cookies = response.headers.getSetCookie();
    expect(cookies.map((c) => c.split('=')[0])).toEqual(['utblick_token', 'utblick_sid', 'utblick_csrf']);
    for (const cookie of cookies) expect(cookie).toMatch(/; Secure/);
  });

  it('returns just the new turn to the page script, and the whole page without it', async () => {
    const client = new Client(server.url);
    const token = Client.csrfOf(await (await client.get('/?lang=en')).text());
    const fragment = await client.post(
      '/ask',
      { text: EU_QUESTION, _csrf: token },
      { 'x-utblick-fragment': '1' },
    );
    expect(fragment.status).toBe(200);
    expect(fragment.headers.get('x-utblick-fragment')).toBe('1');
    const body = await fragment.text();
    expect(body.startsWith('<article class="turn"')).toBe(true);
    expect(body).toContain('<blockquote lang="sv">');
    expect(body).not.toContain('<html');
  });

  it('says what to do instead when a message is empty or too long', async () => {
    const client = new Client(server.url);
    const token = Client.csrfOf(await (await client.get('/?lang=en')).text());
    const empty = await client.post('/ask', { text: '   ', _csrf: token });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('Write a question or a command first.');
    const long = await client.post('/ask', { text: 'a'.repeat(2001), _csrf: token });
    expect(long.status).toBe(422);
    expect(await long.text()).toContain('Write at most 2,000 characters.');
  });

  it('shows form errors with the form again, then saves, confirms and lists the membership', async () => {
    const client = new Client(server.url);
    const token = Client.csrfOf(await (await client.get('/forms/membership_add?lang=en')).text());
    const invalid = await client.post('/forms/membership_add', {
      _csrf: token,
      organisation: 'ICLEI',
      since: 'someday',
    });
    expect(invalid.status).toBe(422);
    const page = await invalid.text();
    expect(page).toMatch(/<textarea id="f-membership_add-benefit" name="benefit"[^>]* aria-invalid="true"/);
    expect(page).toMatch(
      /<input type="text" id="f-membership_add-since" name="since"[^>]* aria-invalid="true"[^>]* value="someday"/,
    );
    expect(page).toContain('value="ICLEI"');
    expect(page).toContain('The form has 2 errors');
    const stored = await server.runtime.store.listMemberships({ includeEnded: true });
    expect(stored.some((m) => m.organisation === 'ICLEI')).toBe(false);

    const saved = await client.post('/forms/membership_add', {
      _csrf: token,
      organisation: 'ICLEI',
      benefit: 'Climate work with other cities',
      body: 'Miljö- och hälsoskyddsnämnden',
      since: '1 March 2026',
    });
    expect(saved.status).toBe(303);
    const confirmation = await (await client.get(saved.headers.get('location')!)).text();
    expect(confirmation).toMatch(/<section class="success" role="status"[\s\S]*ICLEI/);

    const overview = await (await client.get('/overview?status=all')).text();
    expect(overview).toMatch(
      /<th scope="row" data-label="Organisation">ICLEI<\/th><td data-label="Committee or company">Miljö- och hälsoskyddsnämnden<\/td>[\s\S]*?<td data-label="Since">2026-03-01<\/td>/,
    );
    const csv = await client.get(
      `/overview/memberships.csv?body=${encodeURIComponent('Miljö- och hälsoskyddsnämnden')}&lang=en`,
    );
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="memberships-2026-11-26.csv"');
    const lines = (await csv.text()).split('\r\n').filter((l) => l.length > 0);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('"ICLEI";"network";"Miljö- och hälsoskyddsnämnden"');
  });

  it('marks a referral answered from its button and shows it under answered in the overview', async () => {
    const client = new Client(server.url);
    const token = Client.csrfOf(await (await client.get('/?lang=en')).text());
    const before = await (await client.get('/overview')).text();
    const overdue = before.slice(
      before.indexOf('id="referrals-overdue"'),
      before.indexOf('id="referrals-due_soon"'),
    );
    expect(overdue).toContain('006-1137/2007');
    expect(overdue).toContain('<td data-label="Due">2008-09-01</td>');

    await client.post('/ask', { _csrf: token, text: 'referral deadline 006-1137/2007' });
    const chat = await (await client.get('/')).text();
    const button = chat.match(
      /<input type="hidden" name="id" value="referral_done">\s*<input type="hidden" name="value" value="([^"]+)">/,
    );
    expect(button).not.toBeNull();
    const pressed = await client.post('/action', {
      _csrf: token,
      id: 'referral_done',
      value: button![1]!,
      return: 'overview',
    });
    expect(pressed.status).toBe(303);
    expect(pressed.headers.get('location')).toMatch(/^\/overview\?done=\d+$/);
    const after = await (await client.get(pressed.headers.get('location')!)).text();
    expect(after).toMatch(/<section class="success" role="status"[^>]*>[\s\S]*006-1137\/2007/);
    const answered = after.slice(after.indexOf('Answered ('), after.indexOf('id="memberships-heading"'));
    expect(answered).toContain('006-1137/2007');
    expect(after).toContain('Overdue (0)');
  });

  it('answers an unknown form or action with a page saying so', async () => {
    const client = new Client(server.url);
    const token = Client.csrfOf(await (await client.get('/')).text());
    expect((await client.get('/forms/nothing')).status).toBe(404);
    expect((await client.post('/action', { _csrf: token, id: 'launch_missiles', value: '1' })).status).toBe(
      404,
    );
  });
});

describe('when something breaks', () => {
  let server: Running;

  beforeAll(async () => {
    server = await startWeb();
  });
  afterAll(() => server?.close());

  it('says so in a sentence and shows no stack trace', async () => {
    const client = new Client(server.url, { 'accept-language': 'en-GB' });
    const token = Client.csrfOf(await (await client.get('/')).text());
    // The register's database goes away under the running server.
    server.runtime.store.close();
    const asked = await client.post('/ask', { text: 'membership list', _csrf: token });
    expect(asked.status).toBe(303);
    const chat = await (await client.get('/')).text();
    const turn = chat.slice(chat.indexOf('<article class="turn"'), chat.indexOf('</article>'));
    expect(turn).toMatch(/<div class="reply reply-error" lang="en"><p class="tone-error">[^<]{20,}<\/p>/);
    expect(turn).not.toMatch(/SqliteError|TypeError|database connection|at .*\.(ts|js)/);

    // The overview reads the registers itself; it fails with the page's own sentence.
    const overview = await client.get('/overview');
    expect(overview.status).toBe(500);
    const page = await overview.text();
    expect(page).toContain('Something went wrong in Utblick.');
    expect(page).toContain('nothing was half saved');
    expect(page).not.toMatch(/SqliteError|TypeError|database connection|at .*\.(ts|js)/);
  });

  it('refuses an oversized form with a page, not a stack trace', async () => {
    const client = new Client(server.url, { 'accept-language': 'sv-SE' });
    const token = Client.csrfOf(await (await client.get('/')).text());
    const response = await client.post('/ask', { text: 'x'.repeat(200_000), _csrf: token });
    expect(response.status).toBe(413);
    const page = await response.text();
    expect(page).toContain('Texten är för lång. Skriv högst 2 000 tecken.');
    expect(page).not.toMatch(/PayloadTooLargeError|at .*node_modules/);
  });
});

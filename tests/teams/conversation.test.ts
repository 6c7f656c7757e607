import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../adapters/cli/io.js';
import { main } from '../../adapters/cli/main.js';
import { decodeReference } from '../../adapters/teams/index.js';
import { buildManifest, buildSwedishLocalization } from '../../adapters/teams/package/manifest.js';
import { cardProblems, cardsOf, submitActions, visibleText } from './card-check.js';
import { botAddedActivity, messageActivity, startTeamsServer, type TeamsServer } from './harness.js';

let server: TeamsServer;

beforeAll(async () => {
  // Anna is a Utblick administrator: the welcome card's examples include subscribing the channel.
  server = await startTeamsServer({ env: { UTBLICK_ADMINS: 'teams:aad-anna' } });
});
afterAll(async () => {
  await server.stop();
});
beforeEach(() => {
  server.connector.clear();
  server.calls.length = 0;
});

/** Every card the bot sent since the last clear, each checked by the official parser and against schema 1.5. */
function sentCards() {
  const cards = server.connector.calls.flatMap((call) => cardsOf(call.activity));
  expect(cards.length).toBeGreaterThan(0);
  for (const card of cards) expect(cardProblems(card)).toEqual([]);
  return cards;
}

const QUOTE = 'bolagsstyrelser ansvarar för aktiv bevakning och påverkan';

describe('Teams conversations through the real CloudAdapter and the real core', () => {
  it('answers a question in a personal chat with a card sent to the activity serviceUrl', async () => {
    const activity = messageActivity(server.connector.serviceUrl, 'who is responsible for EU monitoring?', {
      locale: 'en-US',
    });
    const res = await server.post(activity);
    expect(res.status).toBe(200);
    const [reply] = server.connector.sent;
    expect(reply?.conversationId).toBe('a:personal-chat-anna');
    expect(reply?.activityId).toBe(activity.id);
    const [card] = sentCards();
    const text = visibleText(card);
    expect(text).toContain(QUOTE);
    expect(text).toContain('Case number: 006-1137/2007');
    expect(text).toContain('Document: Övergripande mål och riktlinjer för det internationella arbetet');
    expect(submitActions(card).map((a) => a.data.id)).toEqual([
      'show_passage',
      'feedback_up',
      'feedback_down',
    ]);
    const input = server.calls[0]!.input;
    expect(input).toMatchObject({
      platform: 'teams',
      text: 'who is responsible for EU monitoring?',
      locale: 'en',
      userId: 'teams:aad-anna',
    });
    expect(decodeReference(input.conversation!)).toMatchObject({
      conversation: { id: 'a:personal-chat-anna' },
    });
  });

  it('removes the mention from a channel message so that the command parses, and replies in the thread', async () => {
    const activity = messageActivity(server.connector.serviceUrl, 'referral deadline 006-1137/2007', {
      scope: 'channel',
      locale: 'en-US',
    });
    expect(activity.text).toBe('<at>Utblick</at> referral deadline 006-1137/2007');
    expect((await server.post(activity)).status).toBe(200);
    expect(server.calls[0]!.input.text).toBe('referral deadline 006-1137/2007');
    expect(server.connector.sent[0]?.conversationId).toBe('19:general@thread.tacv2;messageid=1764147600000');
    const text = visibleText(sentCards()[0]);
    expect(text).toContain('Reply due: Monday 1 September 2008');
    expect(text).toContain('12 days left (8 working days)');
  });

  it('"Mark as answered" on a referral card marks it answered', async () => {
    // Its own server: the referral's status changes for everyone who asks afterwards. Anna administers
    // the body the referral is addressed to, so she may mark it answered.
    const own = await startTeamsServer({
      env: { UTBLICK_BODY_ADMINS: 'Rinkeby-Kista stadsdelsnämnd=teams:aad-anna' },
    });
    try {
      const url = own.connector.serviceUrl;
      const ask = () =>
        messageActivity(url, 'referral deadline 006-1137/2007', { scope: 'channel', locale: 'en-US' });
      await own.post(ask());
      const card = cardsOf(own.connector.sent[0]?.activity)[0];
      const done = submitActions(card).find((a) => a.data.id === 'referral_done');
      expect(done?.title).toBe('Mark as answered');
      await own.post(messageActivity(url, '', { scope: 'channel', value: done!.data, locale: 'en-US' }));
      expect(own.calls.at(-1)).toMatchObject({ method: 'action', args: ['referral_done', done!.data.value] });
      own.connector.clear();
      await own.post(ask());
      const after = cardsOf(own.connector.sent[0]?.activity)[0];
      expect(cardProblems(after)).toEqual([]);
      expect(visibleText(after)).toContain('Status: answered');
    } finally {
      await own.stop();
    }
  });

  it('answers in a group chat in Swedish', async () => {
    const activity = messageActivity(server.connector.serviceUrl, 'Vem ansvarar för bevakningen av EU?', {
      scope: 'groupChat',
      locale: 'sv-SE',
    });
    expect((await server.post(activity)).status).toBe(200);
    expect(server.calls[0]!.input).toMatchObject({
      text: 'Vem ansvarar för bevakningen av EU?',
      locale: 'sv',
    });
    expect(server.connector.sent[0]?.conversationId).toBe('19:group-chat@thread.v2');
    const text = visibleText(sentCards()[0]);
    expect(text).toContain(QUOTE);
    expect(text).toContain('Diarienummer: 006-1137/2007');
  });

  it('keeps other people mentioned in a message as plain names', async () => {
    const activity = messageActivity(server.connector.serviceUrl, 'membership list q:<at>Bo Berg</at>', {
      scope: 'groupChat',
    });
    await server.post(activity);
    expect(server.calls[0]!.input.text).toBe('membership list q:Bo Berg');
    sentCards();
  });

  it('answers "referral deadline" for a referral added with the CLI a moment before', async () => {
    // The CLI in this process, on the server's data folder: the same store file, two connections.
    const io: CliIo = {
      stdout: () => undefined,
      stderr: () => undefined,
      stdin: async function* () {},
      env: {
        UTBLICK_DATA_DIR: server.dataDir,
        UTBLICK_KNOWLEDGE_DIR: 'knowledge',
        UTBLICK_LOG_LEVEL: 'error',
      },
      cwd: process.cwd(),
    };
    const args = ['referral', 'add', 'KS 2008/4711', 'title:Remiss om Östersjöstrategin'];
    expect(await main([...args, 'from:Kommunstyrelsen', 'due:2008-10-15'], io)).toBe(0);
    const activity = messageActivity(server.connector.serviceUrl, 'referral deadline KS 2008/4711', {
      scope: 'channel',
      locale: 'en-US',
    });
    expect((await server.post(activity)).status).toBe(200);
    const text = visibleText(sentCards()[0]);
    expect(text).toContain('Remiss om Östersjöstrategin');
    expect(text).toContain('Reply due: Wednesday 15 October 2008');
  });

  it('a bare mention gets the help in the user’s language', async () => {
    await server.post(
      messageActivity(server.connector.serviceUrl, '', { scope: 'channel', locale: 'en-GB' }),
    );
    expect(server.calls[0]!.input.text).toBe('help');
    expect(visibleText(sentCards()[0])).toContain('referral deadline');
  });

  it('"show the whole passage" and feedback buttons reach core.action with their id and value', async () => {
    const url = server.connector.serviceUrl;
    await server.post(messageActivity(url, 'who is responsible for EU monitoring?', { locale: 'en-US' }));
    const buttons = submitActions(sentCards()[0]);
    const show = buttons.find((a) => a.data.id === 'show_passage')!;
    const up = buttons.find((a) => a.data.id === 'feedback_up')!;

    server.connector.clear();
    await server.post(messageActivity(url, '', { value: show.data, locale: 'en-US' }));
    expect(server.calls.at(-1)).toMatchObject({ method: 'action', args: ['show_passage', show.data.value] });
    expect(visibleText(sentCards()[0])).toContain(
      'Stockholms stads nämnder och bolagsstyrelser ansvarar för aktiv bevakning',
    );

    server.connector.clear();
    await server.post(messageActivity(url, '', { value: up.data, locale: 'en-US' }));
    expect(server.calls.at(-1)).toMatchObject({ method: 'action', args: ['feedback_up', up.data.value] });
    expect(visibleText(sentCards()[0])).toContain('Thank you');
  });

  it('answers a button it did not make with a clear sentence instead of silence', async () => {
    await server.post(
      messageActivity(server.connector.serviceUrl, '', { value: { verb: 'something' }, locale: 'en-US' }),
    );
    expect(visibleText(sentCards()[0])).toContain('Type "help"');
    expect(server.calls).toEqual([]);
  });

  it('every example the welcome card offers works as shown, in both languages', async () => {
    for (const locale of ['sv-SE', 'en-US']) {
      server.connector.clear();
      await server.post(botAddedActivity(server.connector.serviceUrl, locale));
      const text = visibleText(sentCards()[0]);
      const examples = text
        .slice(text.indexOf('\n', text.search(/Prova:|Try:/)) + 1)
        .split('\r')
        .map((line) => line.replace(/^- /, '').split('\n')[0]!);
      expect(examples).toHaveLength(5);
      for (const example of examples) {
        server.calls.length = 0;
        await server.post(messageActivity(server.connector.serviceUrl, example, { locale }));
        expect({ example, kind: server.calls[0]?.reply?.kind }).not.toMatchObject({
          kind: expect.stringMatching(/abstain|error/),
        });
      }
    }
  });

  it('every entry of the Teams command menu (English and Swedish) is read as a command, the example question answered', async () => {
    const manifest = buildManifest({
      appId: 'x',
      botId: 'x',
      version: '1',
      websiteUrl: '',
      privacyUrl: '',
      termsOfUseUrl: '',
    });
    // biome-ignore lint/suspicious/noExplicitAny: manifest JSON
    const english: string[] = (manifest as any).bots[0].commandLists[0].commands.map(
      (c: { title: string }) => c.title,
    );
    const swedish = Object.entries(buildSwedishLocalization())
      .filter(([key]) => key.endsWith('.title'))
      .map(([, title]) => title);
    expect(swedish).toHaveLength(english.length);
    for (const [locale, titles] of [
      ['en-US', english],
      ['sv-SE', swedish],
    ] as const) {
      for (const title of titles) {
        server.calls.length = 0;
        await server.post(messageActivity(server.connector.serviceUrl, title, { scope: 'channel', locale }));
        // A bare command word may get that command's usage (kind `error`/`help`), never a search.
        const expected = title.endsWith('?') ? ['answer'] : ['command', 'help', 'error', 'form'];
        expect({ title, kind: server.calls[0]?.reply?.kind }).toEqual({
          title,
          kind: expect.toBeOneOf(expected),
        });
      }
    }
  });

  it('sends a welcome card with the core’s overview when the bot is added', async () => {
    expect((await server.post(botAddedActivity(server.connector.serviceUrl, 'en-US'))).status).toBe(200);
    const text = visibleText(sentCards()[0]);
    expect(text).toContain('I am Utblick');
    expect(text).toContain('006-1137/2007');
    expect(server.calls.map((c) => c.method)).toEqual(['overview']);
  });
});

describe('when the core fails', () => {
  it('the user is told in their language, without details', async () => {
    const failing = await startTeamsServer({
      override: {
        handle: async () => {
          throw new Error('database is locked at /secret/path');
        },
      },
    });
    try {
      const res = await failing.post(
        messageActivity(failing.connector.serviceUrl, 'hej', { locale: 'sv-SE' }),
      );
      expect(res.status).toBe(200);
      const card = cardsOf(failing.connector.sent[0]?.activity)[0];
      expect(cardProblems(card)).toEqual([]);
      expect(visibleText(card)).toContain('Något gick fel');
      expect(visibleText(card)).not.toContain('/secret/path');
    } finally {
      await failing.stop();
    }
  });
});

describe('the membership form card', () => {
  it('shows the server’s errors in place, then the confirmation, and the membership is saved', async () => {
    const url = server.connector.serviceUrl;
    await server.post(messageActivity(url, 'membership add', { locale: 'en-US' }));
    const formMessage = server.connector.sent[0]!;
    const form = sentCards()[0]!;
    const [submit] = submitActions(form);
    expect(submit?.title).toBe('Save');

    server.connector.clear();
    const bad = {
      ...submit!.data,
      field_organisation: 'Eurocities',
      field_benefit: '  ',
      field_since: '2030-13-01',
    };
    await server.post(messageActivity(url, '', { value: bad, replyToId: formMessage.id, locale: 'en-US' }));
    expect(server.calls.at(-1)).toMatchObject({
      method: 'submitForm',
      args: ['membership_add', { organisation: 'Eurocities' }],
    });
    expect(server.connector.sent).toEqual([]);
    expect(server.connector.updated[0]?.activityId).toBe(formMessage.id);
    const withErrors = sentCards()[0]!;
    expect(visibleText(withErrors)).toContain('The benefit to the operations is missing');
    expect(visibleText(withErrors)).toContain('"2030-13-01" is not a date');
    expect(JSON.stringify(withErrors)).toContain('"value":"Eurocities"');

    server.connector.clear();
    const good = {
      ...submit!.data,
      field_organisation: 'Eurocities',
      field_benefit: 'Exchange on climate policy',
      field_kind: 'network',
    };
    await server.post(messageActivity(url, '', { value: good, replyToId: formMessage.id, locale: 'en-US' }));
    expect(server.connector.updated[0]?.activityId).toBe(formMessage.id);
    expect(visibleText(sentCards()[0])).toContain('The membership of Eurocities is registered');
    expect((await server.runtime.store.listMemberships()).map((m) => m.organisation)).toContain('Eurocities');
  });

  it('sends the card again when Teams refuses to update the old one', async () => {
    const url = server.connector.serviceUrl;
    server.connector.refuse('a:personal-chat-anna', 403, 'Forbidden', 'PUT');
    const value = { utblick: 'form', form: 'membership_add', field_organisation: 'Eurocities 2' };
    await server.post(messageActivity(url, '', { value, replyToId: 'old-card', locale: 'en-US' }));
    expect(server.connector.updated).toEqual([]);
    expect(visibleText(sentCards()[0])).toContain('The benefit to the operations is missing');
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { decodeReference } from '../../adapters/teams/index.js';
import { cardProblems, cardsOf, submitActions, visibleText } from './card-check.js';
import {
  botAddedActivity,
  messageActivity,
  recordingCore,
  startTeamsServer,
  type TeamsServer,
} from './harness.js';
import { stubCore } from './stub-core.js';

const stub = stubCore();
const recorded = recordingCore(stub.core);
let server: TeamsServer;

beforeAll(async () => {
  server = await startTeamsServer(recorded.core);
});
afterAll(async () => {
  await server.stop();
});
beforeEach(() => {
  server.connector.clear();
  recorded.inputs.length = 0;
});

/** Every card the bot sent so far, each checked by the official parser and against schema 1.5. */
function sentCards() {
  const cards = server.connector.calls.flatMap((call) => cardsOf(call.activity));
  for (const card of cards) expect(cardProblems(card)).toEqual([]);
  return cards;
}

describe('Teams conversations through the real CloudAdapter', () => {
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
    expect(visibleText(card)).toContain('bolagsstyrelser ansvarar för aktiv bevakning och påverkan');
    const input = recorded.inputs[0]!.input;
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

  it('removes the mention from a channel message before the core parses it, and replies in the thread', async () => {
    const activity = messageActivity(server.connector.serviceUrl, 'referral deadline 006-1137/2007', {
      scope: 'channel',
    });
    expect(activity.text).toBe('<at>Utblick</at> referral deadline 006-1137/2007');
    expect((await server.post(activity)).status).toBe(200);
    expect(recorded.inputs[0]!.input.text).toBe('referral deadline 006-1137/2007');
    expect(server.connector.sent[0]?.conversationId).toBe('19:general@thread.tacv2;messageid=1764147600000');
    sentCards();
  });

  it('works in a group chat, and keeps other people mentioned as plain names', async () => {
    const activity = messageActivity(server.connector.serviceUrl, 'vem är <at>Bo Berg</at>?', {
      scope: 'groupChat',
      locale: 'sv-SE',
    });
    expect((await server.post(activity)).status).toBe(200);
    expect(recorded.inputs[0]!.input).toMatchObject({ text: 'vem är Bo Berg?', locale: 'sv' });
    expect(server.connector.sent[0]?.conversationId).toBe('19:group-chat@thread.v2');
  });

  it('a bare mention asks for help', async () => {
    await server.post(
      messageActivity(server.connector.serviceUrl, '', { scope: 'channel', locale: 'en-GB' }),
    );
    expect(recorded.inputs[0]!.input.text).toBe('help');
  });

  it('hands a button press to core.action with the id and value from the card', async () => {
    await server.post(messageActivity(server.connector.serviceUrl, 'who is responsible for EU monitoring?'));
    const card = sentCards()[0]!;
    const button = submitActions(card).find((a) => a.data.id === 'show_passage');
    expect(button).toBeDefined();
    server.connector.clear();
    await server.post(messageActivity(server.connector.serviceUrl, '', { value: button!.data }));
    expect(recorded.inputs.at(-1)).toMatchObject({ method: 'action', args: ['show_passage', 'p1'] });
    expect(visibleText(sentCards()[0])).toContain('show_passage p1');
  });

  it('answers a button it did not make with a clear sentence instead of silence', async () => {
    await server.post(
      messageActivity(server.connector.serviceUrl, '', { value: { verb: 'something' }, locale: 'en-US' }),
    );
    expect(visibleText(sentCards()[0])).toContain('Type "help"');
    expect(recorded.inputs).toEqual([]);
  });

  it('tells the user when the core fails, without details', async () => {
    const failing = await startTeamsServer({
      ...stub.core,
      handle: async () => {
        throw new Error('database is locked at /secret/path');
      },
    });
    try {
      const res = await failing.post(
        messageActivity(failing.connector.serviceUrl, 'hej', { locale: 'sv-SE' }),
      );
      expect(res.status).toBe(200);
      const text = visibleText(cardsOf(failing.connector.sent[0]?.activity)[0]);
      expect(text).toContain('Något gick fel');
      expect(text).not.toContain('/secret/path');
    } finally {
      await failing.stop();
    }
  });

  it('sends a welcome card with the overview when the bot is added', async () => {
    expect((await server.post(botAddedActivity(server.connector.serviceUrl, 'en-US'))).status).toBe(200);
    const text = visibleText(sentCards()[0]);
    expect(text).toContain('I am Utblick');
    expect(text).toContain('Nothing due.');
    expect(recorded.inputs.map((i) => i.method)).toEqual(['overview']);
  });
});

describe('the membership form card', () => {
  it('shows the errors in place, then the confirmation', async () => {
    const url = server.connector.serviceUrl;
    await server.post(messageActivity(url, 'membership add', { locale: 'en-US' }));
    const formMessage = server.connector.sent[0]!;
    const form = sentCards()[0]!;
    expect(JSON.stringify(form)).toContain('"type":"Input.Text"');
    const [submit] = submitActions(form);
    const data = submit!.data;

    server.connector.clear();
    const bad = { ...data, field_organisation: 'Eurocities', field_benefit: '  ' };
    await server.post(messageActivity(url, '', { value: bad, replyToId: formMessage.id, locale: 'en-US' }));
    expect(recorded.inputs.at(-1)).toMatchObject({
      method: 'submitForm',
      args: ['membership_add', { organisation: 'Eurocities' }],
    });
    const [update] = server.connector.updated;
    expect(update?.activityId).toBe(formMessage.id);
    const withErrors = sentCards()[0]!;
    expect(visibleText(withErrors)).toContain('Write the benefit.');
    expect(JSON.stringify(withErrors)).toContain('"value":"Eurocities"');

    server.connector.clear();
    const good = {
      ...data,
      field_organisation: 'Eurocities',
      field_benefit: 'Knowledge exchange on climate',
    };
    await server.post(messageActivity(url, '', { value: good, replyToId: formMessage.id, locale: 'en-US' }));
    expect(server.connector.updated[0]?.activityId).toBe(formMessage.id);
    expect(visibleText(sentCards()[0])).toContain('Saved Eurocities.');
  });

  it('sends the card again when Teams refuses to update the old one', async () => {
    const url = server.connector.serviceUrl;
    server.connector.refuse('a:personal-chat-anna', 403, 'Forbidden', 'PUT');
    const value = { utblick: 'form', form: 'membership_add', field_organisation: 'Eurocities' };
    await server.post(messageActivity(url, '', { value, replyToId: 'old-card', locale: 'en-US' }));
    expect(server.connector.updated).toEqual([]);
    expect(visibleText(cardsOf(server.connector.sent[0]?.activity)[0])).toContain('Write the benefit.');
  });
});

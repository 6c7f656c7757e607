import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackDelivery } from '../../adapters/slack/delivery.js';
import type { Clock } from '../../src/core/clock.js';
import { deliverTickets } from '../../src/tickets/deliver.js';
import { SlackHarness } from '../slack/slack-harness.js';
import { eventBody, interactionBody } from '../slack/slack-requests.js';

let now = new Date('2026-02-02T09:00:00+01:00');
const clock: Clock = { now: () => new Date(now.getTime()) };
const h = new SlackHarness(clock);
const DECLINED = 'Hur många anställda har stadens Brysselkontor?';
let events = 0;

beforeAll(async () => {
  h.slack.on('users.info', (args) => {
    const id = String(args.user);
    const base = {
      id,
      name: id.toLowerCase(),
      real_name: id === 'UGUEST' ? 'Gustav Gäst' : id,
      team_id: 'T1',
    };
    if (id === 'UGUEST') return { body: { ok: true, user: { ...base, is_restricted: true } } };
    return { body: { ok: true, user: base } };
  });
  await h.start({
    UTBLICK_EXPERT_CONVERSATION: 'slack:T1:CEXPERTS',
    UTBLICK_EXPERTS: 'slack:T1:UEVA, slack:T1:UBO',
    UTBLICK_RATE_LIMIT_USER: 'off',
    UTBLICK_RATE_LIMIT_CONVERSATION: 'off',
  });
});
afterAll(() => h.stop());

type Button = { action_id: string; value: string; text?: { text: string } };
const buttonsOf = (args: Record<string, unknown>) =>
  ((args.blocks ?? []) as { type: string; elements?: Button[] }[])
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? []);

async function mention(user: string, channel: string, text: string, ts: string, threadTs?: string) {
  const before = h.slack.calls.length;
  const event = {
    type: 'app_mention',
    user,
    text: `<@UBOT> ${text}`,
    ts,
    channel,
    ...(threadTs ? { thread_ts: threadTs } : {}),
  };
  await h.post(eventBody('T1', `EvT${++events}`, event), 'application/json');
  return h.slack.waitFor(
    'chat.postMessage',
    (a) => a.channel === channel && h.slack.calls.findIndex((c) => c.args === a) >= before,
  );
}

const run = () =>
  deliverTickets({
    store: h.runtime.store,
    adapters: [createSlackDelivery(h.runtime.config, h.logger)],
    clock,
    logger: h.logger,
    config: h.runtime.config,
  });

const postsTo = (channel: string) =>
  h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === channel);

describe('Slack: asking the international unit', () => {
  it('turns a declined question into a ticket, answered by an expert and delivered to the asker once, across a restart', async () => {
    // A guest asks in a thread; Utblick does not know, and offers to ask the unit.
    const declined = await mention('UGUEST', 'C1', DECLINED, '1700000100.0001');
    const ask = buttonsOf(declined.args).find((b) => b.action_id.startsWith('core:ask_unit:'));
    expect(ask?.text?.text).toBe('Fråga internationella avdelningen');

    await h.post(
      interactionBody({
        type: 'block_actions',
        team: { id: 'T1' },
        user: { id: 'UGUEST', team_id: 'T1' },
        channel: { id: 'C1' },
        container: { type: 'message' },
        message: { ts: '1700000000.000001', thread_ts: '1700000100.0001' },
        trigger_id: 'trig-ask',
        response_url: h.slack.responseUrl('ask'),
        actions: [
          { type: 'button', action_id: ask!.action_id, block_id: 'b1', value: ask!.value, action_ts: '1' },
        ],
      }),
      'application/x-www-form-urlencoded',
    );
    const thanks = await h.slack.waitFor('response_url:ask');
    expect(JSON.stringify(thanks.args)).toContain(
      'Din fråga är skickad till internationella avdelningen som fråga 1',
    );

    // The next delivery run posts the ticket to the experts.
    expect((await run()).posted).toEqual([1]);
    const [posted] = postsTo('CEXPERTS');
    expect(JSON.stringify(posted!.args.blocks)).toContain(DECLINED);
    expect(JSON.stringify(posted!.args.blocks)).toContain('fråga svara 1');
    expect((await run()).posted).toEqual([]);

    // The asker is not an expert and cannot answer it.
    const refused = await mention(
      'UGUEST',
      'C1',
      'fråga svara 1 Tio personer.',
      '1700000100.0002',
      '1700000100.0001',
    );
    expect(JSON.stringify(refused.args.blocks)).toMatch(/Bara internationella avdelningens experter|gäst/i);
    expect((await h.runtime.store.getTicket(1))?.status).toBe('open');

    // Two experts answer; the first wins and the second is told.
    const first = await mention(
      'UEVA',
      'CEXPERTS',
      'fråga svara 1 Kontoret i Bryssel har fyra anställda.',
      '1700000101.0001',
    );
    expect(JSON.stringify(first.args.blocks)).toContain('Svaret på fråga 1 är sparat');
    const second = await mention('UBO', 'CEXPERTS', 'fråga svara 1 Fem.', '1700000101.0002');
    expect(JSON.stringify(second.args.blocks)).toContain('Fråga 1 är redan besvarad av UEVA');

    // The process restarts before the answer went out; the new one delivers it, once, in the thread.
    await h.restart();
    const delivery = await run();
    expect(delivery.delivered).toEqual([1]);
    expect(delivery.possibleDuplicates).toBe(0);
    await run();
    const answers = postsTo('C1').filter((c) => JSON.stringify(c.args.blocks).includes('fyra anställda'));
    expect(answers).toHaveLength(1);
    expect(answers[0]!.args.thread_ts).toBe('1700000100.0001');
    expect(JSON.stringify(answers[0]!.args.blocks)).toContain('Svar från internationella avdelningen');

    const ticket = await h.runtime.store.getTicket(1);
    expect(ticket).toMatchObject({
      status: 'answered',
      answeredBy: 'slack:T1:UEVA',
      deliveredAt: now.toISOString(),
    });
    // The audit log says who opened and answered it, never what was asked.
    const audit = await h.runtime.store.listAudit({ entity: 'ticket', entityId: 1 });
    expect(audit.map((a) => [a.action, a.actor])).toEqual([
      ['ticket.open', 'slack:T1:UGUEST'],
      ['ticket.answer', 'slack:T1:UEVA'],
    ]);
    expect(JSON.stringify(audit)).not.toContain('Brysselkontor');
  });

  it('redelivers an answer whose run died between send and mark, and counts it as a possible duplicate', async () => {
    const declined = await mention('U1', 'C2', DECLINED, '1700000200.0001');
    const ask = buttonsOf(declined.args).find((b) => b.action_id.startsWith('core:ask_unit:'))!;
    await h.post(
      interactionBody({
        type: 'block_actions',
        team: { id: 'T1' },
        user: { id: 'U1', team_id: 'T1' },
        channel: { id: 'C2' },
        container: { type: 'message' },
        message: { ts: '1700000000.000009', thread_ts: '1700000200.0001' },
        trigger_id: 'trig-ask2',
        response_url: h.slack.responseUrl('ask2'),
        actions: [
          { type: 'button', action_id: ask.action_id, block_id: 'b1', value: ask.value, action_ts: '1' },
        ],
      }),
      'application/x-www-form-urlencoded',
    );
    await h.slack.waitFor('response_url:ask2');
    await run();
    await mention('UEVA', 'CEXPERTS', 'fråga svara 2 Fyra.', '1700000201.0001');
    // A run claims the delivery and dies before sending or marking.
    const lease = { now: now.toISOString(), leaseUntil: new Date(now.getTime() + 120_000).toISOString() };
    expect(await h.runtime.store.claimTicketDelivery(2, 'deliver', lease)).not.toBeNull();
    expect((await run()).delivered).toEqual([]);
    now = new Date(now.getTime() + 3 * 60_000);
    const retried = await run();
    expect(retried).toMatchObject({ delivered: [2], possibleDuplicates: 1 });
    expect(postsTo('C2').filter((c) => JSON.stringify(c.args.blocks).includes('Fyra.'))).toHaveLength(1);
  });

  it('saves an answer as a curated answer: asked again in other words it is given, a near miss is not', async () => {
    const refused = await mention('U1', 'C3', 'fråga spara 1', '1700000300.0001');
    expect(JSON.stringify(refused.args.blocks)).toContain('Bara internationella avdelningens experter');
    const saved = await mention('UEVA', 'CEXPERTS', 'fråga spara 1 granska:2026-12-31', '1700000300.0002');
    expect(JSON.stringify(saved.args.blocks)).toContain('sparat som kurerat svar 1');

    const same = await mention(
      'U2',
      'C3',
      'Hur många är anställda på Brysselkontoret som staden har?',
      '1700000300.0003',
    );
    const text = JSON.stringify(same.args.blocks);
    expect(text).toContain('Kontoret i Bryssel har fyra anställda.');
    expect(text).toContain(
      'Kurerat svar från internationella avdelningen. Källa: internationella avdelningen, 2026-02-02',
    );

    const otherCity = await mention(
      'U2',
      'C3',
      'Hur många anställda har stadens Helsingforskontor?',
      '1700000300.0004',
    );
    expect(JSON.stringify(otherCity.args.blocks)).not.toContain('fyra anställda');
    const otherFact = await mention('U2', 'C3', 'Vem är chef för stadens Brysselkontor?', '1700000300.0005');
    expect(JSON.stringify(otherFact.args.blocks)).not.toContain('fyra anställda');

    // Past its review date it is not used until it is renewed.
    const saved_now = now;
    now = new Date('2027-01-01T09:00:00+01:00');
    const expired = await mention(
      'U2',
      'C3',
      'Hur många anställda har stadens Brysselkontor?',
      '1700000300.0006',
    );
    expect(JSON.stringify(expired.args.blocks)).not.toContain('fyra anställda');
    now = saved_now;
    const audit = await h.runtime.store.listAudit({ entity: 'curated', entityId: 1 });
    expect(audit.map((a) => [a.action, a.actor])).toEqual([['curated.add', 'slack:T1:UEVA']]);
  });

  it('offers to ask the unit after a 👎 on an answer', async () => {
    const answer = await mention('U3', 'C5', 'who is responsible for EU monitoring?', '1700000500.0001');
    const down = buttonsOf(answer.args).find((b) => b.action_id.startsWith('core:feedback_down:'))!;
    await h.post(
      interactionBody({
        type: 'block_actions',
        team: { id: 'T1' },
        user: { id: 'U3', team_id: 'T1' },
        channel: { id: 'C5' },
        container: { type: 'message' },
        message: { ts: '1700000000.000020', thread_ts: '1700000500.0001' },
        trigger_id: 'trig-down',
        response_url: h.slack.responseUrl('down'),
        actions: [
          { type: 'button', action_id: down.action_id, block_id: 'b1', value: down.value, action_ts: '1' },
        ],
      }),
      'application/x-www-form-urlencoded',
    );
    const thanks = await h.slack.waitFor('response_url:down');
    const ask = buttonsOf(thanks.args).find((b) => b.action_id.startsWith('core:ask_unit:'));
    expect(ask?.text?.text).toBe('Ask the international unit');
    expect(JSON.parse(ask!.value)).toEqual({ q: 'who is responsible for EU monitoring?' });
  });

  it('answers in a direct message when the conversation is gone, and says so on the ticket when that fails too', async () => {
    const gone = new Set<string>();
    let ts = 0;
    h.slack.on('chat.postMessage', (args) =>
      gone.has(String(args.channel))
        ? { body: { ok: false, error: 'channel_not_found' } }
        : { body: { ok: true, channel: args.channel, ts: `1700009999.${String(++ts).padStart(6, '0')}` } },
    );
    const askUnit = async (user: string, channel: string, thread: string) => {
      // (The first question has a curated answer by now.)
      const declined = await mention(
        user,
        channel,
        'Vilken budget har stadens Helsingforskontor nästa år?',
        thread,
      );
      const ask = buttonsOf(declined.args).find((b) => b.action_id.startsWith('core:ask_unit:'))!;
      await h.post(
        interactionBody({
          type: 'block_actions',
          team: { id: 'T1' },
          user: { id: user, team_id: 'T1' },
          channel: { id: channel },
          container: { type: 'message' },
          message: { ts: '1700009999.000000', thread_ts: thread },
          trigger_id: `trig-${channel}`,
          response_url: h.slack.responseUrl(`ask-${channel}`),
          actions: [
            { type: 'button', action_id: ask.action_id, block_id: 'b1', value: ask.value, action_ts: '1' },
          ],
        }),
        'application/x-www-form-urlencoded',
      );
      await h.slack.waitFor(`response_url:ask-${channel}`);
      const tickets = await h.runtime.store.listTickets();
      return tickets[tickets.length - 1]!.id;
    };
    const moved = await askUnit('U4', 'CGONE', '1700000600.0001');
    const lost = await askUnit('U5', 'CLOST', '1700000700.0001');
    await run();
    await mention('UEVA', 'CEXPERTS', `fråga svara ${moved} Fyra.`, '1700000601.0001');
    await mention('UEVA', 'CEXPERTS', `fråga svara ${lost} Fem.`, '1700000701.0001');
    for (const channel of ['CGONE', 'CLOST', 'U5']) gone.add(channel);

    const result = await run();
    expect(result.delivered).toEqual([moved]);
    expect(result.undeliverable).toEqual([lost]);
    expect(postsTo('U4').filter((c) => JSON.stringify(c.args.blocks).includes('Fyra.'))).toHaveLength(1);
    const shown = await mention('UEVA', 'CEXPERTS', `fråga visa ${lost}`, '1700000702.0001');
    expect(JSON.stringify(shown.args.blocks)).toContain('svaret kunde inte levereras');
    const audit = await h.runtime.store.listAudit({ entity: 'ticket', entityId: lost });
    expect(audit.map((a) => a.action)).toEqual(['ticket.open', 'ticket.answer', 'ticket.undeliverable']);
    expect((await run()).undeliverable).toEqual([]);
  });
});
